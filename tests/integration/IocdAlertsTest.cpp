// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts of a real iocd (issue 9) with a small series catalogue and rule file
// (tests/data/alert-*.json; --demo only for its accounts and the demo source key): a breach fed
// through POST /api/v1/ingest reaches a second client's stream, acknowledgement with its
// re-notification, hysteresis and clearing, alert -> incident (twice -> the same incident),
// missing data from a silent source, a per-unit combination, urges, rule edits and forecasts.
#include "ApiClient.h"
#include "IocdProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
QString errorCode(const HttpResult& r)
{
    return r.json["error"].toObject()["code"].toString();
}
QString dataFile(const char *name)
{
    return qEnvironmentVariable("IOC_TEST_DATA") + QLatin1Char('/') + QLatin1String(name);
}
QString isoAgo(int seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(-seconds).toString(Qt::ISODateWithMs);
}
QJsonObject point(const QString& series, double value, int secondsAgo = 0)
{
    return {{"series", series}, {"observed_at", isoAgo(secondsAgo)}, {"value", value}};
}
} // namespace

class IocdAlertsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_iocd = std::make_unique<IocdProcess>(
            m_dir.path(), QStringList{"--demo", "--series-config", dataFile("alert-series.json"),
                                      "--alert-rules", dataFile("alert-rules.json")});
        QVERIFY(m_iocd->start());
        m_officer = m_iocd->login("officer", "demo");
        m_supervisor = m_iocd->login("supervisor", "demo");
        m_wall = m_iocd->login("wall", "demo");
        QVERIFY(!m_officer.isEmpty() && !m_supervisor.isEmpty() && !m_wall.isEmpty());
        setDefaultBearer(m_officer);
    }

    void forecastForAForecastableSeries()
    {
        // An hour of a rising tide, one value a minute.
        QJsonArray points;
        for (int i = 60; i >= 1; --i)
            points.append(point("river.tide", 200 + (60 - i) * 1.5 + (i % 3), i * 60));
        QCOMPARE(ingest("gauge.river", points).json["accepted"].toInt(), 60);
        const auto f = get("/api/v1/series/river.tide/forecast?horizon_s=900");
        QCOMPARE(f.status, 200);
        QCOMPARE(f.json["method"].toString(), "holt_damped");
        QCOMPARE(f.json["step_s"].toInt(), 60);
        const auto fp = f.json["points"].toArray();
        QCOMPARE(fp.size(), 15);
        for (const auto& v : fp) {
            const auto p = v.toObject();
            QVERIFY(p["lower"].toDouble() <= p["value"].toDouble());
            QVERIFY(p["upper"].toDouble() >= p["value"].toDouble());
        }
        // Still rising: the forecast goes on above the last value.
        QVERIFY(fp.last().toObject()["value"].toDouble() > 285);
        QCOMPARE(get("/api/v1/series/silent.level/forecast").status, 404);
        QCOMPARE(errorCode(get("/api/v1/series/silent.level/forecast")), "not_forecastable");
        QCOMPARE(get("/api/v1/series/river.tide/forecast?horizon_s=5").status, 400);
    }

    void breachReachesAnotherClientsStream()
    {
        StreamRecorder watcher(streamUrl(), m_supervisor);
        QVERIFY(watcher.waitConnected());
        QCOMPARE(ingest("gauge.river", {point("river.level", 300)}).status, 200);
        QCOMPARE(ingest("gauge.river", {point("river.level", 395)}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(alertMessage(watcher, "raised", "river.alarm").has_value(), 10000);
        const auto a = *alertMessage(watcher, "raised", "river.alarm");
        QCOMPARE(a["state"].toString(), "active");
        QCOMPARE(a["series"].toString(), "river.level");
        QCOMPARE(a["value"].toDouble(), 395.0);
        QCOMPARE(a["threshold"].toDouble(), 380.0);
        QCOMPARE(a["severity"].toInt(), 3);
        QCOMPARE(a["suggested_category"].toString(), "flooding");
        QVERIFY(a["message"].toObject()["vi"].toString().contains("395 cm"));
        m_alarm = a["id"].toInteger();
        const auto active = get("/api/v1/alerts?state=active").json["alerts"].toArray();
        QVERIFY(ids(active).contains(m_alarm));
        QCOMPARE(get("/api/v1/alerts?severity=9").status, 400);
    }

    void acknowledgeRecordsWhoAndWhenAndRenotifies()
    {
        StreamRecorder watcher(streamUrl(), m_supervisor);
        QVERIFY(watcher.waitConnected());
        const auto path = QStringLiteral("/api/v1/alerts/%1/acknowledge").arg(m_alarm);
        QCOMPARE(post(path, {{"comment", "x"}}, m_wall).status, 403);
        const auto ack = post(path, {{"comment", QString::fromUtf8("Đã báo Ban chỉ huy PCTT")}});
        QCOMPARE(ack.status, 200);
        QCOMPARE(ack.json["state"].toString(), "acknowledged");
        QCOMPARE(ack.json["acknowledged_by"].toString(), "officer");
        QCOMPARE(ack.json["ack_comment"].toString(), QString::fromUtf8("Đã báo Ban chỉ huy PCTT"));
        QVERIFY(!ack.json["acknowledged_at"].toString().isEmpty());
        const auto again = post(path, {{"comment", "again"}});
        QCOMPARE(again.status, 409);
        QCOMPARE(errorCode(again), "already_acknowledged");
        QCOMPARE(post("/api/v1/alerts/999999/acknowledge", {}).status, 404);
        QTRY_VERIFY_WITH_TIMEOUT(alertMessage(watcher, "acknowledged", "river.alarm").has_value(),
                                 10000);
        // The test rules re-notify after 2 s while the river stays high.
        QTRY_VERIFY_WITH_TIMEOUT(alertMessage(watcher, "renotified", "river.alarm").has_value(),
                                 10000);
        const auto audit = get("/api/v1/audit?action=alert.acknowledge", m_supervisor);
        QCOMPARE(audit.status, 200);
        QCOMPARE(audit.json["entries"].toArray().size(), 1);
    }

    void clearsOnlyBelowTheClearLevel()
    {
        StreamRecorder watcher(streamUrl(), m_supervisor);
        QVERIFY(watcher.waitConnected());
        QCOMPARE(ingest("gauge.river", {point("river.level", 360)}).status, 200);
        QCOMPARE(alertById(m_alarm)["state"].toString(), "acknowledged"); // 360: still above 350
        QCOMPARE(ingest("gauge.river", {point("river.level", 340)}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(alertMessage(watcher, "cleared", "river.alarm").has_value(),
                                 10000);
        const auto cleared = alertById(m_alarm);
        QCOMPARE(cleared["state"].toString(), "cleared");
        QVERIFY(!cleared["cleared_at"].toString().isEmpty());
        QCOMPARE(cleared["acknowledged_by"].toString(), "officer"); // recorded, not deleted
    }

    void alertBecomesOneIncident()
    {
        QCOMPARE(ingest("gauge.river", {point("river.level", 401)}).status, 200);
        std::optional<QJsonObject> fresh;
        QTRY_VERIFY_WITH_TIMEOUT((fresh = activeAlert("river.alarm")).has_value(), 10000);
        const auto id = (*fresh)["id"].toInteger();
        QVERIFY(id != m_alarm);
        const auto path = QStringLiteral("/api/v1/alerts/%1/incident").arg(id);
        QCOMPARE(post(path, {}, m_wall).status, 403);
        const auto first = post(path, {});
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json["source_kind"].toString(), "alert");
        QCOMPARE(first.json["source_ref"].toString(), QString::number(id));
        QCOMPARE(first.json["category"].toString(), "flooding");
        QCOMPARE(first.json["severity"].toInt(), 3);
        const auto second = post(path, {}, m_supervisor);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json["id"].toInteger(), first.json["id"].toInteger());
        QCOMPARE(alertById(id)["incident_id"].toInteger(), first.json["id"].toInteger());
        // Back to normal for what follows.
        QCOMPARE(ingest("gauge.river", {point("river.level", 250)}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!activeAlert("river.alarm").has_value(), 10000);
    }

    void silentSourceRaisesMissingDataAndClearsWhenItSpeaks()
    {
        // gauge.silent promises a value every second and never sends one (factor 2).
        std::optional<QJsonObject> missing;
        QTRY_VERIFY_WITH_TIMEOUT((missing = activeAlert("gauge.silent")).has_value(), 15000);
        QCOMPARE((*missing)["kind"].toString(), "missing");
        QCOMPARE((*missing)["source"].toString(), "gauge.silent");
        QVERIFY((*missing)["message"].toObject()["en"].toString().contains("no data"));
        const auto id = (*missing)["id"].toInteger();
        // Keep it talking until the tick sees it alive.
        QTRY_VERIFY_WITH_TIMEOUT(
            (ingest("gauge.silent", {point("silent.level", 12)}).status == 200 &&
             alertById(id)["state"].toString() == "cleared"),
            15000);
    }

    void combinationHoldsPerUnit()
    {
        QCOMPARE(ingest("gauge.river", {point("river.rain", 60)}).status, 200);
        QVERIFY(!activeAlert("river.rain_and_level").has_value()); // level 250: not yet
        QCOMPARE(ingest("gauge.river", {point("river.level", 320)}).status, 200);
        std::optional<QJsonObject> combo;
        QTRY_VERIFY_WITH_TIMEOUT((combo = activeAlert("river.rain_and_level")).has_value(), 10000);
        QCOMPARE((*combo)["unit_code"].toString(), "11383");
        QCOMPARE((*combo)["kind"].toString(), "combination");
        QVERIFY((*combo)["message"].toObject()["vi"].toString().contains(
            QString::fromUtf8("Phường Lê Chân")));
        m_combo = (*combo)["id"].toInteger();
    }

    void urgeIsRecordedAndListed()
    {
        StreamRecorder watcher(streamUrl(), m_supervisor);
        QVERIFY(watcher.waitConnected());
        const auto u =
            post("/api/v1/sources/gauge.silent/urge",
                 {{"note", QString::fromUtf8("Đã gọi trạm, hẹn khắc phục trong 30 phút")}});
        QCOMPARE(u.status, 201);
        QCOMPARE(u.json["by"].toString(), "officer");
        QCOMPARE(u.json["source"].toString(), "gauge.silent");
        QCOMPARE(post("/api/v1/sources/nowhere/urge", {{"note", "x"}}).status, 404);
        QCOMPARE(post("/api/v1/sources/gauge.silent/urge", {{"note", 5}}).status, 400);
        QCOMPARE(post("/api/v1/sources/gauge.silent/urge", {{"note", "x"}}, m_wall).status, 403);
        const auto list = get("/api/v1/sources/gauge.silent/urges").json["urges"].toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject()["note"].toString(), u.json["note"].toString());
        bool seen = false;
        for (const auto& v : get("/api/v1/sources").json["sources"].toArray()) {
            const auto s = v.toObject();
            if (s["id"].toString() == "gauge.silent") {
                seen = true;
                QCOMPARE(s["urge_count"].toInt(), 1);
                QCOMPARE(s["last_urge"].toObject()["by"].toString(), "officer");
            } else if (s["id"].toString() == "gauge.river") {
                QVERIFY(s["last_urge"].isNull());
            }
        }
        QVERIFY(seen);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(watcher.messages.begin(), watcher.messages.end(),
                        [](const QJsonObject& m) {
                            return m["type"].toString() == "source" &&
                                   m["change"].toString() == "urged" &&
                                   m["source"].toObject()["urge_count"].toInt() == 1;
                        }),
            10000);
    }

    void rulesAreEditedBySupervisorsOnly()
    {
        const auto current = get("/api/v1/alert-rules");
        QCOMPARE(current.status, 200);
        auto doc = current.json;
        QCOMPARE(doc["rules"].toArray().size(), 3);
        QCOMPARE(put("/api/v1/alert-rules", doc, m_officer).status, 403);

        auto bad = doc;
        auto badRules = bad["rules"].toArray();
        auto first = badRules[0].toObject();
        first["clear_at"] = 500; // above the raise level of an "above" rule
        badRules[0] = first;
        bad["rules"] = badRules;
        const auto refused = put("/api/v1/alert-rules", bad, m_supervisor);
        QCOMPARE(refused.status, 400);
        QCOMPARE(errorCode(refused), "bad_alert_rules");

        // Drop the combination: its open alert clears.
        QJsonArray kept;
        for (const auto& r : doc["rules"].toArray())
            if (r.toObject()["id"].toString() != "river.rain_and_level")
                kept.append(r);
        doc["rules"] = kept;
        const auto saved = put("/api/v1/alert-rules", doc, m_supervisor);
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json["rules"].toArray().size(), 2);
        QCOMPARE(get("/api/v1/alert-rules").json["rules"].toArray().size(), 2);
        QCOMPARE(alertById(m_combo)["state"].toString(), "cleared");
        QCOMPARE(get("/api/v1/audit?action=alert_rules.update", m_supervisor)
                     .json["entries"]
                     .toArray()
                     .size(),
                 1);
    }

    void systemViewReportsTheStore()
    {
        const auto s = get("/api/v1/system");
        QCOMPARE(s.status, 200);
        QVERIFY(!s.json["version"].toString().isEmpty());
        QVERIFY(s.json["uptime_s"].toInteger() >= 0);
        QCOMPARE(s.json["store"].toObject()["series"].toInt(), 4);
        QVERIFY(s.json["store"].toObject()["alerts"].toInt() >= 4);
        QVERIFY(s.json["store"].toObject()["db_bytes"].toInteger() > 0);
        QVERIFY(s.json["store"].toObject()["audit_entries"].toInteger() > 0);
        QVERIFY(s.json["connectors"].isArray());
    }

    void cleanupTestCase() { m_iocd.reset(); }

