// SPDX-License-Identifier: GPL-3.0-or-later
// The console's sign-in path against the real iocd: AuthClient (login, me, logout, wrong
// password, lockout, unreachable), the bearer token on BackendClient's requests and stream, and
// SessionController's expiry -> sign back in -> the stream carries on.
#include "AuditController.h"
#include "IocdProcess.h"
#include "SessionController.h"
#include "ioc/client/AuditClient.h"
#include "ioc/client/AuthClient.h"
#include "ioc/client/BackendClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using ioc::client::AuthClient;
using ioc::client::AuthError;
using ioc::client::AuthErrorKind;
using ioc::client::BackendClient;
using ioc::client::ConnectionState;
using ioc::client::Session;
using ioc::console::SessionController;

namespace {

// A loopback port nothing listens on.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QUrl base(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

} // namespace

class tst_AuthIocd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<IocdProcess> m_iocd;

    // Signs in and returns the session (fails the test otherwise).
    Session login(const QString& user, const QString& password = QStringLiteral("demo"))
    {
        AuthClient auth({.baseUrl = base(m_iocd->port())});
        QSignalSpy ok(&auth, &AuthClient::loggedIn);
        QSignalSpy failed(&auth, &AuthClient::loginFailed);
        auth.login(user, password);
        if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 15'000) ||
            ok.isEmpty())
            return {};
        return ok.first().first().value<Session>();
    }

    AuthError loginError(AuthClient& auth, const QString& user, const QString& password)
    {
        QSignalSpy ok(&auth, &AuthClient::loggedIn);
        QSignalSpy failed(&auth, &AuthClient::loginFailed);
        auth.login(user, password);
        if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 15'000))
            qWarning("no answer to the login");
        return failed.isEmpty() ? AuthError{} : failed.first().first().value<AuthError>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_iocd = std::make_unique<IocdProcess>(m_dir.filePath(QStringLiteral("main")),
                                               QStringList{QStringLiteral("--demo"),
                                                           QStringLiteral("--login-lockout"),
                                                           QStringLiteral("3,50,60")});
        QVERIFY(m_iocd->start());
    }

    void loginMeLogout()
    {
        AuthClient auth({.baseUrl = base(m_iocd->port())});
        QSignalSpy loggedIn(&auth, &AuthClient::loggedIn);
        auth.login(QStringLiteral("officer"), QStringLiteral("demo"));
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 15'000);
        const auto session = loggedIn.first().first().value<Session>();
        QCOMPARE(session.username, QStringLiteral("officer"));
        QCOMPARE(session.role, QStringLiteral("officer"));
        QVERIFY2(session.token.size() >= 43, "a token of at least 256 bits");
        QVERIFY(session.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3600));

        QSignalSpy me(&auth, &AuthClient::meReceived);
        auth.fetchMe(session.token);
        QTRY_COMPARE(me.count(), 1);
        QCOMPARE(me.first().first().value<Session>().username, QStringLiteral("officer"));

        QSignalSpy out(&auth, &AuthClient::loggedOut);
        auth.logout(session.token);
        QTRY_COMPARE(out.count(), 1);
        QSignalSpy meFailed(&auth, &AuthClient::meFailed);
        auth.fetchMe(session.token);
        QTRY_COMPARE(meFailed.count(), 1);
        QCOMPARE(meFailed.first().first().value<AuthError>().kind, AuthErrorKind::Expired);
    }

    void wrongPasswordThenLocked()
    {
        AuthClient auth({.baseUrl = base(m_iocd->port())});
        const AuthError wrong =
            loginError(auth, QStringLiteral("officer2"), QStringLiteral("nope"));
        QCOMPARE(wrong.kind, AuthErrorKind::WrongCredentials);
        QCOMPARE(wrong.httpStatus, 401);
        // The account locks after 3 failures (--login-lockout 3,…): within a few more attempts
        // the server must answer "locked" with the time to wait.
        AuthError last;
        for (int i = 0; i < 5 && last.kind != AuthErrorKind::Locked; ++i)
            last = loginError(auth, QStringLiteral("officer2"), QStringLiteral("nope"));
        QCOMPARE(last.kind, AuthErrorKind::Locked);
        QVERIFY(last.retryAfterS.has_value());
        QVERIFY2(*last.retryAfterS > 0 && *last.retryAfterS <= 60, qPrintable(last.detail));
        // Even the right password is refused while locked.
        QCOMPARE(loginError(auth, QStringLiteral("officer2"), QStringLiteral("demo")).kind,
                 AuthErrorKind::Locked);
    }

    void sessionSaysLockedForMinutes()
    {
        // officer2 was locked by the previous test (60 s): the operator reads "1 minute".
        AuthClient auth({.baseUrl = base(m_iocd->port())});
        BackendClient backend({.baseUrl = base(m_iocd->port())});
        SessionController session(&auth, &backend);
        session.login(QStringLiteral("officer2"), QStringLiteral("demo"));
        QTRY_COMPARE_WITH_TIMEOUT(session.error(), SessionController::LoginError::Locked, 15'000);
        QCOMPARE(session.retryMinutes(), 1);
        QVERIFY(!session.loggedIn() && !session.busy());
        session.login(QString(), QStringLiteral("x"));
        QCOMPARE(session.error(), SessionController::LoginError::MissingInput);
    }

    void logoutRevokesTheTokenAndStopsTheStream()
    {
        AuthClient auth({.baseUrl = base(m_iocd->port())});
        BackendClient backend({.baseUrl = base(m_iocd->port()), .initialBackoff = 20ms});
        SessionController session(&auth, &backend);
        session.login(QStringLiteral("supervisor"), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(session.loggedIn(), 15'000);
        QVERIFY(session.canSeeAudit() && session.canApprove() && !session.canManageUsers());
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), ConnectionState::Connected, 15'000);
        const QByteArray token = session.token();

        QSignalSpy out(&auth, &AuthClient::loggedOut);
        session.logout();
        QVERIFY(!session.loggedIn());
        QVERIFY(session.username().isEmpty());
        QVERIFY(!session.canSeeAudit());
        QTRY_COMPARE(out.count(), 1);
        QSignalSpy meFailed(&auth, &AuthClient::meFailed);
        auth.fetchMe(token);
        QTRY_COMPARE(meFailed.count(), 1);
        QCOMPARE(meFailed.first().first().value<AuthError>().kind, AuthErrorKind::Expired);
        const int attempts = backend.attemptCount();
        QTest::qWait(500); // observation window: a stopped client makes no attempt
        QCOMPARE(backend.attemptCount(), attempts);

        // Someone else signs in on the same console: the client starts again with their token.
        session.login(QStringLiteral("officer"), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(session.loggedIn(), 15'000);
        QCOMPARE(session.username(), QStringLiteral("officer"));
        QVERIFY(!session.canSeeAudit());
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), ConnectionState::Connected, 15'000);
    }

    void signOutWhileExpiredThenSignIn()
    {
        AuthClient auth({.baseUrl = base(m_iocd->port())});
        BackendClient backend({.baseUrl = base(m_iocd->port()), .initialBackoff = 20ms});
        SessionController session(&auth, &backend);
        // A client whose token the server refuses: it waits, expired.
        backend.setToken("not-a-token");
        backend.start();
        QTRY_VERIFY_WITH_TIMEOUT(backend.isSessionExpired(), 10'000);
        backend.stop();
        session.login(QStringLiteral("officer"), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(session.loggedIn(), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), ConnectionState::Connected, 15'000);
    }

    void unreachableServer()
    {
        AuthClient auth({.baseUrl = base(closedPort())});
        QCOMPARE(loginError(auth, QStringLiteral("officer"), QStringLiteral("demo")).kind,
                 AuthErrorKind::Unreachable);
    }

    void backendWithoutTokenStopsAtOnce()
    {
        BackendClient client({.baseUrl = base(m_iocd->port()), .initialBackoff = 20ms});
        QSignalSpy expired(&client, &BackendClient::sessionExpired);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, 10'000);
        QVERIFY(client.isSessionExpired());
        QCOMPARE(client.snapshotCount(), 0);
        // An observation window, not a synchronisation: with a 20 ms backoff a reconnect loop
        // would have made dozens of attempts by now.
        QTest::qWait(1000);
        QCOMPARE(client.attemptCount(), 1);
        QCOMPARE(expired.count(), 1);
    }

    void backendWithTokenFollowsTheStream()
    {
        const Session s = login(QStringLiteral("officer"));
        QVERIFY(!s.token.isEmpty());
        BackendClient client({.baseUrl = base(m_iocd->port()), .initialBackoff = 20ms});
        client.setToken(s.token);
        QSignalSpy updates(&client, &BackendClient::seriesUpdated);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), ConnectionState::Connected, 15'000);
        QCOMPARE(client.snapshotCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(updates.count() >= 2, 30'000);
        QVERIFY(!client.isSessionExpired());
    }

    void auditForSupervisorsOnly()
    {
        const Session officer = login(QStringLiteral("officer"));
        const Session supervisor = login(QStringLiteral("supervisor"));
        QVERIFY(!officer.token.isEmpty() && !supervisor.token.isEmpty());
        ioc::client::AuditClient audit(base(m_iocd->port()),
                                       QSslConfiguration::defaultConfiguration());
        QSignalSpy received(&audit, &ioc::client::AuditClient::received);
        QSignalSpy failed(&audit, &ioc::client::AuditClient::failed);

        audit.fetch({}, officer.token);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<AuthError>().kind, AuthErrorKind::Forbidden);

        audit.fetch({.actor = QStringLiteral("officer2")}, supervisor.token);
        QTRY_COMPARE(received.count(), 1);
        const auto page = received.first().first().value<ioc::client::AuditPage>();
        QVERIFY(!page.entries.empty());
        for (const auto& e : page.entries)
            QCOMPARE(e.actor, QStringLiteral("officer2"));
        QVERIFY(page.verification.has_value());
        QVERIFY(page.verification->intact);
        QVERIFY(page.verification->checked > 0);
    }

    // The token expires while the console runs (--session-lifetime 3): the session turns
    // expired, the stream is refused after a reconnect, and signing back in carries on.
    void expiryThenSignBackInResumes()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("expiry"));
        auto iocd = std::make_unique<IocdProcess>(
            dataDir, QStringList{QStringLiteral("--demo"), QStringLiteral("--session-lifetime"),
                                 QStringLiteral("3")});
        QVERIFY(iocd->start());
        const quint16 port = iocd->port();

        AuthClient auth({.baseUrl = base(port)});
        BackendClient backend({.baseUrl = base(port), .initialBackoff = 50ms, .maxBackoff = 500ms});
        SessionController session(&auth, &backend);
        QList<qint64> seqs;
        connect(&backend, &BackendClient::seriesUpdated, this,
                [&](const auto&, qint64 seq) { seqs << seq; });

        session.login(QStringLiteral("officer"), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(session.loggedIn(), 15'000);
        QCOMPARE(session.role(), QStringLiteral("officer"));
        QVERIFY(session.canUseWorkstation() && !session.canSeeAudit());
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), ConnectionState::Connected, 15'000);

        // At its expiry time the controller asks /me, which answers 401.
        QSignalSpy expiredChanged(&session, &SessionController::expiredChanged);
        QTRY_VERIFY_WITH_TIMEOUT(session.expired(), 15'000);
        QVERIFY(session.loggedIn()); // the views stay

        // The backend goes away and comes back: the stream upgrade with the dead token is
        // refused (401) and the client waits instead of looping.
        iocd->kill();
        auto again = std::make_unique<IocdProcess>(
            dataDir, QStringList{QStringLiteral("--demo"), QStringLiteral("--session-lifetime"),
                                 QStringLiteral("3"), QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(again->start());
        QTRY_VERIFY_WITH_TIMEOUT(backend.isSessionExpired(), 20'000);
        const int attempts = backend.attemptCount();
        QTest::qWait(1000); // observation window: no reconnect loop while expired
        QCOMPARE(backend.attemptCount(), attempts);

        // Signing back in (a fresh 3 s session) resumes the stream.
        const int before = seqs.size();
        session.login(QStringLiteral("officer"), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(!session.expired(), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), ConnectionState::Connected, 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(seqs.size() > before, 30'000);
        // Values of one series_batch share its seq, so equal neighbours are fine; going back is not.
        for (int i = 1; i < seqs.size(); ++i)
            QVERIFY2(seqs[i] >= seqs[i - 1], "seq must never go back across the re-login");
        QVERIFY(expiredChanged.count() >= 2);
    }

    void cleanupTestCase() { m_iocd.reset(); }
};

QTEST_GUILESS_MAIN(tst_AuthIocd)
#include "tst_AuthIocd.moc"
