// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslError>
#include <QString>

#include <optional>

namespace ioc::client {

// A signed-in user as iocd answered POST /login or GET /me.
struct Session
{
    QString username;
    QString role; // officer, supervisor, wall, admin
    QByteArray token;
    QDateTime expiresAt;
};

// Why talking to iocd on behalf of a user failed, sorted the way an operator needs to read it.
enum class AuthErrorKind {
    WrongCredentials, // unknown user or wrong password (the server does not say which)
    Locked,           // too many failed attempts: throttled or locked for a while
    Expired,          // the token is missing, expired or revoked (401 outside login)
    Forbidden,        // signed in, but the role may not do this (403), or the account is disabled
    Unreachable,      // no answer: refused, unknown host, timeout, connection dropped
    Tls,              // the server's certificate was refused (never ignored)
    Server,           // any other answer (5xx, malformed body)
};

struct AuthError
{
    AuthErrorKind kind = AuthErrorKind::Server;
    QString code;                         // the API's error code, when it sent one
    QString detail;                       // technical text for logs and the "details" line
    std::optional<int> retryAfterS;       // Locked: seconds until a new attempt is allowed
    QList<QSslError::SslError> tlsErrors; // Tls: what was wrong with the certificate
    int httpStatus = 0;
};

} // namespace ioc::client
