// SPDX-License-Identifier: GPL-3.0-or-later
// REST pollers in a real iocd against a department API served by this test on loopback: values
// arrive mapped through JSON pointers; an upstream that fails (500, garbage, hanging, oversized)
// is shown failing with its last error, the other source keeps flowing, and it recovers by itself.
#include "ConnectorTestUtil.h"
#include "FakeUpstream.h"
#include "IocdProcess.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace connectortest;

namespace {

QByteArray registry(quint16 upstreamPort)
{
    QByteArray json = R"({"version": 1,
 "domains": [{"id": "env", "label": {"vi": "Môi trường", "en": "Environment"}, "article": "14.3.đ", "order": 1}],
 "sources": [{"id": "dept.water", "label": {"vi": "Sở Nông nghiệp và Môi trường"}, "kind": "department", "expected_interval_s": 60},
             {"id": "dept.traffic", "label": {"vi": "Sở Xây dựng"}, "kind": "department", "expected_interval_s": 60},
             {"id": "dept.stuck", "label": {"vi": "Sở Tài chính"}, "kind": "department", "expected_interval_s": 60}],
 "series": [{"id": "water.cam.level", "label": {"vi": "Mực nước sông Cấm"}, "domain": "env", "unit": "m", "source": "dept.water"},
            {"id": "water.lach_tray.level", "label": {"vi": "Mực nước sông Lạch Tray"}, "domain": "env", "unit": "cm", "source": "dept.water"},
            {"id": "traffic.speed", "label": {"vi": "Tốc độ"}, "domain": "env", "unit": "km/h", "source": "dept.traffic"},
            {"id": "budget.spent", "label": {"vi": "Giải ngân"}, "domain": "env", "unit": "%", "source": "dept.stuck"}],
 "connectors": {"pollers": [
   {"id": "poll.water", "source": "dept.water", "url": "BASE/water?tinh=31",
    "interval_s": 1, "timeout_s": 2, "headers_env": {"Authorization": "IOC_TEST_LGSP_TOKEN"},
    "records": "/data", "key": "/ma_tram",
    "mappings": [{"series": "water.cam.level", "record": "CAM", "value": "/muc_nuoc_cm", "observed_at": "/thoi_gian", "scale": 0.01},
                 {"series": "water.lach_tray.level", "record": "LT", "value": "/muc_nuoc_cm"}]},
   {"id": "poll.traffic", "source": "dept.traffic", "url": "BASE/traffic",
    "interval_s": 1, "timeout_s": 1, "max_body_bytes": 4096, "backoff_initial_s": 0.2, "backoff_max_s": 1,
    "mappings": [{"series": "traffic.speed", "value": "/speed_kmh"}]},
   {"id": "poll.stuck", "source": "dept.stuck", "url": "BASE/stuck", "interval_s": 1, "timeout_s": 600,
    "mappings": [{"series": "budget.spent", "value": "/ty_le"}]}]}})";
    // Outside the raw string: moc's tokenizer takes "//" in a raw string for a comment.
    return json.replace("BASE", "http://127.0.0.1:" + QByteArray::number(upstreamPort));
}

QByteArray waterBody(int camCm, int lachTrayCm, const QString& observedAt)
{
    return QStringLiteral(R"({"data": [{"ma_tram": "LT", "muc_nuoc_cm": "%2"},
                                     {"ma_tram": "CAM", "muc_nuoc_cm": %1, "thoi_gian": "%3"}]})")
        .arg(camCm)
        .arg(lachTrayCm)
        .arg(observedAt)
        .toUtf8();
}

QByteArray trafficBody(double speed)
{
    return QStringLiteral(R"({"speed_kmh": %1, "camera": "Lạch Tray"})").arg(speed).toUtf8();
}

} // namespace

class IocdPollerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_upstream.listen());
        m_upstream.setJson("/water", waterBody(245, 180, isoUtc(-120)));
        m_upstream.setJson("/traffic", trafficBody(31.5));
        // An upstream that accepts and never answers, for the whole test, while iocd runs on a
        // single I/O thread: every other assertion here shows that nothing waits for it.
        m_upstream.setMode("/stuck", FakeUpstream::Mode::Hang);
        qputenv("IOC_TEST_LGSP_TOKEN", "Bearer lgsp-test-token");
        const QString config = m_dir.filePath("series.json");
        QVERIFY(writeFile(config, registry(m_upstream.port())));
        m_iocd = std::make_unique<IocdProcess>(
            m_dir.filePath("data"), QStringList{"--series-config", config, "--threads", "1"});
        QVERIFY(m_iocd->start());
        setDefaultBearer(m_iocd->login());
        QVERIFY(!defaultBearer().isEmpty());
    }

    void valuesArriveThroughTheMappings()
    {
        const QString observed = isoUtc(-60);
        m_upstream.setJson("/water", waterBody(312, 175, observed));
        QTRY_VERIFY_WITH_TIMEOUT(near(series("water.cam.level")["value"].toDouble(), 3.12), 15000);
        QCOMPARE(series("water.cam.level")["observed_at"].toString(), observed);
        QTRY_VERIFY_WITH_TIMEOUT(near(series("water.lach_tray.level")["value"].toDouble(), 175.0),
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(near(series("traffic.speed")["value"].toDouble(), 31.5), 15000);

        // The configured query and the secret header from the environment reached the upstream.
        const QByteArray request = m_upstream.lastRequest("/water");
        QVERIFY2(request.startsWith("GET /water?tinh=31 HTTP/1.1\r\n"), request.constData());
        QVERIFY2(request.contains("\r\nAuthorization: Bearer lgsp-test-token\r\n"),
                 request.constData());

        const auto c = connector("dept.water");
        QCOMPARE(c["id"].toString(), "poll.water");
        QCOMPARE(c["kind"].toString(), "poller");
        QCOMPARE(c["state"].toString(), "up");
        QCOMPARE(c["consecutive_failures"].toInt(), 0);
        QVERIFY(c["last_error"].isNull());
        QVERIFY(!c["last_success_at"].toString().isEmpty());
        QVERIFY(!c["next_attempt_at"].toString().isEmpty());
        QVERIFY(source("dept.water")["accepted"].toInt() >= 2);
    }

    void pollingRepeatsOnItsInterval()
    {
        const int before = m_upstream.requestCount("/traffic");
        m_upstream.setJson("/traffic", trafficBody(27.25));
        QTRY_VERIFY_WITH_TIMEOUT(near(series("traffic.speed")["value"].toDouble(), 27.25), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_upstream.requestCount("/traffic") >= before + 2, 15000);
    }

    void anUnansweredRequestHoldsNoThread()
    {
        // Its one request is in flight (600 s timeout) on iocd's only I/O thread, yet the other
        // pollers and the API carry on (the tests before and after this one).
        QTRY_COMPARE_WITH_TIMEOUT(m_upstream.requestCount("/stuck"), 1, 15000);
        const int traffic = m_upstream.requestCount("/traffic");
        QTRY_VERIFY_WITH_TIMEOUT(m_upstream.requestCount("/traffic") >= traffic + 2, 15000);
        const auto stuck = connector("dept.stuck");
        QCOMPARE(stuck["state"].toString(), "pending");
        QCOMPARE(stuck["consecutive_failures"].toInt(), 0);
        QCOMPARE(m_upstream.requestCount("/stuck"), 1);
    }

    void failingUpstreamIsShownAndRecovers_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expectedError");
        QTest::addColumn<QString>("countedReason"); // empty: not a data rejection
        QTest::newRow("500") << int(FakeUpstream::Mode::Status500)
                             << "HTTP 500 Internal Server Error"
                             << "";
        QTest::newRow("garbage") << int(FakeUpstream::Mode::Garbage) << "bad_upstream_json"
                                 << "bad_upstream_json";
        QTest::newRow("hanging") << int(FakeUpstream::Mode::Hang)
                                 << "timeout after 1000 ms while receiving"
                                 << "";
        QTest::newRow("oversized")
            << int(FakeUpstream::Mode::Huge) << "response body exceeds 4096 bytes"
            << "";
    }

    void failingUpstreamIsShownAndRecovers()
    {
        QFETCH(int, mode);
        QFETCH(QString, expectedError);
        QFETCH(QString, countedReason);
        const int rejectedBefore =
            source("dept.traffic")["rejected_by_reason"].toObject()[countedReason].toInt();

        m_upstream.setMode("/traffic", FakeUpstream::Mode(mode));
        QTRY_VERIFY_WITH_TIMEOUT(connector("dept.traffic")["state"].toString() == "failing", 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            connector("dept.traffic")["last_error"].toString().contains(expectedError), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(connector("dept.traffic")["consecutive_failures"].toInt() >= 2,
                                 15000);
        const auto failing = connector("dept.traffic");
        QVERIFY(!failing["last_error_at"].toString().isEmpty());
        QVERIFY(!failing["next_attempt_at"].toString().isEmpty());
        if (!countedReason.isEmpty())
            QVERIFY(source("dept.traffic")["rejected_by_reason"].toObject()[countedReason].toInt() >
                    rejectedBefore);

        // The other source keeps flowing and the API keeps answering promptly meanwhile.
        const int cam = 400 + mode;
        m_upstream.setJson("/water", waterBody(cam, 175, isoUtc(-30)));
        QTRY_VERIFY_WITH_TIMEOUT(near(series("water.cam.level")["value"].toDouble(), cam / 100.0),
                                 15000);
        QCOMPARE(connector("dept.water")["state"].toString(), "up");
        QCOMPARE(httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/health")).status, 200);

        // Healed: recovers by itself, and the backoff never outgrows backoff_max_s (1 s).
        const double speed = 50 + mode;
        m_upstream.setJson("/traffic", trafficBody(speed));
        QTRY_VERIFY_WITH_TIMEOUT(near(series("traffic.speed")["value"].toDouble(), speed), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(connector("dept.traffic")["state"].toString(), "up", 15000);
        const auto healed = connector("dept.traffic");
        QCOMPARE(healed["consecutive_failures"].toInt(), 0);
        QVERIFY(healed["last_error"].toString().contains(expectedError)); // kept for the record
    }

    void badMappingIsARejectionNotACrash()
    {
        // A record vanished from the upstream: its series' point is a counted rejection, the
        // other record still arrives.
        const int before =
            source("dept.water")["rejected_by_reason"].toObject()["missing_record"].toInt();
        m_upstream.setJson("/water", R"({"data": [{"ma_tram": "LT", "muc_nuoc_cm": 166}]})");
        QTRY_VERIFY_WITH_TIMEOUT(near(series("water.lach_tray.level")["value"].toDouble(), 166.0),
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            source("dept.water")["rejected_by_reason"].toObject()["missing_record"].toInt() >
                before,
            15000);
        QVERIFY(
            source("dept.water")["last_rejection"].toString().contains("no record with key 'CAM'"));
        QCOMPARE(connector("dept.water")["state"].toString(), "up");
    }

    void invalidConnectorConfigurationRefusesToStart()
    {
        const QString config = m_dir.filePath("bad.json");
        QByteArray json = registry(m_upstream.port());
        json.replace(R"("id": "poll.traffic", "source": "dept.traffic")",
                     R"("id": "poll.bad", "source": "dept.traffic")");
        json.replace(R"("interval_s": 1, "timeout_s": 1,)", R"("interval_s": 0, "timeout_s": 1,)");
        QVERIFY(writeFile(config, json));
        IocdProcess bad(m_dir.filePath("data-bad"), {"--series-config", config});
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(R"(iocd did not start: .*connectors\.pollers\[1\] )"
                                             R"(\(poll\.bad\): 'interval_s' must be an integer)"));
        QVERIFY(!bad.start());
    }

    void cleanupTestCase()
    {
        if (m_iocd)
            QCOMPARE(m_iocd->terminate(), 0);
    }

private:
    QJsonObject series(const QString& id)
    {
        return findById(m_nam, m_iocd->httpUrl("/api/v1/series"), "series", id);
    }
    QJsonObject source(const QString& id)
    {
        return findById(m_nam, m_iocd->httpUrl("/api/v1/sources"), "sources", id);
    }
    QJsonObject connector(const QString& sourceId)
    {
        const auto list = source(sourceId)["connectors"].toArray();
        return list.isEmpty() ? QJsonObject{} : list[0].toObject();
    }

    QTemporaryDir m_dir;
    FakeUpstream m_upstream;
    QNetworkAccessManager m_nam;
    std::unique_ptr<IocdProcess> m_iocd;
};

QTEST_GUILESS_MAIN(IocdPollerTest)
#include "IocdPollerTest.moc"
