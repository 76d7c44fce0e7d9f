// SPDX-License-Identifier: GPL-3.0-or-later
// Login sessions, throttling and lockout, user administration and the tamper-evident audit log,
// against the real iocd binary (docs/security.md).
#include "ApiClient.h"
#include "IocdProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <memory>

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;

Headers bearer(const QByteArray& token)
{
    return {{"Authorization", "Bearer " + token}};
}

QByteArray credentials(const QString& user, const QString& password)
{
    return QJsonDocument(QJsonObject{{"username", user}, {"password", password}}).toJson();
}

QString code(const HttpResult& r)
{
    return r.json["error"].toObject()["code"].toString();
}

QByteArray header(const HttpResult& r, const QByteArray& name)
{
    for (const auto& [k, v] : r.headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}
} // namespace

class IocdAuthTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IocdProcess> start(const QStringList& args)
    {
        auto p = std::make_unique<IocdProcess>(m_dir->path(), args);
        if (!p->start())
            return nullptr;
        return p;
    }
    HttpResult login(IocdProcess& iocd, const QString& user, const QString& password)
    {
        return httpRequest(m_nam, "POST", iocd.httpUrl("/api/v1/login"),
                           credentials(user, password), {{"Authorization", {}}});
    }
    // Retries a failing login while it is throttled; returns the first answer that is not 429.
    // (QTRY_* evaluate their expression once more after success: no side effects allowed there.)
    void loginAfterThrottle(IocdProcess& iocd, const QString& user, const QString& password,
                            int& status)
    {
        status = 429;
        auto attempt = [&] {
            if (status == 429)
                status = login(iocd, user, password).status;
            return status != 429;
        };
        QTRY_VERIFY_WITH_TIMEOUT(attempt(), 15000);
    }
    // The documented end of a stream whose login or key ended (docs/security.md): a resync with
    // reason "session_ended", then a close with code 4401.
    void expectSessionEnded(StreamRecorder& s)
    {
        QTRY_COMPARE_WITH_TIMEOUT(s.socket.state(), QAbstractSocket::UnconnectedState, 10000);
        QVERIFY(!s.messages.isEmpty());
        QCOMPARE(s.messages.last()["type"].toString(), "resync");
        QCOMPARE(s.messages.last()["reason"].toString(), "session_ended");
        QCOMPARE(int(s.socket.closeCode()), 4401);
        QCOMPARE(s.socket.closeReason(), "session_ended");
    }
    // Still open and still receiving (the demo simulator changes series every second).
    void expectStillStreaming(StreamRecorder& s)
    {
        QCOMPARE(s.socket.state(), QAbstractSocket::ConnectedState);
        const auto before = s.messages.size();
        QTRY_VERIFY_WITH_TIMEOUT(s.messages.size() > before, 10000);
    }
    HttpResult me(IocdProcess& iocd, const QByteArray& token)
    {
        return httpRequest(m_nam, "GET", iocd.httpUrl("/api/v1/me"), {}, bearer(token));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        setDefaultBearer({});
    }

    void loginMeLogout()
    {
        auto iocd = start({"--demo"});
        QVERIFY(iocd);
        const auto r = login(*iocd, "officer", "demo");
        QCOMPARE(r.status, 200);
        const QByteArray token = r.json["token"].toString().toUtf8();
        QVERIFY(token.size() >= 43); // 32 random bytes, base64url
        QCOMPARE(r.json["role"].toString(), "officer");
        QVERIFY(r.json["display_name"].toString().startsWith("DEMO"));
        const auto expires =
            QDateTime::fromString(r.json["expires_at"].toString(), Qt::ISODateWithMs);
        const auto hours = QDateTime::currentDateTimeUtc().secsTo(expires) / 3600.0;
        QVERIFY2(hours > 12 && hours <= 12.5, qPrintable(QString::number(hours)));

        const auto who = me(*iocd, token);
        QCOMPARE(who.status, 200);
        QCOMPARE(who.json["username"].toString(), "officer");
        QCOMPARE(
            httpRequest(m_nam, "POST", iocd->httpUrl("/api/v1/logout"), {}, bearer(token)).status,
            200);
        const auto after = me(*iocd, token);
        QCOMPARE(after.status, 401);
        QCOMPARE(code(after), "invalid_token");
        QCOMPARE(code(me(*iocd, "not-a-token")), "invalid_token");

        QCOMPARE(code(login(*iocd, "officer", "wrong password")), "invalid_credentials");
        QCOMPARE(code(login(*iocd, "nobody", "demo")), "invalid_credentials");
        QCOMPARE(httpRequest(m_nam, "POST", iocd->httpUrl("/api/v1/login"), "[1]", {}).status, 400);
    }

    void tokenExpiresAfterTheConfiguredLifetime()
    {
        auto iocd = start({"--demo", "--session-lifetime", "1"});
        QVERIFY(iocd);
        const QByteArray token = iocd->login();
        QVERIFY(!token.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(code(me(*iocd, token)), QStringLiteral("token_expired"), 10000);
        QCOMPARE(me(*iocd, token).status, 401);
    }

    void openStreamEndsOnLogoutAndWhenTheUserIsDisabled()
    {
        auto iocd = start({"--demo"});
        QVERIFY(iocd);
        const QByteArray officer = iocd->login("officer", "demo");
        const QByteArray officer2 = iocd->login("officer2", "demo");
        const QByteArray supervisor = iocd->login("supervisor", "demo");
        const QByteArray admin = iocd->login("admin", "demo");
        QVERIFY(!officer.isEmpty() && !officer2.isEmpty() && !supervisor.isEmpty() &&
                !admin.isEmpty());
        StreamRecorder a(iocd->wsUrl("/api/v1/stream"), officer);
        StreamRecorder b(iocd->wsUrl("/api/v1/stream"), officer2);
        StreamRecorder other(iocd->wsUrl("/api/v1/stream"), supervisor);
        QVERIFY(a.waitConnected() && b.waitConnected() && other.waitConnected());

        QCOMPARE(
            httpRequest(m_nam, "POST", iocd->httpUrl("/api/v1/logout"), {}, bearer(officer)).status,
            200);
        expectSessionEnded(a);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(b.socket.state(), QAbstractSocket::ConnectedState);

        QCOMPARE(httpRequest(m_nam, "PATCH", iocd->httpUrl("/api/v1/users/officer2"),
                             "{\"disabled\":true}", bearer(admin))
                     .status,
                 200);
        expectSessionEnded(b);
        if (QTest::currentTestFailed())
            return;
        expectStillStreaming(other);
        // A token that has ended cannot open a new stream either.
        StreamRecorder again(iocd->wsUrl("/api/v1/stream"), officer);
        QTRY_COMPARE_WITH_TIMEOUT(again.socket.state(), QAbstractSocket::UnconnectedState, 10000);
        QCOMPARE(again.messages.size(), 0);
    }

    void openStreamEndsWhenItsTokenExpires()
    {
        auto iocd = start({"--demo", "--session-lifetime", "3"});
        QVERIFY(iocd);
        const QByteArray token = iocd->login();
        QVERIFY(!token.isEmpty());
        StreamRecorder s(iocd->wsUrl("/api/v1/stream"), token);
        QVERIFY(s.waitConnected());
        expectSessionEnded(s);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(code(me(*iocd, token)), "token_expired");
        // A fresh login streams on.
        StreamRecorder fresh(iocd->wsUrl("/api/v1/stream"), iocd->login());
        QVERIFY(fresh.waitConnected());
        expectStillStreaming(fresh);
    }

    void agencyKeyStreamEndsWhenTheKeyIsRevokedOffline()
    {
        QByteArray out;
        QCOMPARE(IocdProcess::runCli({"apikey", "create", "--data-dir", m_dir->path(), "--kind",
                                      "agency", "--series", "air.le_chan.pm25"},
                                     &out),
                 0);
        static const QRegularExpression keyRe(QStringLiteral("shown once\\): (\\S+)"));
        const QByteArray key = keyRe.match(QString::fromUtf8(out)).captured(1).toUtf8();
        QVERIFY(!key.isEmpty());
        auto iocd = start({"--demo"});
        QVERIFY(iocd);
        StreamRecorder agency(iocd->wsUrl("/api/v1/stream"), QByteArray(), key);
        StreamRecorder person(iocd->wsUrl("/api/v1/stream"), iocd->login());
        QVERIFY(agency.waitConnected() && person.waitConnected());
        QCOMPARE(IocdProcess::runCli({"apikey", "revoke", "1", "--data-dir", m_dir->path()}), 0);
        expectSessionEnded(agency);
        if (QTest::currentTestFailed())
            return;
        expectStillStreaming(person);
    }

    void failedLoginsAreThrottledThenLockTheAccountAcrossRestarts()
    {
        auto iocd = start({"--demo", "--login-lockout", "3,100,900"});
        QVERIFY(iocd);
        QCOMPARE(login(*iocd, "officer", "wrong-1").status, 401);
        QCOMPARE(login(*iocd, "officer", "wrong-2").status, 401);
        const auto throttled = login(*iocd, "officer", "wrong-3");
        QCOMPARE(throttled.status, 429);
        QCOMPARE(code(throttled), "login_throttled");
        QVERIFY(header(throttled, "Retry-After").toInt() >= 1);
        // Once the pause is over the third failure is counted, and it locks the account.
        int status = 0;
        loginAfterThrottle(*iocd, "officer", "wrong-3", status);
        QCOMPARE(status, 401);
        const auto locked = login(*iocd, "officer", "demo"); // even the right password
        QCOMPARE(locked.status, 429);
        QCOMPARE(code(locked), "account_locked");
        QVERIFY(header(locked, "Retry-After").toInt() > 800);
        QCOMPARE(login(*iocd, "officer2", "demo").status, 200); // per account

        const QByteArray supervisor = iocd->login("supervisor", "demo");
        const auto audit =
            httpRequest(m_nam, "GET", iocd->httpUrl("/api/v1/audit?action=login.locked"), {},
                        bearer(supervisor));
        QCOMPARE(audit.status, 200);
        QCOMPARE(audit.json["entries"].toArray().size(), 1);
        QCOMPARE(audit.json["entries"].toArray()[0].toObject()["target"].toString(),
                 "user:officer");

        QCOMPARE(iocd->terminate(), 0);
        iocd = start({"--demo", "--login-lockout", "3,100,900"});
        QVERIFY(iocd);
        QCOMPARE(code(login(*iocd, "officer", "demo")), "account_locked");
    }

    void failedLoginsFromOneAddressLockThatAddress()
    {
        auto iocd = start({"--demo", "--login-lockout", "100,4,900"});
        QVERIFY(iocd);
        QCOMPARE(login(*iocd, "guess1", "x").status, 401);
        QCOMPARE(login(*iocd, "guess2", "x").status, 401);
        int status = 0;
        loginAfterThrottle(*iocd, "guess3", "x", status);
        QCOMPARE(status, 401);
        loginAfterThrottle(*iocd, "guess4", "x", status);
        QCOMPARE(status, 401);
        const auto locked = login(*iocd, "officer", "demo");
        QCOMPARE(locked.status, 429);
        QCOMPARE(code(locked), "address_locked");
    }

    void adminManagesUsersAndADisabledUsersTokenStopsWorking()
    {
        auto iocd = start({"--demo"});
        QVERIFY(iocd);
        const QByteArray admin = iocd->login("admin", "demo");
        const QByteArray officer = iocd->login("officer", "demo");
        auto create = [&](const QJsonObject& body, const QByteArray& token) {
            return httpRequest(m_nam, "POST", iocd->httpUrl("/api/v1/users"),
                               QJsonDocument(body).toJson(), bearer(token));
        };
        const QJsonObject duty{{"username", "duty.nguyen"},
                               {"display_name", "Nguyễn Văn Trực"},
                               {"role", "officer"},
                               {"password", "Song-Cam-Lach-Tray-58"}};
        QCOMPARE(create(duty, officer).status, 403);
        auto weak = duty;
        weak["password"] = "demo";
        QCOMPARE(code(create(weak, admin)), "weak_password");
        auto badRole = duty;
        badRole["role"] = "mayor";
        QCOMPARE(code(create(badRole, admin)), "bad_role");
        const auto created = create(duty, admin);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json["role"].toString(), "officer");
        QCOMPARE(code(create(duty, admin)), "user_exists");

        const auto list =
            httpRequest(m_nam, "GET", iocd->httpUrl("/api/v1/users"), {}, bearer(admin));
        QCOMPARE(list.status, 200);
        bool listed = false;
        for (const auto& u : list.json["users"].toArray())
            listed = listed || u.toObject()["username"].toString() == "duty.nguyen";
        QVERIFY(listed);

        const QByteArray token = iocd->login("duty.nguyen", "Song-Cam-Lach-Tray-58");
        QVERIFY(!token.isEmpty());
        QCOMPARE(
            httpRequest(m_nam, "GET", iocd->httpUrl("/api/v1/series"), {}, bearer(token)).status,
            200);

        const auto disabled =
            httpRequest(m_nam, "PATCH", iocd->httpUrl("/api/v1/users/duty.nguyen"),
                        "{\"disabled\":true}", bearer(admin));
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json["disabled"].toBool(), true);
        QCOMPARE(me(*iocd, token).status, 401);
        QCOMPARE(code(login(*iocd, "duty.nguyen", "Song-Cam-Lach-Tray-58")), "invalid_credentials");

        QCOMPARE(httpRequest(m_nam, "PATCH", iocd->httpUrl("/api/v1/users/duty.nguyen"),
                             "{\"disabled\":false}", bearer(admin))
                     .status,
                 200);
        const auto reset =
            httpRequest(m_nam, "POST", iocd->httpUrl("/api/v1/users/duty.nguyen/password"),
                        "{\"password\":\"Cau-Rao-Kien-An-2026\"}", bearer(admin));
        QCOMPARE(reset.status, 200);
        QCOMPARE(login(*iocd, "duty.nguyen", "Cau-Rao-Kien-An-2026").status, 200);
        QCOMPARE(code(httpRequest(m_nam, "PATCH", iocd->httpUrl("/api/v1/users/admin"),
                                  "{\"disabled\":true}", bearer(admin))),
                 "self_lockout");
        QCOMPARE(httpRequest(m_nam, "PATCH", iocd->httpUrl("/api/v1/users/nobody"),
                             "{\"disabled\":true}", bearer(admin))
                     .status,
                 404);
    }

    void sourceKeysFromTheCliAreScopedAndRevocableWhileRunning()
    {
        QByteArray out;
        QCOMPARE(IocdProcess::runCli({"apikey", "create", "--data-dir", m_dir->path(), "--kind",
                                      "source", "--source", "dept.thong_ke"},
                                     &out),
                 0);
        static const QRegularExpression keyRe(QStringLiteral("shown once\\): (\\S+)"));
        const QByteArray key = keyRe.match(QString::fromUtf8(out)).captured(1).toUtf8();
        QVERIFY(!key.isEmpty());
        auto iocd = start({"--demo"});
        QVERIFY(iocd);
        const auto observed = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        auto push = [&](const QString& source, const QString& series) {
            const QJsonObject body{
                {"source", source},
                {"points", QJsonArray{QJsonObject{
                               {"series", series}, {"observed_at", observed}, {"value", 1.5}}}}};
            return httpRequest(m_nam, "POST", iocd->httpUrl("/api/v1/ingest"),
                               QJsonDocument(body).toJson(), {{"X-Api-Key", key}});
        };
        QCOMPARE(push("dept.thong_ke", "socio.iip_yoy").status, 200);
        const auto other = push("sensor.air_quality", "air.le_chan.pm25");
        QCOMPARE(other.status, 403);
        QCOMPARE(code(other), "forbidden_source");
        // A source key reads nothing.
        QCOMPARE(
            httpRequest(m_nam, "GET", iocd->httpUrl("/api/v1/series"), {}, {{"X-Api-Key", key}})
                .status,
            403);

        // Revoked offline while iocd runs: refused within the refresh interval.
        QCOMPARE(IocdProcess::runCli({"apikey", "revoke", "1", "--data-dir", m_dir->path()}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(push("dept.thong_ke", "socio.iip_yoy").status, 401, 10000);
        QCOMPARE(code(push("dept.thong_ke", "socio.iip_yoy")), "bad_api_key");
    }

    void editedAuditRowIsFoundByTheEndpointAndTheCli()
    {
        auto iocd = start({"--demo"});
        QVERIFY(iocd);
        QVERIFY(!iocd->login("officer", "demo").isEmpty());
        QCOMPARE(login(*iocd, "officer", "wrong").status, 401);
        const QByteArray supervisor = iocd->login("supervisor", "demo");
        const auto ok = httpRequest(m_nam, "GET", iocd->httpUrl("/api/v1/audit?verify=true"), {},
                                    bearer(supervisor));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json["verification"].toObject()["ok"].toBool(), true);
        QVERIFY(ok.json["entries"].toArray().size() >= 9); // 6 demo accounts, 3 logins
        const auto failed = httpRequest(
            m_nam, "GET", iocd->httpUrl("/api/v1/audit?action=login.failed&actor=officer"), {},
            bearer(supervisor));
        QCOMPARE(failed.json["entries"].toArray().size(), 1);
        QCOMPARE(failed.json["entries"]
                     .toArray()[0]
                     .toObject()["details"]
                     .toObject()["reason"]
                     .toString(),
                 "bad_password");
        QCOMPARE(iocd->terminate(), 0);

        // Someone with access to the file rewrites history: entry 8 (the officer's login).
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open((m_dir->path() + "/iocd.sqlite").toUtf8().constData(), &db),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE audit_log SET actor = 'nobody' WHERE id = 8", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);

        QByteArray out;
        QCOMPARE(IocdProcess::runCli({"audit", "verify", "--data-dir", m_dir->path()}, &out), 3);
        QVERIFY2(out.contains("entry 8"), out.constData());

        iocd = start({"--demo"});
        QVERIFY(iocd);
        const QByteArray admin = iocd->login("admin", "demo");
        const auto broken = httpRequest(
            m_nam, "GET", iocd->httpUrl("/api/v1/audit?verify=true&limit=5"), {}, bearer(admin));
        QCOMPARE(broken.status, 200);
        const auto v = broken.json["verification"].toObject();
        QCOMPARE(v["ok"].toBool(), false);
        QCOMPARE(v["first_broken_id"].toInteger(), 8);
        QCOMPARE(broken.json["entries"].toArray().size(), 5);
        QCOMPARE(
            httpRequest(m_nam, "GET", iocd->httpUrl("/api/v1/audit?limit=0"), {}, bearer(admin))
                .status,
            400);
    }

    void firstStartCreatesAnAdminWhosePasswordIsShownOnce()
    {
        QProcess p;
        p.start(qEnvironmentVariable("IOCD_BINARY"),
                {"--listen", "127.0.0.1:0", "--data-dir", m_dir->path()});
        QVERIFY(p.waitForStarted());
        static const QRegularExpression re(QStringLiteral(
            "password \\(shown once\\): (\\S+)\\s+iocd listening on [^\\s]+:(\\d+)"));
        QByteArray out;
        QRegularExpressionMatch m;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += p.readAllStandardOutput(), m = re.match(QString::fromUtf8(out)), m.hasMatch()),
            15000);
        const QString password = m.captured(1);
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/login").arg(m.captured(2)));
        QCOMPARE(httpRequest(m_nam, "POST", url, credentials("admin", password)).status, 200);
        QCOMPARE(httpRequest(m_nam, "POST", url, credentials("officer", "demo")).status, 401);
        p.terminate();
        QVERIFY(p.waitForFinished(15000));

        // Second start: nothing new is created or shown.
        p.start(qEnvironmentVariable("IOCD_BINARY"),
                {"--listen", "127.0.0.1:0", "--data-dir", m_dir->path()});
        QVERIFY(p.waitForStarted());
        out.clear();
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput(), out.contains("listening")),
                                 15000);
        QVERIFY(!out.contains("shown once"));
        p.terminate();
        QVERIFY(p.waitForFinished(15000));
    }

    void demoAccountsDoNotWorkOutsideDemo()
    {
        auto iocd = start({"--demo"});
        QVERIFY(iocd);
        const QByteArray token = iocd->login("officer", "demo");
        QVERIFY(!token.isEmpty());
        QCOMPARE(iocd->terminate(), 0);
        iocd = start({});
        QVERIFY(iocd);
        QCOMPARE(me(*iocd, token).status, 401);
        QCOMPARE(code(login(*iocd, "officer", "demo")), "invalid_credentials");
        // The first admin replaced the demo one.
        QVERIFY(!iocd->login().isEmpty());
        QCOMPARE(code(login(*iocd, "admin", "demo")), "invalid_credentials");
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(IocdAuthTest)
#include "IocdAuthTest.moc"