private:
    QUrl streamUrl()
    {
        const auto seq = get("/api/v1/alerts").json["seq"].toInteger();
        return m_iocd->wsUrl(QStringLiteral("/api/v1/stream?since=%1").arg(seq));
    }
    HttpResult get(const QString& path, const QByteArray& bearer = {})
    {
        QList<QPair<QByteArray, QByteArray>> h;
        if (!bearer.isEmpty())
            h.append({"Authorization", "Bearer " + bearer});
        return httpRequest(m_nam, "GET", m_iocd->httpUrl(path), {}, h);
    }
    HttpResult post(const QString& path, const QJsonObject& body, const QByteArray& bearer = {})
    {
        QList<QPair<QByteArray, QByteArray>> h{{"Content-Type", "application/json"}};
        if (!bearer.isEmpty())
            h.append({"Authorization", "Bearer " + bearer});
        return httpRequest(m_nam, "POST", m_iocd->httpUrl(path), json(body), h);
    }
    HttpResult put(const QString& path, const QJsonObject& body, const QByteArray& bearer)
    {
        return httpRequest(
            m_nam, "PUT", m_iocd->httpUrl(path), json(body),
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + bearer}});
    }
    HttpResult ingest(const QString& source, const QJsonArray& points)
    {
        return httpRequest(
            m_nam, "POST", m_iocd->httpUrl("/api/v1/ingest"),
            json({{"source", source}, {"points", points}}),
            {{"Content-Type", "application/json"}, {"X-Api-Key", "demo-source-key"}});
    }
    static QList<qint64> ids(const QJsonArray& alerts)
    {
        QList<qint64> out;
        for (const auto& a : alerts)
            out.append(a.toObject()["id"].toInteger());
        return out;
    }
    QJsonObject alertById(qint64 id)
    {
        for (const auto& a : get("/api/v1/alerts").json["alerts"].toArray())
            if (a.toObject()["id"].toInteger() == id)
                return a.toObject();
        return {};
    }
    std::optional<QJsonObject> activeAlert(const QString& rule)
    {
        for (const auto& a : get("/api/v1/alerts?state=active").json["alerts"].toArray())
            if (a.toObject()["rule_id"].toString() == rule)
                return a.toObject();
        return std::nullopt;
    }
    static std::optional<QJsonObject> alertMessage(const StreamRecorder& r, const QString& change,
                                                   const QString& rule)
    {
        for (const auto& m : r.messages)
            if (m["type"].toString() == "alert" && m["change"].toString() == change &&
                m["alert"].toObject()["rule_id"].toString() == rule)
                return m["alert"].toObject();
        return std::nullopt;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<IocdProcess> m_iocd;
    QNetworkAccessManager m_nam;
    QByteArray m_officer, m_supervisor, m_wall;
    qint64 m_alarm = 0;
    qint64 m_combo = 0;
};

QTEST_MAIN(IocdAlertsTest)
#include "IocdAlertsTest.moc"
