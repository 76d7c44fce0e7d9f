// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/client/ReplyErrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace ioc::client {

namespace {

bool isLockCode(const QString& code)
{
    return code.contains(QLatin1String("locked")) || code.contains(QLatin1String("throttl")) ||
           code.contains(QLatin1String("too_many"));
}

// Seconds to wait: the Retry-After header, else a retry field of the error body.
std::optional<int> retryAfter(QNetworkReply *reply, const QJsonObject& error)
{
    bool ok = false;
    const int header = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    if (ok && header >= 0)
        return header;
    for (const char *field : {"retry_after_s", "retry_after"})
        if (error.value(QLatin1String(field)).isDouble())
            return error.value(QLatin1String(field)).toInt();
    return std::nullopt;
}

} // namespace

AuthError classifyReply(QNetworkReply *reply, const QByteArray& body,
                        const QList<QSslError>& sslErrors, RequestKind kind)
{
    AuthError e;
    e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    e.code = error.value(QLatin1String("code")).toString();
    const QString message = error.value(QLatin1String("message")).toString();
    e.detail = e.httpStatus ? QStringLiteral("HTTP %1 %2 %3")
                                  .arg(e.httpStatus)
                                  .arg(e.code, message.isEmpty() ? reply->errorString() : message)
                                  .trimmed()
                            : reply->errorString();

    if (!sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        e.kind = AuthErrorKind::Tls;
        for (const QSslError& s : sslErrors)
            e.tlsErrors << s.error();
        if (!sslErrors.isEmpty())
            e.detail = sslErrors.first().errorString();
        return e;
    }
    if (e.httpStatus == 0) {
        e.kind = AuthErrorKind::Unreachable;
        return e;
    }
    if (e.httpStatus == 423 || e.httpStatus == 429 || isLockCode(e.code)) {
        e.kind = AuthErrorKind::Locked;
        e.retryAfterS = retryAfter(reply, error);
        return e;
    }
    if (e.httpStatus == 401) {
        e.kind =
            kind == RequestKind::Login ? AuthErrorKind::WrongCredentials : AuthErrorKind::Expired;
        return e;
    }
    e.kind = e.httpStatus == 403 ? AuthErrorKind::Forbidden : AuthErrorKind::Server;
    return e;
}

void setBearer(QNetworkRequest& request, const QByteArray& token)
{
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
}

int handshakeStatus(const QString& webSocketError)
{
    static const QRegularExpression status(QStringLiteral("status code: (\\d{3})"));
    const auto m = status.match(webSocketError);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace ioc::client
