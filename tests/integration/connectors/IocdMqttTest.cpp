// SPDX-License-Identifier: GPL-3.0-or-later
// The MQTT subscriber in a real iocd against a real mosquitto broker on loopback: topics map to
// series, bad payloads are counted rejections, and when the broker dies the connector is shown
// down and reconnects by itself once the broker is back.
#include "ConnectorTestUtil.h"
#include "IocdProcess.h"
#include "MosquittoBroker.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace connectortest;

namespace {

QByteArray registry(quint16 brokerPort)
{
    QByteArray json = R"({"version": 1,
 "domains": [{"id": "env", "label": {"vi": "Môi trường", "en": "Environment"}, "article": "14.3.đ", "order": 1}],
 "sources": [{"id": "iot.water", "label": {"vi": "Cảm biến mực nước"}, "kind": "sensor", "expected_interval_s": 10},
             {"id": "iot.air", "label": {"vi": "Trạm quan trắc không khí"}, "kind": "sensor", "expected_interval_s": 10}],
 "series": [{"id": "water.cam.level", "label": {"vi": "Mực nước sông Cấm"}, "domain": "env", "unit": "m", "source": "iot.water"},
            {"id": "water.lach_tray.level", "label": {"vi": "Mực nước sông Lạch Tray"}, "domain": "env", "unit": "m", "source": "iot.water"},
            {"id": "air.pm25", "label": {"vi": "PM2.5"}, "domain": "env", "unit": "µg/m³", "source": "iot.air"}],
 "connectors": {"mqtt": {"host": "127.0.0.1", "port": PORT, "client_id": "iocd-test", "keepalive_s": 5,
    "connect_timeout_s": 2, "backoff_initial_s": 0.2, "backoff_max_s": 1,
    "subscriptions": [
      {"topic": "hp/water/+/level", "series_from_topic": "water.{3}.level", "source": "iot.water"},
      {"topic": "hp/air/main", "series": "air.pm25", "source": "iot.air",
       "payload": {"value": "/pm25", "observed_at": "/ts"}}]}}})";
    return json.replace("PORT", QByteArray::number(brokerPort));
}

} // namespace

class IocdMqttTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_broker = std::make_unique<MosquittoBroker>(m_dir.path());
        QVERIFY(m_broker->start());
        const QString config = m_dir.filePath("series.json");
        QVERIFY(writeFile(config, registry(m_broker->port())));
        m_iocd = std::make_unique<IocdProcess>(m_dir.filePath("data"),
                                               QStringList{"--series-config", config});
        QVERIFY(m_iocd->start());
        setDefaultBearer(m_iocd->login());
        QVERIFY(!defaultBearer().isEmpty());
        // "up" means connected and every subscription acknowledged: publishing is safe from now.
        QTRY_COMPARE_WITH_TIMEOUT(connector("iot.water")["state"].toString(), "up", 15000);
        QCOMPARE(connector("iot.air")["state"].toString(), "up"); // one connection feeds both
        QCOMPARE(connector("iot.water")["kind"].toString(), "mqtt");
    }

    void numberPayloadArrivesOnTheSeriesNamedByTheTopic()
    {
        QVERIFY(mqttPublish(m_broker->port(), "hp/water/cam/level", "2.75"));
        QVERIFY(mqttPublish(m_broker->port(), "hp/water/lach_tray/level", " 1.5\n"));
        QTRY_VERIFY_WITH_TIMEOUT(near(series("water.cam.level")["value"].toDouble(), 2.75), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(near(series("water.lach_tray.level")["value"].toDouble(), 1.5),
                                 15000);
        QCOMPARE(series("water.cam.level")["status"].toString(), "fresh");
        QVERIFY(!connector("iot.water")["last_success_at"].toString().isEmpty());
    }

    void jsonPayloadCarriesItsOwnTime()
    {
        const QString observed = isoUtc(-20);
        QVERIFY(
            mqttPublish(m_broker->port(), "hp/air/main",
                        QStringLiteral(R"({"pm25": 41.5, "ts": "%1"})").arg(observed).toUtf8()));
        QTRY_VERIFY_WITH_TIMEOUT(near(series("air.pm25")["value"].toDouble(), 41.5), 15000);
        QCOMPARE(series("air.pm25")["observed_at"].toString(), observed);
    }

    void badPayloadsAreCountedRejectionsWithTheirReason()
    {
        QVERIFY(mqttPublish(m_broker->port(), "hp/water/cam/level", "rất cao"));
        QTRY_COMPARE_WITH_TIMEOUT(rejected("iot.water", "bad_payload"), 1, 15000);
        QVERIFY2(source("iot.water")["last_rejection"].toString().startsWith(
                     "bad_payload: payload is not a number"),
                 qPrintable(source("iot.water")["last_rejection"].toString()));

        QVERIFY(mqttPublish(m_broker->port(), "hp/water/do_son/level", "1"));
        QTRY_COMPARE_WITH_TIMEOUT(rejected("iot.water", "unknown_series"), 1, 15000);

        QVERIFY(mqttPublish(m_broker->port(), "hp/air/main", "{not json"));
        QTRY_COMPARE_WITH_TIMEOUT(rejected("iot.air", "bad_payload"), 1, 15000);
        QVERIFY(
            mqttPublish(m_broker->port(), "hp/air/main",
                        QStringLiteral(R"({"pm25": 1, "ts": "%1"})").arg(isoUtc(3600)).toUtf8()));
        QTRY_COMPARE_WITH_TIMEOUT(rejected("iot.air", "future_time"), 1, 15000);
        QVERIFY(mqttPublish(m_broker->port(), "hp/air/main", R"({"ts": "2026-01-01T00:00:00Z"})"));
        QTRY_COMPARE_WITH_TIMEOUT(rejected("iot.air", "missing_field"), 1, 15000);

        // None of it touched the good values, and the connection stayed up.
        QCOMPARE(series("water.cam.level")["value"].toDouble(), 2.75);
        QCOMPARE(series("air.pm25")["value"].toDouble(), 41.5);
        QCOMPARE(connector("iot.water")["state"].toString(), "up");
    }

    void brokerLossIsShownAndHealsByItself()
    {
        const quint16 port = m_broker->port();
        m_broker->kill();
        QTRY_COMPARE_WITH_TIMEOUT(connector("iot.water")["state"].toString(), "down", 15000);
        QCOMPARE(connector("iot.air")["state"].toString(), "down");
        const auto down = connector("iot.water");
        QVERIFY2(down["last_error"].toString().contains("127.0.0.1:" + QString::number(port)),
                 qPrintable(down["last_error"].toString()));
        QVERIFY(!down["last_error_at"].toString().isEmpty());
        // It keeps trying (connection refused now) with backoff, and says when it tries next.
        QTRY_VERIFY_WITH_TIMEOUT(connector("iot.water")["consecutive_failures"].toInt() >= 2,
                                 15000);
        QVERIFY(!connector("iot.water")["next_attempt_at"].toString().isEmpty());
        QCOMPARE(httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/health")).status, 200);

        QVERIFY(m_broker->start(port));
        QTRY_COMPARE_WITH_TIMEOUT(connector("iot.water")["state"].toString(), "up", 15000);
        QCOMPARE(connector("iot.water")["consecutive_failures"].toInt(), 0);
        QVERIFY(mqttPublish(port, "hp/water/cam/level", "3.05"));
        QTRY_VERIFY_WITH_TIMEOUT(near(series("water.cam.level")["value"].toDouble(), 3.05), 15000);
    }

    void missingPasswordEnvironmentRefusesToStart()
    {
        QByteArray json = registry(m_broker->port());
        json.replace(
            R"("client_id": "iocd-test",)",
            R"("client_id": "iocd-bad", "username": "iocd", "password_env": "IOC_TEST_UNSET_PASSWORD",)");
        const QString config = m_dir.filePath("bad.json");
        QVERIFY(writeFile(config, json));
        qunsetenv("IOC_TEST_UNSET_PASSWORD");
        IocdProcess bad(m_dir.filePath("data-bad"), {"--series-config", config});
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                R"(iocd did not start: .*connectors\.mqtt: environment )"
                R"(variable 'IOC_TEST_UNSET_PASSWORD' named by 'password_env' is not set)"));
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
    int rejected(const QString& sourceId, const QString& reason)
    {
        return source(sourceId)["rejected_by_reason"].toObject()[reason].toInt();
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<MosquittoBroker> m_broker;
    std::unique_ptr<IocdProcess> m_iocd;
};

QTEST_GUILESS_MAIN(IocdMqttTest)
#include "IocdMqttTest.moc"
