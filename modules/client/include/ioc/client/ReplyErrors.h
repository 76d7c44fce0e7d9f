// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/client/AuthTypes.h"

#include <QByteArray>
#include <QList>
#include <QSslError>

class QNetworkReply;
class QNetworkRequest;

namespace ioc::client {

// Whether a 401 means "wrong password" (the login request) or "session over" (anything else).
enum class RequestKind { Login, Authenticated };

// Sorts a failed reply (`body` already read) into an AuthError. `sslErrors` are the errors the
// reply reported through QNetworkReply::sslErrors (they are never ignored).
AuthError classifyReply(QNetworkReply *reply, const QByteArray& body,
                        const QList<QSslError>& sslErrors, RequestKind kind);

// Adds `Authorization: Bearer TOKEN` (nothing for an empty token).
void setBearer(QNetworkRequest& request, const QByteArray& token);

// The HTTP status in Qt WebSockets' handshake error text ("… http status code: 401 …"), or 0.
int handshakeStatus(const QString& webSocketError);

} // namespace ioc::client
