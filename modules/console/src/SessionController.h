// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoleAccess.h"
#include "ioc/client/AuthTypes.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace ioc::client {
class AuthClient;
class BackendClient;
} // namespace ioc::client

namespace ioc::console {

// Who is signed in. Logs in through AuthClient, hands the token to the BackendClient and starts
// it; when the server stops accepting the token (or its expiry time is reached and /me agrees)
// the session turns `expired` while everything on screen stays as it is: the views show a login
// sheet over themselves, and a re-login resumes the stream from where it stopped. Error
// messages are worded in QML (they follow the UI language); this class gives their kind.
class SessionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application and passed to the window")
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY sessionChanged)
    Q_PROPERTY(bool expired READ expired NOTIFY expiredChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString username READ username NOTIFY sessionChanged)
    Q_PROPERTY(QString role READ role NOTIFY sessionChanged)
    Q_PROPERTY(QDateTime expiresAt READ expiresAt NOTIFY sessionChanged)
    Q_PROPERTY(QString suggestedUsername READ suggestedUsername CONSTANT)
    Q_PROPERTY(QString serverName READ serverName CONSTANT)
    Q_PROPERTY(bool canUseWorkstation READ canUseWorkstation NOTIFY sessionChanged)
    Q_PROPERTY(bool canSeeAudit READ canSeeAudit NOTIFY sessionChanged)
    Q_PROPERTY(bool canApprove READ canApprove NOTIFY sessionChanged)
    Q_PROPERTY(bool canManageUsers READ canManageUsers NOTIFY sessionChanged)
    Q_PROPERTY(bool displayOnly READ displayOnly NOTIFY sessionChanged)
    Q_PROPERTY(LoginError error READ error NOTIFY errorChanged)
    Q_PROPERTY(int retryMinutes READ retryMinutes NOTIFY errorChanged)
    Q_PROPERTY(CertificateProblem certificateProblem READ certificateProblem NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)

public:
    enum class LoginError {
        None,
        MissingInput,     // username or password empty
        WrongCredentials, // unknown user or wrong password
        Locked,           // too many attempts; see retryMinutes
        Unreachable,      // the server did not answer
        Certificate,      // the server's certificate was refused; see certificateProblem
        NotAllowed,       // the account may not sign in (disabled, or 403)
        Server,           // anything else; see errorDetail
    };
    Q_ENUM(LoginError)

    enum class CertificateProblem {
        None,
        Untrusted,
        WrongHost,
        Expired,
        NotYetValid,
        Revoked,
        Other
    };
    Q_ENUM(CertificateProblem)

    SessionController(client::AuthClient *auth, client::BackendClient *backend,
                      QObject *parent = nullptr);

    // For tests: the wall clock used to schedule the expiry check.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    // The username shown in the login form before anyone typed (e.g. from --user).
    void setSuggestedUsername(const QString& username) { m_suggested = username; }

    bool loggedIn() const { return !m_session.token.isEmpty(); }
    bool expired() const { return m_expired; }
    bool busy() const { return m_busy; }
    QString username() const { return m_session.username; }
    QString role() const { return m_session.role; }
    QDateTime expiresAt() const { return m_session.expiresAt; }
    QByteArray token() const { return m_session.token; }
    QString suggestedUsername() const;
    QString serverName() const;
    bool canUseWorkstation() const { return m_access.workstation; }
    bool canSeeAudit() const { return m_access.audit; }
    bool canApprove() const { return m_access.approvals; }
    bool canManageUsers() const { return m_access.userAdmin; }
    bool displayOnly() const { return m_access.displayOnly; }
    LoginError error() const { return m_error; }
    int retryMinutes() const { return m_retryMinutes; }
    CertificateProblem certificateProblem() const { return m_certificate; }
    QString errorDetail() const { return m_errorDetail; }

    // Signs in (or, while expired, signs the same session back in). The password is passed on
    // to the server and not kept.
    Q_INVOKABLE void login(const QString& username, const QString& password);
    Q_INVOKABLE void logout();
    Q_INVOKABLE void clearError();
    // Another client got a 401 with our token: the session is over.
    void reportUnauthorized();

signals:
    void sessionChanged();
    void expiredChanged();
    void busyChanged();
    void errorChanged();
    void loginSucceeded();

private:
    void onLoggedIn(const client::Session& session);
    void onLoginFailed(const client::AuthError& error);
    void setError(LoginError error, const client::AuthError *details = nullptr);
    void setBusy(bool busy);
    void setExpired(bool expired);
    void scheduleExpiryCheck();

    client::AuthClient *m_auth;
    client::BackendClient *m_backend;
    client::Session m_session;
    RoleAccess m_access;
    bool m_expired = false;
    bool m_busy = false;
    bool m_backendStarted = false;
    LoginError m_error = LoginError::None;
    int m_retryMinutes = -1;
    CertificateProblem m_certificate = CertificateProblem::None;
    QString m_errorDetail;
    QString m_suggested;
    QTimer m_expiryTimer;
    std::function<QDateTime()> m_now;
};

} // namespace ioc::console
