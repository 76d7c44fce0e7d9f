// SPDX-License-Identifier: GPL-3.0-or-later
// The REST surface of a real iocd: health, domains, snapshot, and JSON errors for bad requests.
#include "ApiClient.h"
#include "IocdProcess.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

class IocdApiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_iocd = std::make_unique<IocdProcess>(m_dir.path(),
                                               QStringList{"--demo", "--request-timeout", "2"});
        QVERIFY(m_iocd->start());
        setDefaultBearer(m_iocd->login());
        QVERIFY(!defaultBearer().isEmpty());
    }

    void healthReportsVersionAndSeq()
    {
        const auto r = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["status"].toString(), "ok");
        QVERIFY(!r.json["version"].toString().isEmpty());
        QVERIFY(r.json["seq"].toInteger() > 0);
    }

    void domainsFollowTheRegulation()
    {
        const auto r = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/domains"));
        QCOMPARE(r.status, 200);
        const auto domains = r.json["domains"].toArray();
        QCOMPARE(domains.size(), 14);
        QStringList articles;
        for (const auto& d : domains)
            articles << d.toObject()["article"].toString();
        for (const char* a : {"14.3.a", "14.3.b", "14.3.c", "14.3.d", "14.3.đ"})
            QVERIFY2(articles.contains(QString::fromUtf8(a)), a);
    }

    void snapshotHasEverySeriesWithValues()
    {
        const auto r = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/series"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json["seq"].toInteger() > 0);
        const auto series = r.json["series"].toArray();
        QVERIFY(series.size() >= 40);
        for (const auto& v : series) {
            const auto s = v.toObject();
            for (const char* key : {"id", "label", "domain", "unit", "value", "observed_at", "source",
                                    "status", "next_due_at", "expected_interval_s"})
                QVERIFY2(s.contains(key), key);
            QVERIFY(s["value"].isDouble()); // the simulator fills every series at start
            QVERIFY(QDateTime::fromString(s["observed_at"].toString(), Qt::ISODateWithMs).isValid());
            QVERIFY(!s["label"].toObject()["vi"].toString().isEmpty());
        }
    }

    void unknownPathIsJson404()
    {
        const auto r = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/does-not-exist"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json["error"].toObject()["code"].toString(), "not_found");
        QVERIFY(!r.json["error"].toObject()["message"].toString().isEmpty());
    }

    void wrongMethodIsJson405()
    {
        const auto r = httpRequest(m_nam, "DELETE", m_iocd->httpUrl("/api/v1/series"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.json["error"].toObject()["code"].toString(), "method_not_allowed");
    }

    void oversizedBodyIsJson413()
    {
        const QByteArray big(2 * 1024 * 1024, 'x');
        const auto r = httpRequest(m_nam, "POST", m_iocd->httpUrl("/api/v1/series"), big);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json["error"].toObject()["code"].toString(), "body_too_large");
    }

    void garbageRequestIsJson400AndServerKeepsServing()
    {
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, m_iocd->port());
        QVERIFY(raw.waitForConnected(5000));
        raw.write("THIS IS NOT HTTP\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += raw.readAll()).contains("\r\n\r\n{"), 10000);
        QVERIFY(answer.startsWith("HTTP/1.1 400"));
        QVERIFY(answer.contains("\"error\""));
        healthReportsVersionAndSeq();
    }

    void slowLorisIsCutOffWhileOthersAreServed()
    {
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, m_iocd->port());
        QVERIFY(slow.waitForConnected(5000));
        slow.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n"); // and never the rest
        QElapsedTimer timer;
        timer.start();
        // Others are served meanwhile.
        healthReportsVersionAndSeq();
        QTRY_VERIFY_WITH_TIMEOUT(slow.state() == QAbstractSocket::UnconnectedState, 10000);
        QVERIFY(timer.elapsed() >= 1500); // cut by the request deadline (2 s here), not at once
    }

    void demoStormCanBeTriggered()
    {
        const auto list = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/demo/scenarios"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json["scenarios"].toArray().first().toObject()["id"].toString(), "storm");
        QCOMPARE(httpRequest(m_nam, "POST", m_iocd->httpUrl("/api/v1/demo/scenarios/storm")).status, 200);
        const auto after = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/demo/scenarios"));
        QVERIFY(after.json["scenarios"].toArray().first().toObject()["active"].toBool());
        const auto unknown = httpRequest(m_nam, "POST", m_iocd->httpUrl("/api/v1/demo/scenarios/quake"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json["error"].toObject()["code"].toString(), "unknown_scenario");
        QCOMPARE(httpRequest(m_nam, "DELETE", m_iocd->httpUrl("/api/v1/demo/scenarios/storm")).status, 200);
    }

    void badSinceIsRejected()
    {
        const auto r = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/stream?since=abc"), {},
                                   {{"Connection", "Upgrade"}, {"Upgrade", "websocket"},
                                    {"Sec-WebSocket-Version", "13"},
                                    {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json["error"].toObject()["code"].toString(), "bad_since");
    }

    void cleanupTestCase() { QCOMPARE(m_iocd->terminate(), 0); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<IocdProcess> m_iocd;
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(IocdApiTest)
#include "IocdApiTest.moc"
