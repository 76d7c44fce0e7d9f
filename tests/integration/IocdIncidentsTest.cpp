// SPDX-License-Identifier: GPL-3.0-or-later
// The incident API of a real iocd (--demo, so the demo accounts exist): idempotent create,
// search without diacritics, four-eyes closure with two supervisors, 403 against 409, forward and
// answer, the overdue filter, and the stream's "incident" messages.
#include "ApiClient.h"
#include "IocdProcess.h"

#include <algorithm>

#include <QDateTime>
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
QString rfc3339(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}
QByteArray header(const HttpResult& r, const QByteArray& name)
{
    for (const auto& [k, v] : r.headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}
} // namespace

class IocdIncidentsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_iocd = std::make_unique<IocdProcess>(m_dir.path(), QStringList{"--demo"});
        QVERIFY(m_iocd->start());
        m_officer = m_iocd->login("officer", "demo");
        m_supervisor = m_iocd->login("supervisor", "demo");
        m_supervisor2 = m_iocd->login("supervisor2", "demo");
        m_wall = m_iocd->login("wall", "demo");
        QVERIFY(!m_officer.isEmpty() && !m_supervisor.isEmpty() && !m_supervisor2.isEmpty());
        setDefaultBearer(m_officer);
    }

    void demoSeedsRealisticIncidents()
    {
        const auto all = get("/api/v1/incidents?page_size=200");
        QCOMPARE(all.status, 200);
        QVERIFY(all.json["incidents"].toArray().size() >= 8);
        QVERIFY(get("/api/v1/incidents?drill=true").json["incidents"].toArray().size() >= 2);
        QVERIFY(get("/api/v1/incidents?overdue=true").json["incidents"].toArray().size() >= 1);
        const auto summary = get("/api/v1/incidents/summary");
        QCOMPARE(summary.status, 200);
        QVERIFY(summary.json["open"].toInt() >= 5);
    }

    void createIsIdempotent()
    {
        const QJsonObject body{{"title", "Cháy xe máy trên đường Trần Nguyên Hãn"},
                               {"category", "fire"},
                               {"unit_code", "11383"},
                               {"location", QJsonObject{{"lat", 20.846}, {"lon", 106.676}}}};
        const auto first = post("/api/v1/incidents", body, m_officer, "idem-1");
        QCOMPARE(first.status, 201);
        QVERIFY(first.json["ref"].toString().startsWith("HP-"));
        QCOMPARE(first.json["severity"].toInt(), 4); // the category's default
        QCOMPARE(first.json["status"].toString(), "new");
        QCOMPARE(first.json["unit_name"].toString(), QString::fromUtf8("Phường Lê Chân"));
        const auto retry = post("/api/v1/incidents", body, m_officer, "idem-1");
        QCOMPARE(retry.status, 200);
        QCOMPARE(header(retry, "Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(retry.json["id"].toInteger(), first.json["id"].toInteger());
        QCOMPARE(retry.json["ref"].toString(), first.json["ref"].toString());

        const auto noKey = post("/api/v1/incidents", body, m_officer, {});
        QCOMPARE(noKey.status, 400);
        QCOMPARE(errorCode(noKey), "idempotency_key_required");
        const auto anonymous =
            httpRequest(m_nam, "POST", m_iocd->httpUrl("/api/v1/incidents"), json(body),
                        {{"Authorization", ""}, {"Idempotency-Key", "x"}});
        QCOMPARE(anonymous.status, 401);
        const auto wall = post("/api/v1/incidents", body, m_wall, "idem-wall");
        QCOMPARE(wall.status, 403);
        const auto badCategory =
            post("/api/v1/incidents", QJsonObject{{"title", "x"}, {"category", "meteor"}},
                 m_officer, "idem-2");
        QCOMPARE(badCategory.status, 400);
        QCOMPARE(errorCode(badCategory), "unknown_category");
    }

    void idempotencyKeyIsTheSenderAndRequestsOwn()
    {
        const QJsonObject body{{"title", "Cây đổ chắn đường Lạch Tray"}, {"category", "fire"}};
        const auto first = post("/api/v1/incidents", body, m_officer, "idem-shared");
        QCOMPARE(first.status, 201);
        // Another user with the same key gets neither the first user's incident nor a new one.
        const auto other = post("/api/v1/incidents", body, m_supervisor, "idem-shared");
        QCOMPARE(other.status, 409);
        QCOMPARE(errorCode(other), "idempotency_key_conflict");
        QVERIFY(!other.json["error"].toObject()["message"].toString().isEmpty());
        QVERIFY(!other.json.contains("ref"));
        // The same user with the same key but another incident: refused, not replayed.
        QJsonObject changed = body;
        changed["title"] = QString::fromUtf8("Cháy kho hàng cảng Chùa Vẽ");
        const auto differs = post("/api/v1/incidents", changed, m_officer, "idem-shared");
        QCOMPARE(differs.status, 409);
        QCOMPARE(errorCode(differs), "idempotency_key_conflict");
        // The same request spelled differently (key order, spaces) is still a retry.
        const QByteArray respelled =
            QStringLiteral("{ \"category\" : \"fire\", \"title\": \"%1\" }")
                .arg(body["title"].toString())
                .toUtf8();
        const auto retry =
            httpRequest(m_nam, "POST", m_iocd->httpUrl("/api/v1/incidents"), respelled,
                        {{"Authorization", "Bearer " + m_officer},
                         {"Content-Type", "application/json"},
                         {"Idempotency-Key", "idem-shared"}});
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.json["ref"].toString(), first.json["ref"].toString());
        // Nothing was created by the refused requests.
        QCOMPARE(searchRefs("kho hang chua ve").size(), 0);
        QCOMPARE(searchRefs("cay do chan duong lach tray").size(), 1);
    }

    void listSortsOnTheServer()
    {
        create("Sắp xếp 1", "public_order", "sort-1");
        create("Sắp xếp 2", "fire", "sort-2");
        auto values = [&](const QString& sort, const QString& field) {
            QVariantList out;
            for (const auto& i :
                 get("/api/v1/incidents?page_size=200&sort=" + sort).json["incidents"].toArray())
                out << i.toObject()[field].toVariant();
            return out;
        };
        auto severities = [&](const QString& sort) {
            QList<int> out;
            for (const auto& v : values(sort, "severity"))
                out << v.toInt();
            return out;
        };
        const auto down = severities("-severity");
        QVERIFY(down.size() >= 10);
        QVERIFY(std::is_sorted(down.rbegin(), down.rend()));
        QVERIFY(down.first() > down.last());
        const auto up = severities("severity");
        QVERIFY(std::is_sorted(up.begin(), up.end()));

        const QStringList lifecycle{"new", "acknowledged", "in_progress", "resolution_proposed",
                                    "closed"};
        QList<int> statuses;
        for (const auto& v : values("status", "status"))
            statuses << lifecycle.indexOf(v.toString());
        QVERIFY(!statuses.contains(-1));
        QVERIFY(std::is_sorted(statuses.begin(), statuses.end()));
        QVERIFY(statuses.first() < statuses.last());

        QStringList deadlines;
        for (const auto& v : values("deadline", "response_deadline"))
            deadlines << v.toString();
        const auto firstNone = std::find(deadlines.begin(), deadlines.end(), QString());
        QVERIFY(std::is_sorted(deadlines.begin(), firstNone)); // RFC 3339 UTC sorts as text
        QVERIFY(
            std::all_of(firstNone, deadlines.end(), [](const QString& d) { return d.isEmpty(); }));

        QStringList created;
        for (const auto& v : values("created", "created_at"))
            created << v.toString();
        QVERIFY(std::is_sorted(created.begin(), created.end()));

        // Pages of a sorted list are slices of one order: nothing repeated, nothing lost.
        QStringList paged;
        for (int page = 1; page <= 3; ++page)
            paged << refsOf(get(
                QStringLiteral("/api/v1/incidents?sort=-severity&page_size=4&page=%1").arg(page)));
        QCOMPARE(paged, refsOf(get("/api/v1/incidents?sort=-severity&page_size=12")));
        // Search results sort too.
        const auto searched = get("/api/v1/incidents?q=sap%20xep&sort=-severity");
        QCOMPARE(refsOf(searched).size(), 2);
        QCOMPARE(searched.json["incidents"].toArray().first().toObject()["category"].toString(),
                 "fire");

        const auto bad = get("/api/v1/incidents?sort=title");
        QCOMPARE(bad.status, 400);
        QCOMPARE(errorCode(bad), "bad_filter");
    }

    void assigneesAreOfficersAndSupervisors()
    {
        const auto list = get("/api/v1/incident-assignees");
        QCOMPARE(list.status, 200);
        QStringList names;
        for (const auto& a : list.json["assignees"].toArray()) {
            const auto o = a.toObject();
            QVERIFY(o["role"] == "officer" || o["role"] == "supervisor");
            names << o["username"].toString();
        }
        QVERIFY(names.contains("officer") && names.contains("supervisor2"));
        QVERIFY(!names.contains("wall"));
        const auto ref = create("Giao việc", "public_order", "assign-1");
        const auto ok = post("/api/v1/incidents/" + ref + "/assign",
                             QJsonObject{{"assignee", "supervisor2"}}, m_officer);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json["assignee"].toString(), "supervisor2");
        const auto wall = post("/api/v1/incidents/" + ref + "/assign",
                               QJsonObject{{"assignee", "wall"}}, m_officer);
        QCOMPARE(wall.status, 400);
        QCOMPARE(errorCode(wall), "not_assignable");
    }

    void searchIgnoresDiacritics()
    {
        const auto a =
            create("Ngập sâu tại nút giao Hồ Sen, phường Lê Chân", "flooding", "search-1");
        const auto b =
            create("Đường ngập, ô tô chết máy trên Nguyễn Văn Linh", "flooding", "search-2");
        const auto c =
            create("Sóng lớn tràn qua kè, khu du lịch Đồ Sơn", "storm_landslide", "search-3");
        QVERIFY(searchRefs("le chan").contains(a));
        QVERIFY(!searchRefs("le chan").contains(b));
        QVERIFY(searchRefs("duong ngap").contains(b));
        QVERIFY(searchRefs("do son").contains(c));
        QVERIFY(!searchRefs("do son").contains(a));
        QVERIFY(searchRefs(QString::fromUtf8("ĐỒ SƠN")).contains(c));
        QVERIFY(searchRefs("ho se").contains(a)); // the last word is a prefix
        const auto bad = get("/api/v1/incidents?status=done");
        QCOMPARE(bad.status, 400);
        QCOMPARE(errorCode(bad), "bad_filter");
    }

    void fourEyesClosureThroughHttp()
    {
        const auto ref =
            create("Tụ tập đông người trước UBND phường An Biên", "public_order", "four-eyes");
        QCOMPARE(act(ref, "acknowledge", m_officer).status, 200);
        QCOMPARE(act(ref, "start", m_officer).status, 200);
        QCOMPARE(tick(ref, "call_police").status, 200);
        QCOMPARE(tick(ref, "check_cameras").status, 200);

        // Closing needs a reason for the one step not ticked.
        const auto noReason = act(ref, "propose_resolution", m_supervisor, "Đã ổn định");
        QCOMPARE(noReason.status, 400);
        QCOMPARE(errorCode(noReason), "skip_reason_required");
        const auto proposed =
            act(ref, "propose_resolution", m_supervisor, "Đã ổn định",
                QJsonArray{QJsonObject{{"step", "resolved"},
                                       {"reason", "Công an phường xác nhận qua điện thoại"}}});
        QCOMPARE(proposed.status, 200);
        QCOMPARE(proposed.json["status"].toString(), "resolution_proposed");

        const auto own = act(ref, "approve", m_supervisor);
        QCOMPARE(own.status, 403);
        QCOMPARE(errorCode(own), "own_proposal");
        const auto officer = act(ref, "approve", m_officer);
        QCOMPARE(officer.status, 403);
        QCOMPARE(errorCode(officer), "supervisor_required");
        const auto closed = act(ref, "approve", m_supervisor2);
        QCOMPARE(closed.status, 200);
        QCOMPARE(closed.json["status"].toString(), "closed");
        QVERIFY(!closed.json["closed_at"].toString().isEmpty());
        bool skippedShown = false;
        for (const auto& s : closed.json["checklist"].toArray())
            if (s.toObject()["id"] == "resolved")
                skippedShown = s.toObject()["state"] == "skipped" &&
                               !s.toObject()["reason"].toString().isEmpty();
        QVERIFY(skippedShown);

        const auto again = act(ref, "approve", m_supervisor2);
        QCOMPARE(again.status, 409);
        QCOMPARE(errorCode(again), "invalid_transition");
        const auto reopenNoReason = act(ref, "reopen", m_officer);
        QCOMPARE(reopenNoReason.status, 400);
        QCOMPARE(errorCode(reopenNoReason), "reason_required");
        const auto detail = get("/api/v1/incidents/" + ref);
        QCOMPARE(detail.status, 200);
        const auto timeline = detail.json["timeline"].toArray();
        QCOMPARE(timeline.last().toObject()["actor"].toString(), "supervisor2");
        QCOMPARE(timeline.last().toObject()["action"].toString(), "approve");
        QCOMPARE(act(ref, "close", m_supervisor2).status, 400); // not an action at all
        QCOMPARE(get("/api/v1/incidents/HP-1999-000001").status, 404);
    }

    void forwardAnswerAndOverdue()
    {
        // Logged late: its response deadline has already passed.
        const auto late =
            post("/api/v1/incidents",
                 QJsonObject{
                     {"title", "Mất điện diện rộng phường Kiến An"},
                     {"category", "infrastructure"},
                     {"response_deadline", rfc3339(QDateTime::currentDateTimeUtc().addSecs(-600))}},
                 m_officer, "overdue-1");
        QCOMPARE(late.status, 201);
        QVERIFY(late.json["overdue"].toBool());
        QVERIFY(overdueRefs().contains(late.json["ref"].toString()));

        const auto ref =
            create("Nắp cống bị mất trên đường Lạch Tray", "infrastructure", "forward-1");
        QVERIFY(!overdueRefs().contains(ref));
        const auto fwd =
            post("/api/v1/incidents/" + ref + "/forward",
                 QJsonObject{{"unit", QString::fromUtf8("UBND phường Gia Viên")},
                             {"focal_point", QString::fromUtf8("Phó Chủ tịch UBND phường")},
                             {"message", QString::fromUtf8("Đề nghị rào chắn, thay nắp cống")},
                             {"deadline", rfc3339(QDateTime::currentDateTimeUtc().addMSecs(1500))}},
                 m_officer);
        QCOMPARE(fwd.status, 200);
        const auto forwardId = fwd.json["forwards"].toArray().first().toObject()["id"].toInteger();
        // The forward's deadline passes without an answer: the incident becomes overdue.
        QTRY_VERIFY_WITH_TIMEOUT(overdueRefs().contains(ref), 10000);
        const auto answered = post(
            QStringLiteral("/api/v1/incidents/%1/forwards/%2/answer").arg(ref).arg(forwardId),
            QJsonObject{{"answer", QString::fromUtf8("Đã thay nắp cống lúc 10:40")}}, m_officer);
        QCOMPARE(answered.status, 200);
        const auto f = answered.json["forwards"].toArray().first().toObject();
        QCOMPARE(f["answer"].toString(), QString::fromUtf8("Đã thay nắp cống lúc 10:40"));
        QVERIFY(!f["answered_at"].toString().isEmpty());
        QVERIFY(!overdueRefs().contains(ref));
        const auto twice =
            post(QStringLiteral("/api/v1/incidents/%1/forwards/%2/answer").arg(ref).arg(forwardId),
                 QJsonObject{{"answer", "x"}}, m_officer);
        QCOMPARE(twice.status, 409);
        QCOMPARE(errorCode(twice), "already_answered");
        QVERIFY(searchRefs("thay nap cong").contains(ref)); // answers are searchable
    }

    void streamCarriesIncidentChanges()
    {
        StreamRecorder stream(m_iocd->wsUrl("/api/v1/stream"), m_officer);
        QVERIFY(stream.waitConnected());
        const auto ref = create("Xe container lật trên cầu Bính", "traffic_accident", "stream-1");
        QCOMPARE(act(ref, "acknowledge", m_officer).status, 200);
        auto seen = [&](const QString& change, const QString& status) {
            for (const auto& m : stream.messages)
                if (m["type"] == "incident" && m["incident"].toObject()["ref"] == ref &&
                    m["change"] == change && m["incident"].toObject()["status"] == status)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen("created", "new"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(seen("transition", "acknowledged"), 10000);
        QCOMPARE(stream.malformed, 0);
        stream.close();
    }

    void categoriesAndUnits()
    {
        const auto c = get("/api/v1/incident-categories");
        QCOMPARE(c.status, 200);
        QVERIFY(c.json["categories"].toArray().size() >= 5);
        QCOMPARE(c.json["severities"].toArray().size(), 4);
        const auto u = get("/api/v1/units");
        QCOMPARE(u.status, 200);
        QCOMPARE(u.json["units"].toArray().size(), 114);
    }

    void cleanupTestCase() { QCOMPARE(m_iocd->terminate(), 0); }

private:
    HttpResult get(const QString& pathAndQuery)
    {
        return httpRequest(m_nam, "GET",
                           QUrl(m_iocd->httpUrl("/").toString(QUrl::RemovePath) + pathAndQuery));
    }
    HttpResult post(const QString& path, const QJsonObject& body, const QByteArray& token,
                    const QByteArray& idempotencyKey = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token},
                                                     {"Content-Type", "application/json"}};
        if (!idempotencyKey.isEmpty())
            headers.append({"Idempotency-Key", idempotencyKey});
        return httpRequest(m_nam, "POST", m_iocd->httpUrl(path), json(body), headers);
    }
    QString create(const QString& title, const QString& category, const QByteArray& key)
    {
        const auto r = post("/api/v1/incidents",
                            QJsonObject{{"title", title}, {"category", category}}, m_officer, key);
        if (r.status != 201)
            qWarning() << "create failed" << r.status << r.body;
        return r.json["ref"].toString();
    }
    HttpResult act(const QString& ref, const QString& action, const QByteArray& token,
                   const QString& comment = {}, const QJsonArray& skipped = {})
    {
        QJsonObject body{{"action", action}, {"comment", comment}};
        if (!skipped.isEmpty())
            body["skipped"] = skipped;
        return post("/api/v1/incidents/" + ref + "/transitions", body, token);
    }
    HttpResult tick(const QString& ref, const QString& step)
    {
        return post("/api/v1/incidents/" + ref + "/checklist/" + step, QJsonObject{{"done", true}},
                    m_officer);
    }
    QStringList refsOf(const HttpResult& r)
    {
        QStringList out;
        for (const auto& i : r.json["incidents"].toArray())
            out << i.toObject()["ref"].toString();
        return out;
    }
    QStringList searchRefs(const QString& q)
    {
        QUrlQuery query;
        query.addQueryItem("q", q);
        query.addQueryItem("page_size", "200");
        QUrl url = m_iocd->httpUrl("/api/v1/incidents");
        url.setQuery(query);
        return refsOf(httpRequest(m_nam, "GET", url));
    }
    QStringList overdueRefs()
    {
        return refsOf(get("/api/v1/incidents?overdue=true&page_size=200"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<IocdProcess> m_iocd;
    QNetworkAccessManager m_nam;
    QByteArray m_officer, m_supervisor, m_supervisor2, m_wall;
};

QTEST_GUILESS_MAIN(IocdIncidentsTest)
#include "IocdIncidentsTest.moc"
