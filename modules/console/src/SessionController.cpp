// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionController.h"

#include "Logging.h"
#include "ioc/client/AuthClient.h"
#include "ioc/client/BackendClient.h"

#include <algorithm>

namespace ioc::console {

namespace {

using client::AuthErrorKind;

constexpr qint64 kLongestTimerMs = 3'600'000;    // re-check at least hourly (clock changes)
constexpr qint64 kRecheckUnreachableMs = 30'000; // /me did not answer: ask again soon

SessionController::CertificateProblem problemOf(const QList<QSslError::SslError>& errors)
{
    using P = SessionController::CertificateProblem;
    for (QSslError::SslError e : errors) {
        switch (e) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::InvalidCaCertificate:
            return P::Untrusted;
        case QSslError::HostNameMismatch:
            return P::WrongHost;
        case QSslError::CertificateExpired:
            return P::Expired;
        case QSslError::CertificateNotYetValid:
            return P::NotYetValid;
        case QSslError::CertificateRevoked:
            return P::Revoked;
        default:
            break;
        }
    }
    return P::Other;
}

} // namespace

SessionController::SessionController(client::AuthClient *auth, client::BackendClient *backend,
                                     QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_backend(backend)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_expiryTimer.setSingleShot(true);
    connect(auth, &client::AuthClient::loggedIn, this, &SessionController::onLoggedIn);
    connect(auth, &client::AuthClient::loginFailed, this, &SessionController::onLoginFailed);
    connect(auth, &client::AuthClient::meReceived, this, [this](const client::Session& s) {
        if (!loggedIn() || s.token != m_session.token)
            return;
        m_session.expiresAt = s.expiresAt;
        emit sessionChanged();
        scheduleExpiryCheck();
    });
    connect(auth, &client::AuthClient::meFailed, this, [this](const client::AuthError& e) {
        if (!loggedIn())
            return;
        if (e.kind == AuthErrorKind::Expired)
            setExpired(true);
        else
            m_expiryTimer.start(static_cast<int>(kRecheckUnreachableMs));
    });
    connect(backend, &client::BackendClient::sessionExpired, this, [this] {
        if (loggedIn())
            setExpired(true);
    });
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        if (loggedIn() && !m_expired)
            m_auth->fetchMe(m_session.token);
    });
}

QString SessionController::suggestedUsername() const
{
    return m_suggested;
}

QString SessionController::serverName() const
{
    const QUrl url = m_auth->baseUrl();
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

void SessionController::login(const QString& username, const QString& password)
{
    if (m_busy)
        return;
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        setError(LoginError::MissingInput);
        return;
    }
    setError(LoginError::None);
    setBusy(true);
    m_auth->login(username.trimmed(), password);
}

void SessionController::onLoggedIn(const client::Session& session)
{
    setBusy(false);
    const bool resuming = m_expired;
    m_session = session;
    m_access = accessForRole(session.role);
    setError(LoginError::None);
    qCInfo(lcConsole).noquote() << (resuming ? "signed back in as" : "signed in as")
                                << session.username << "role" << session.role;
    emit sessionChanged();
    if (resuming) {
        setExpired(false);
        m_backend->resume(session.token);
    } else {
        m_backend->setToken(session.token);
        if (!m_backendStarted) {
            m_backendStarted = true;
            m_backend->start();
        }
    }
    scheduleExpiryCheck();
    emit loginSucceeded();
}

void SessionController::onLoginFailed(const client::AuthError& error)
{
    setBusy(false);
    switch (error.kind) {
    case AuthErrorKind::WrongCredentials:
        setError(LoginError::WrongCredentials, &error);
        return;
    case AuthErrorKind::Locked:
        setError(LoginError::Locked, &error);
        return;
    case AuthErrorKind::Unreachable:
        setError(LoginError::Unreachable, &error);
        return;
    case AuthErrorKind::Tls:
        setError(LoginError::Certificate, &error);
        return;
    case AuthErrorKind::Forbidden:
        setError(LoginError::NotAllowed, &error);
        return;
    case AuthErrorKind::Expired:
    case AuthErrorKind::Server:
        break;
    }
    setError(LoginError::Server, &error);
}

void SessionController::logout()
{
    if (!loggedIn())
        return;
    const QByteArray token = m_session.token;
    m_expiryTimer.stop();
    m_backend->stop();
    m_backend->setToken({});
    m_backendStarted = false;
    m_session = {};
    m_access = {};
    setExpired(false);
    setError(LoginError::None);
    emit sessionChanged();
    m_auth->logout(token);
}

void SessionController::clearError()
{
    setError(LoginError::None);
}

void SessionController::reportUnauthorized()
{
    if (loggedIn())
        setExpired(true);
}

void SessionController::setError(LoginError error, const client::AuthError *details)
{
    m_error = error;
    m_retryMinutes = -1;
    m_certificate = CertificateProblem::None;
    m_errorDetail.clear();
    if (details) {
        m_errorDetail = details->detail;
        if (details->retryAfterS)
            m_retryMinutes = std::max(1, (*details->retryAfterS + 59) / 60);
        if (error == LoginError::Certificate)
            m_certificate = problemOf(details->tlsErrors);
    }
    emit errorChanged();
}

void SessionController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void SessionController::setExpired(bool expired)
{
    if (m_expired == expired)
        return;
    m_expired = expired;
    if (expired) {
        m_expiryTimer.stop();
        qCInfo(lcConsole) << "session expired; waiting for the user to sign back in";
    }
    emit expiredChanged();
}

void SessionController::scheduleExpiryCheck()
{
    if (!m_session.expiresAt.isValid()) {
        m_expiryTimer.stop();
        return;
    }
    // Ask /me just after the expiry time: the server has the last word (it may have extended
    // the session, or the clocks may differ).
    const qint64 ms =
        std::clamp(m_now().msecsTo(m_session.expiresAt) + 1000, qint64{1000}, kLongestTimerMs);
    m_expiryTimer.start(static_cast<int>(ms));
}

} // namespace ioc::console
