// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/v1/ingest on a real iocd: keys, per-point verdicts, every kind of bad input, and the
// accepted point arriving on another client's stream.
#include "ApiClient.h"
#include "IocdProcess.h"
#include "SlowStreamClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QByteArray kKey = "key-for-station-a";

// tests/data/ingest-series.json: two sources; only station A has a key (its SHA-256 is stored).
QString configPath()
{
    return qEnvironmentVariable("IOC_TEST_DATA") + QStringLiteral("/ingest-series.json");
}

QString nowIso(int offsetS = 0)
{
    return QDateTime::currentDateTimeUtc().addSecs(offsetS).toString(Qt::ISODate);
}

QByteArray batch(const QString& source, const QJsonArray& points)
{
    return QJsonDocument(QJsonObject{{"source", source}, {"points", points}}).toJson(QJsonDocument::Compact);
}

QJsonObject point(const QString& series, const QJsonValue& value, const QString& at = nowIso())
{
    return {{"series", series}, {"observed_at", at}, {"value", value}};
}
} // namespace

class IocdIngestTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(configPath()));
        m_iocd = std::make_unique<IocdProcess>(m_dir.filePath("data"),
                                               QStringList{"--series-config", configPath()});
        QVERIFY(m_iocd->start());
        setDefaultBearer(m_iocd->login());
        QVERIFY(!defaultBearer().isEmpty());
    }

    void acceptedPointReachesAnotherClientsStream()
    {
        const qint64 seq =
            httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/series")).json["seq"].toInteger();
        StreamRecorder watcher(m_iocd->wsUrl(QStringLiteral("/api/v1/stream?since=%1").arg(seq)));
        QVERIFY(watcher.waitConnected());
        const auto r = push(batch("station.a", {point("a.pm25", 41.5)}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["accepted"].toInt(), 1);
        QCOMPARE(r.json["rejected"].toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!watcher.messages.isEmpty(), 10000);
        const auto series = watcher.messages.first()["series"].toObject();
        QCOMPARE(series["id"].toString(), "a.pm25");
        QCOMPARE(series["value"].toDouble(), 41.5);
        QCOMPARE(series["status"].toString(), "fresh");
    }

    void everyBadPointIsNamedWithItsReason()
    {
        const QJsonArray points{point("a.pm25", 12),
                                point("nope", 1),
                                point("b.pm25", 1),
                                point("a.pm25", "12"),
                                point("a.pm25", QJsonValue::Null),
                                point("a.pm25", 1, "yesterday"),
                                point("a.pm25", 1, nowIso(3600)),
                                QJsonValue(7)};
        const auto r = push(batch("station.a", points));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["accepted"].toInt(), 1);
        QCOMPARE(r.json["rejected"].toInt(), 7);
        const QStringList expected{"", "unknown_series", "wrong_source", "bad_value", "bad_value",
                                   "bad_time", "future_time", "bad_point"};
        const auto verdicts = r.json["points"].toArray();
        QCOMPARE(verdicts.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const auto v = verdicts[i].toObject();
            QCOMPARE(v["index"].toInt(), i);
            QCOMPARE(v["status"].toString(), expected[i].isEmpty() ? "accepted" : "rejected");
            QCOMPARE(v["reason"].toString(), expected[i]);
        }
    }

    void nonFiniteNumbersAreRefused()
    {
        // QJson cannot write infinity, so the body is spelled out.
        const QByteArray body = "{\"source\":\"station.a\",\"points\":[{\"series\":\"a.pm25\","
                                "\"observed_at\":\"" + nowIso().toUtf8() + "\",\"value\":1e999}]}";
        const auto r = push(body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["points"].toArray()[0].toObject()["reason"].toString(), "bad_value");
    }

    void wholeBatchErrors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no key") << QByteArray() << batch("station.a", {}) << 401 << "missing_api_key";
        QTest::newRow("bad key") << QByteArray("guess") << batch("station.a", {}) << 401 << "bad_api_key";
        QTest::newRow("other source") << kKey << batch("station.b", {point("b.pm25", 1)}) << 403
                                       << "forbidden_source";
        QTest::newRow("unknown source") << kKey << batch("station.z", {}) << 404 << "unknown_source";
        QTest::newRow("malformed") << kKey << QByteArray("{\"source\":") << 400 << "malformed_json";
        QTest::newRow("not an object") << kKey << QByteArray("[1,2]") << 400 << "bad_type";
        QTest::newRow("points not array")
            << kKey << QJsonDocument(QJsonObject{{"source", "station.a"}, {"points", 5}}).toJson() << 400
            << "bad_field";
        QJsonArray many;
        for (int i = 0; i < 10001; ++i)
            many.append(point("a.pm25", i));
        QTest::newRow("too many points") << kKey << batch("station.a", many) << 413 << "too_many_points";
    }

    void wholeBatchErrors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const auto r = httpRequest(m_nam, "POST", m_iocd->httpUrl("/api/v1/ingest"), body,
                                   {{"X-Api-Key", key}}); // empty: sent without credentials
        QCOMPARE(r.status, status);
        QCOMPARE(r.json["error"].toObject()["code"].toString(), code);
    }

    void demoKeyDoesNotExistOutsideDemo()
    {
        QCOMPARE(httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/demo/scenarios")).status, 404);
        const auto r = httpRequest(m_nam, "POST", m_iocd->httpUrl("/api/v1/ingest"),
                                   batch("station.a", {}), {{"X-Api-Key", "demo-source-key"}});
        QCOMPARE(r.status, 401);
    }

    void sourcesReportQuality()
    {
        const auto r = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/sources"));
        QCOMPARE(r.status, 200);
        const auto sources = r.json["sources"].toArray();
        QCOMPARE(sources.size(), 2);
        QJsonObject a, b;
        for (const auto& s : sources)
            (s.toObject()["id"] == "station.a" ? a : b) = s.toObject();
        QVERIFY(a["accepted"].toInt() >= 2);
        QVERIFY(a["rejected"].toInt() >= 8);
        QCOMPARE(a["rejected_by_reason"].toObject()["future_time"].toInt(), 1);
        QCOMPARE(a["status"].toString(), "fresh");
        QVERIFY(!a["last_received_at"].isNull());
        QCOMPARE(b["status"].toString(), "no_data");
        QVERIFY(b["last_received_at"].isNull());
    }

    void snapshotRevalidatesWithETagAndCompresses()
    {
        const auto first = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/series"));
        QCOMPARE(first.status, 200);
        const QByteArray etag = header(first, "ETag");
        QVERIFY(!etag.isEmpty());
        const auto same = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/series"), {},
                                      {{"If-None-Match", etag}});
        QCOMPARE(same.status, 304);
        QVERIFY(same.body.isEmpty());

        QCOMPARE(push(batch("station.a", {point("a.pm25", 77)})).status, 200);
        const auto changed = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/series"), {},
                                         {{"If-None-Match", etag}});
        QCOMPARE(changed.status, 200);
        QVERIFY(header(changed, "ETag") != etag);

        const auto gz = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/series"), {},
                                    {{"Accept-Encoding", "gzip"}});
        QCOMPARE(gz.status, 200);
        QCOMPARE(header(gz, "Content-Encoding"), QByteArray("gzip"));
        QVERIFY(gz.body.startsWith("\x1f\x8b"));
        QVERIFY(gz.body.size() < changed.body.size());
    }

    void slowClientIsCoalescedOrResyncedAndNobodyElseWaits()
    {
        const qint64 seq =
            httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/series")).json["seq"].toInteger();
        SlowStreamClient slow;
        // A raw upgrade without headers: the token rides in ?access_token= (docs/security.md).
        QVERIFY(slow.open(m_iocd->port(), QStringLiteral("/api/v1/stream?since=%1&access_token=%2")
                                              .arg(seq)
                                              .arg(QString::fromUtf8(defaultBearer()))));
        slow.stall();
        StreamRecorder fast(m_iocd->wsUrl(QStringLiteral("/api/v1/stream?since=%1").arg(seq)));
        QVERIFY(fast.waitConnected());

        // ~100,000 changes (≈15 MB of stream) in a few seconds: far more than the kernel buffers
        // of a peer that does not read.
        const int batches = 100, perBatch = 1000;
        // Newer than anything earlier tests pushed, within the allowed clock skew.
        const auto base = QDateTime::currentDateTimeUtc().addSecs(1);
        double lastA = 0;
        QElapsedTimer timer;
        timer.start();
        for (int b = 0; b < batches; ++b) {
            QJsonArray points;
            for (int i = 0; i < perBatch; ++i) {
                const int n = b * perBatch + i;
                const QString series = (n % 2) ? "b.pm25" : "a.pm25";
                const double value = n;
                if (series == "a.pm25")
                    lastA = value;
                points.append(point(series, value, base.addMSecs(n).toString(Qt::ISODateWithMs)));
            }
            const auto r = push(batch("station.a", points));
            // b.pm25 belongs to station.b: half are refused, the other half move a.pm25.
            QCOMPARE(r.status, 200);
        }
        const qint64 expectedLast = seq + batches * perBatch / 2;
        qInfo("pushed %d points in %lld ms", batches * perBatch, timer.elapsed());

        // The fast client is unaffected: every message, consecutive.
        QTRY_VERIFY_WITH_TIMEOUT(!fast.messages.isEmpty() &&
                                     fast.messages.last()["seq"].toInteger() >= expectedLast,
                                 60000);
        qInfo("fast client had everything after %lld ms", timer.elapsed());
        qint64 last = seq;
        for (const auto& m : fast.messages) {
            QCOMPARE(m["type"].toString(), "series");
            QCOMPARE(m["seq"].toInteger(), last + 1);
            last = m["seq"].toInteger();
        }

        // The slow one never sees a silent gap: deltas, batches standing for ranges, or a resync.
        const auto got = slow.drain();
        QVERIFY(!got.isEmpty());
        last = seq;
        int batchesSeen = 0;
        bool resynced = false;
        double slowA = -1;
        for (const auto& m : got) {
            const QString type = m["type"].toString();
            if (type == "resync") {
                resynced = true;
                break;
            }
            if (type == "series_batch") {
                ++batchesSeen;
                QCOMPARE(m["from_seq"].toInteger(), last + 1);
                for (const auto& v : m["series"].toArray())
                    if (v.toObject()["id"] == "a.pm25")
                        slowA = v.toObject()["value"].toDouble();
            } else {
                QCOMPARE(type, QStringLiteral("series"));
                QCOMPARE(m["seq"].toInteger(), last + 1);
                slowA = m["series"].toObject()["value"].toDouble();
            }
            last = m["seq"].toInteger();
        }
        qInfo("slow client: %lld messages, %d batches, resync: %s", qint64(got.size()), batchesSeen,
              resynced ? "yes" : "no");
        QVERIFY2(batchesSeen > 0 || resynced, "the slow path was never taken");
        if (!resynced) {
            QCOMPARE(last, expectedLast);
            QCOMPARE(slowA, lastA);
        }
    }

    void cleanupTestCase() { QCOMPARE(m_iocd->terminate(), 0); }

private:
    static QByteArray header(const HttpResult& r, const QByteArray& name)
    {
        for (const auto& [k, v] : r.headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }

    HttpResult push(const QByteArray& body)
    {
        return httpRequest(m_nam, "POST", m_iocd->httpUrl("/api/v1/ingest"), body, {{"X-Api-Key", kKey}});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<IocdProcess> m_iocd;
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(IocdIngestTest)
#include "IocdIngestTest.moc"
