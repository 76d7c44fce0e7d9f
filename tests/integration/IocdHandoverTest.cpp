// SPDX-License-Identifier: GPL-3.0-or-later
// The shift handover API of a real iocd (--demo for the accounts and incidents, --shift-rota with
// both demo officers on every shift and a 2-second escalation): draft, sign, query back,
// acknowledge (refused for the signer, with unacknowledged items, with an open query; accepted
// for the next shift's officer), search, annotate, standing orders, and escalation seen on the
// stream: of a handover not taken over, and of a shift that ended with none signed (kept across a
// restart).
#include "ApiClient.h"
#include "IocdProcess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrlQuery>
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
QStringList keysOf(const QJsonObject& handover, bool openOnly)
{
    QStringList out;
    for (const auto& v : handover["items"].toArray())
        if (!openOnly || v.toObject()["open"].toBool())
            out << v.toObject()["key"].toString();
    return out;
}
// The standard rota: the shift before `shift` (id and local date).
QPair<QString, QString> previousShift(const QJsonObject& shift)
{
    const auto id = shift["id"].toString();
    const auto date = QDate::fromString(shift["date"].toString(), Qt::ISODate);
    if (id == "morning")
        return {"night", date.addDays(-1).toString(Qt::ISODate)};
    if (id == "afternoon")
        return {"morning", date.toString(Qt::ISODate)};
    return {"afternoon", date.toString(Qt::ISODate)};
}
} // namespace

class IocdHandoverTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QJsonObject crew{{"officers", QJsonArray{"officer", "officer2"}},
                               {"supervisors", QJsonArray{"supervisor"}}};
        const QJsonObject rota{
            {"shifts",
             QJsonArray{QJsonObject{{"id", "morning"}, {"start", "06:00"}, {"end", "14:00"}},
                        QJsonObject{{"id", "afternoon"}, {"start", "14:00"}, {"end", "22:00"}},
                        QJsonObject{{"id", "night"}, {"start", "22:00"}, {"end", "06:00"}}}},
            {"duty", QJsonObject{{"morning", crew}, {"afternoon", crew}, {"night", crew}}},
            {"escalate_after_s", 2}};
        QFile file(m_dir.filePath("rota.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json(rota));
        file.close();
        m_rotaFile = file.fileName();
        QVERIFY(startIocd());
    }

    void badRotaFileStopsTheStart()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("rota.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"shifts\":[{\"id\":\"a\",\"start\":\"06:00\",\"end\":\"14:00\"}]}");
        file.close();
        IocdProcess bad(dir.filePath("data"),
                        QStringList{"--demo", "--shift-rota", file.fileName()});
        QVERIFY(!bad.start(10000));
        QVERIFY(bad.stderrText().contains("shift rota"));
    }

    void currentShiftAndDuty()
    {
        const auto r = get("/api/v1/shifts/current");
        QCOMPARE(r.status, 200);
        const auto shift = r.json["shift"].toObject();
        QVERIFY(QStringList({"morning", "afternoon", "night"}).contains(shift["id"].toString()));
        const auto start = QDateTime::fromString(shift["start"].toString(), Qt::ISODate);
        const auto end = QDateTime::fromString(shift["end"].toString(), Qt::ISODate);
        QCOMPARE(start.secsTo(end), 8 * 3600);
        QVERIFY(start <= QDateTime::currentDateTimeUtc() && QDateTime::currentDateTimeUtc() < end);
        QVERIFY(r.json["duty"].toObject()["officers"].toArray().contains("officer2"));
        QCOMPARE(r.json["escalate_after_s"].toInt(), 2);
        QCOMPARE(r.json["next_shift"].toObject()["start"], shift["end"]);
    }

    void shiftWithoutHandoverEscalates()
    {
        // Nobody signed the shift that ended before this server started: 2 s after the start (it
        // was not running at the shift change) the server escalates it. The stream of a fresh
        // data directory starts at seq 1, so since=0 replays the event whenever we connect.
        StreamRecorder stream(m_iocd->wsUrl("/api/v1/stream?since=0"), m_supervisor);
        QVERIFY(stream.waitConnected());
        const auto current = get("/api/v1/shifts/current").json["shift"].toObject();
        const auto [id, date] = previousShift(current);
        auto missingEvents = [&] {
            QList<QJsonObject> out;
            for (const auto& m : stream.messages) {
                const auto shift = m["handover"].toObject()["shift"].toObject();
                if (m["type"] == "handover" && m["change"] == "missing" && shift["id"] == id &&
                    shift["date"] == date)
                    out << m["handover"].toObject();
            }
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(missingEvents().size(), 1, 15000);
        const auto escalatedAt = missingEvents().first()["escalated_at"].toString();
        QVERIFY(!escalatedAt.isEmpty());
        // The console reads it with the current shift; the audit log has it.
        auto listed = [&] {
            return get("/api/v1/shifts/current").json["missing_handovers"].toArray();
        };
        QCOMPARE(listed().size(), 1);
        QCOMPARE(listed()[0].toObject()["shift"].toObject()["id"].toString(), id);
        QCOMPARE(listed()[0].toObject()["escalated_at"].toString(), escalatedAt);
        auto audited = [&] {
            return get("/api/v1/audit?action=handover.missing", m_supervisor)
                .json["entries"]
                .toArray()
                .size();
        };
        QCOMPARE(audited(), 1);

        // Stored: after a restart it is neither forgotten nor raised again, even once the
        // restarted server's own deadline (its start + 2 s, one check a second) has passed.
        m_iocd.reset();
        QVERIFY(startIocd());
        const auto restartedAt = QDateTime::fromString(
            get("/api/v1/shifts/current").json["now"].toString(), Qt::ISODate);
        QCOMPARE(listed().size(), 1);
        QCOMPARE(listed()[0].toObject()["escalated_at"].toString(), escalatedAt);
        // Absence can only be shown after the deadline: wait on the server's clock, not ours.
        QTRY_VERIFY_WITH_TIMEOUT(
            QDateTime::fromString(get("/api/v1/shifts/current").json["now"].toString(),
                                  Qt::ISODate) >= restartedAt.addSecs(4),
            15000);
        QCOMPARE(audited(), 1);
        QCOMPARE(listed()[0].toObject()["escalated_at"].toString(), escalatedAt);
    }

    void standingOrdersBySupervisors()
    {
        const QJsonObject order{
            {"title", "Cấm xe tải qua cầu Đồ Sơn"},
            {"text", "Phối hợp CSGT phân luồng"},
            {"valid_to", QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate)}};
        QCOMPARE(post("/api/v1/standing-orders", order, m_officer).status, 403);
        const auto created = post("/api/v1/standing-orders", order, m_supervisor);
        QCOMPARE(created.status, 201);
        QVERIFY(created.json["in_force"].toBool());
        m_orderId = created.json["id"].toInteger();
        const auto bad = post("/api/v1/standing-orders", QJsonObject{{"title", " "}}, m_supervisor);
        QCOMPARE(bad.status, 400);
        const auto list = get("/api/v1/standing-orders");
        QCOMPARE(list.status, 200);
        QVERIFY(list.json["standing_orders"].toArray().size() >= 2); // the demo one and ours
        // One ended early is no longer in force, and cannot end twice.
        const auto other =
            post("/api/v1/standing-orders", QJsonObject{{"title", "Tạm thời"}}, m_supervisor);
        const auto path =
            QStringLiteral("/api/v1/standing-orders/%1").arg(other.json["id"].toInteger());
        QCOMPARE(send("DELETE", path, {}, m_officer).status, 403);
        const auto ended = send("DELETE", path, {}, m_supervisor);
        QCOMPARE(ended.status, 200);
        QVERIFY(!ended.json["in_force"].toBool());
        QCOMPARE(send("DELETE", path, {}, m_supervisor).status, 409);
        QCOMPARE(send("DELETE", "/api/v1/standing-orders/999999", {}, m_supervisor).status, 404);
    }

    void draftFromWhatHappened()
    {
        const auto d = get("/api/v1/handovers/draft");
        QCOMPARE(d.status, 200);
        const auto keys = keysOf(d.json, false);
        QVERIFY(keys.contains(QStringLiteral("order:%1").arg(m_orderId)));
        // The demo's open incidents are all there, each with its status.
        const auto open = get("/api/v1/"
                              "incidents?status=new,acknowledged,in_progress,resolution_proposed&"
                              "drill=false&page_size=200");
        QVERIFY(open.json["incidents"].toArray().size() >= 3);
        for (const auto& v : open.json["incidents"].toArray())
            QVERIFY2(keys.contains("incident:" + v.toObject()["ref"].toString()),
                     qPrintable(v.toObject()["ref"].toString()));
        QCOMPARE(d.json["signed_id"], QJsonValue(QJsonValue::Null));
        QCOMPARE(get("/api/v1/handovers/draft", m_wall).status, 403);
        QCOMPARE(get("/api/v1/handovers/draft?shift=night").status, 400);
    }

    void signQueryAcknowledge()
    {
        StreamRecorder stream(m_iocd->wsUrl("/api/v1/stream"), m_supervisor);
        QVERIFY(stream.waitConnected());
        const QJsonObject body{
            {"notes", "Mưa lớn kéo dài, nước dâng ở Đồ Sơn"},
            {"free_items",
             QJsonArray{
                 QJsonObject{{"title", "Gọi lại UBND phường Lê Chân lúc 7 giờ"}},
                 QJsonObject{{"title", "Đã bàn giao chìa khóa phòng máy"}, {"open", false}}}}};
        QCOMPARE(post("/api/v1/handovers", body, m_wall).status, 403);
        const auto signedH = post("/api/v1/handovers", body, m_officer);
        QCOMPARE(signedH.status, 201);
        QCOMPARE(signedH.json["status"].toString(), "signed");
        QCOMPARE(signedH.json["signed_by"].toString(), "officer");
        m_handoverId = signedH.json["id"].toInteger();
        const auto again = post("/api/v1/handovers", body, m_officer2);
        QCOMPARE(again.status, 409);
        QCOMPARE(errorCode(again), "already_signed");
        const auto open = keysOf(signedH.json, true);
        QVERIFY(open.size() >= 3);
        QString freeKey;
        for (const auto& v : signedH.json["items"].toArray())
            if (v.toObject()["kind"] == "free" && v.toObject()["open"].toBool())
                freeKey = v.toObject()["key"].toString();
        QVERIFY(!freeKey.isEmpty());
        QCOMPARE(get("/api/v1/handovers/draft").json["signed_id"].toInteger(), m_handoverId);

        const auto path = QStringLiteral("/api/v1/handovers/%1").arg(m_handoverId);
        // Queried back by the incoming officer; the signer cannot query their own.
        QCOMPARE(
            errorCode(post(path + "/queries", {{"item", freeKey}, {"comment", "x"}}, m_officer)),
            "own_handover");
        const auto queried =
            post(path + "/queries", {{"item", freeKey}, {"comment", "Gọi số nào?"}}, m_officer2);
        QCOMPARE(queried.status, 201);
        const auto queryId = queried.json["queries"].toArray()[0].toObject()["id"].toInteger();

        // Acknowledgement: the signer never; not with items missing; not past an open query.
        const auto own = post(path + "/acknowledge", {{"all", true}, {"confirm", true}}, m_officer);
        QCOMPARE(own.status, 403);
        QCOMPARE(errorCode(own), "own_handover");
        const auto notOnShift =
            post(path + "/acknowledge", {{"all", true}, {"confirm", true}}, m_supervisor2);
        QCOMPARE(errorCode(notOnShift), "not_on_next_shift");
        const auto partial =
            post(path + "/acknowledge", {{"items", QJsonArray{open[0]}}}, m_officer2);
        QCOMPARE(partial.status, 409);
        QCOMPARE(errorCode(partial), "items_unacknowledged");
        const auto unconfirmed = post(path + "/acknowledge", {{"all", true}}, m_officer2);
        QCOMPARE(unconfirmed.status, 400);
        QCOMPARE(errorCode(unconfirmed), "confirmation_required");
        QCOMPARE(
            errorCode(post(path + "/acknowledge", {{"all", true}, {"confirm", true}}, m_officer2)),
            "query_open");
        const auto answerPath = QStringLiteral("%1/queries/%2/answer").arg(path).arg(queryId);
        QCOMPARE(post(answerPath, {{"answer", "x"}}, m_officer2).status, 403);
        QCOMPARE(post(answerPath, {{"answer", "Số trực ban 0225 3842 xxx"}}, m_officer).status,
                 200);

        QJsonArray every;
        for (const auto& k : open)
            every.append(k);
        const auto done = post(path + "/acknowledge", {{"items", every}}, m_officer2);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json["status"].toString(), "acknowledged");
        QCOMPARE(done.json["acknowledged_by"].toString(), "officer2");
        QCOMPARE(done.json["ack_mode"].toString(), "items");
        for (const auto& v : done.json["items"].toArray())
            QCOMPARE(v.toObject()["acknowledged_by"].isString(), v.toObject()["open"].toBool());
        QCOMPARE(
            errorCode(post(path + "/acknowledge", {{"all", true}, {"confirm", true}}, m_officer2)),
            "already_acknowledged");
        QCOMPARE(
            errorCode(post(path + "/queries", {{"item", freeKey}, {"comment", "x"}}, m_officer2)),
            "already_acknowledged");

        // Supervisors annotate, even now; officers do not.
        QCOMPARE(post(path + "/annotations", {{"text", "x"}}, m_officer).status, 403);
        const auto annotated = post(path + "/annotations",
                                    {{"text", "Đã kiểm tra, đề nghị theo dõi tiếp"}}, m_supervisor);
        QCOMPARE(annotated.status, 201);
        QCOMPARE(annotated.json["annotations"].toArray().size(), 1);

        auto seen = [&](const QString& change) {
            for (const auto& m : stream.messages)
                if (m["type"] == "handover" && m["change"] == change &&
                    m["handover"].toObject()["id"].toInteger() == m_handoverId)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen("signed"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(seen("queried"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(seen("acknowledged"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(seen("annotated"), 10000);
        QCOMPARE(stream.malformed, 0);
    }

    void historySearchAndFilters()
    {
        QCOMPARE(idsOf(search({{"q", "do son"}})), QList<qint64>{m_handoverId});
        QCOMPARE(idsOf(search({{"q", QString::fromUtf8("ĐỒ SƠN")}})), QList<qint64>{m_handoverId});
        QCOMPARE(idsOf(search({{"q", "de nghi theo doi"}})),
                 QList<qint64>{m_handoverId}); // annotation
        QVERIFY(idsOf(search({{"q", "khong co gi"}})).isEmpty());
        QCOMPARE(idsOf(search({{"officer", "officer2"}})), QList<qint64>{m_handoverId});
        QVERIFY(idsOf(search({{"officer", "supervisor2"}})).isEmpty());
        const auto now = QDateTime::currentDateTimeUtc();
        QCOMPARE(idsOf(search({{"from", now.addDays(-1).toString(Qt::ISODate)},
                               {"to", now.addDays(1).toString(Qt::ISODate)}})),
                 QList<qint64>{m_handoverId});
        QVERIFY(idsOf(search({{"from", now.addDays(1).toString(Qt::ISODate)}})).isEmpty());
        QCOMPARE(get("/api/v1/handovers?from=yesterday").status, 400);
        QCOMPARE(get("/api/v1/handovers/999999").status, 404);
        QCOMPARE(get("/api/v1/handovers/abc").status, 404);
        QCOMPARE(get("/api/v1/handovers", m_wall).status, 403);
        // Everything is in the audit log.
        const auto audit = get("/api/v1/audit?action=handover.acknowledge", m_supervisor);
        QCOMPARE(audit.status, 200);
        QVERIFY(!audit.json["entries"].toArray().isEmpty());
    }

    void unacknowledgedHandoverEscalates()
    {
        StreamRecorder stream(m_iocd->wsUrl("/api/v1/stream"), m_supervisor);
        QVERIFY(stream.waitConnected());
        // The shift that already ended, signed late: 2 s after signing it goes to the supervisor.
        const auto current = get("/api/v1/shifts/current").json["shift"].toObject();
        const auto [id, date] = previousShift(current);
        const auto late = post(
            "/api/v1/handovers",
            {{"shift", QJsonObject{{"id", id}, {"date", date}}}, {"notes", "Ký muộn"}}, m_officer2);
        QCOMPARE(late.status, 201);
        const auto lateId = late.json["id"].toInteger();
        // Signed late, the shift no longer shows as missing (the audit log keeps that it was).
        QVERIFY(get("/api/v1/shifts/current").json["missing_handovers"].toArray().isEmpty());
        QVERIFY(late.json["escalated_at"].isNull());
        auto escalated = [&] {
            for (const auto& m : stream.messages)
                if (m["type"] == "handover" && m["change"] == "escalated" &&
                    m["handover"].toObject()["id"].toInteger() == lateId)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(escalated(), 15000);
        const auto after = get(QStringLiteral("/api/v1/handovers/%1").arg(lateId));
        QVERIFY(after.json["escalated_at"].isString());
        QCOMPARE(after.json["status"].toString(), "signed");
        // The acknowledged one never escalates.
        QVERIFY(get(QStringLiteral("/api/v1/handovers/%1").arg(m_handoverId))
                    .json["escalated_at"]
                    .isNull());
        // It can still be taken over after escalation.
        QCOMPARE(post(QStringLiteral("/api/v1/handovers/%1/acknowledge").arg(lateId),
                      {{"all", true}, {"confirm", true}}, m_officer)
                     .status,
                 200);
        // Two shifts back is no longer signable.
        const auto [oldId, oldDate] = previousShift(QJsonObject{{"id", id}, {"date", date}});
        const auto tooOld =
            post("/api/v1/handovers", {{"shift", QJsonObject{{"id", oldId}, {"date", oldDate}}}},
                 m_officer);
        QCOMPARE(errorCode(tooOld), "shift_not_signable");
        QCOMPARE(errorCode(post("/api/v1/handovers",
                                {{"shift", QJsonObject{{"id", "x"}, {"date", date}}}}, m_officer)),
                 "unknown_shift");
    }

    void cleanupTestCase() { m_iocd.reset(); }

private:
    // Starts iocd on the test's data directory (again, for a restart) and logs everybody in.
    bool startIocd()
    {
        m_iocd = std::make_unique<IocdProcess>(m_dir.filePath("data"),
                                               QStringList{"--demo", "--shift-rota", m_rotaFile});
        if (!m_iocd->start())
            return false;
        m_officer = m_iocd->login("officer", "demo");
        m_officer2 = m_iocd->login("officer2", "demo");
        m_supervisor = m_iocd->login("supervisor", "demo");
        m_supervisor2 = m_iocd->login("supervisor2", "demo");
        m_wall = m_iocd->login("wall", "demo");
        setDefaultBearer(m_officer);
        return !m_officer.isEmpty() && !m_officer2.isEmpty() && !m_supervisor.isEmpty();
    }
    HttpResult get(const QString& pathAndQuery, const QByteArray& token = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token});
        return httpRequest(m_nam, "GET",
                           QUrl(m_iocd->httpUrl("/").toString(QUrl::RemovePath) + pathAndQuery), {},
                           headers);
    }
    HttpResult send(const QByteArray& method, const QString& path, const QJsonObject& body,
                    const QByteArray& token)
    {
        return httpRequest(
            m_nam, method, m_iocd->httpUrl(path), json(body),
            {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
    }
    HttpResult post(const QString& path, const QJsonObject& body, const QByteArray& token)
    {
        return send("POST", path, body, token);
    }
    HttpResult search(const QList<QPair<QString, QString>>& items)
    {
        QUrlQuery query;
        for (const auto& [k, v] : items)
            query.addQueryItem(k, v);
        QUrl url = m_iocd->httpUrl("/api/v1/handovers");
        url.setQuery(query);
        return httpRequest(m_nam, "GET", url);
    }
    static QList<qint64> idsOf(const HttpResult& r)
    {
        QList<qint64> out;
        for (const auto& v : r.json["handovers"].toArray())
            out << v.toObject()["id"].toInteger();
        return out;
    }

    QTemporaryDir m_dir;
    QString m_rotaFile;
    std::unique_ptr<IocdProcess> m_iocd;
    QNetworkAccessManager m_nam;
    QByteArray m_officer, m_officer2, m_supervisor, m_supervisor2, m_wall;
    qint64 m_orderId = 0;
    qint64 m_handoverId = 0;
};

QTEST_GUILESS_MAIN(IocdHandoverTest)
#include "IocdHandoverTest.moc"
