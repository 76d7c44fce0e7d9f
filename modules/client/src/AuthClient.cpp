// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/client/AuthClient.h"

#include "ioc/client/Endpoints.h"
#include "ioc/client/ReplyErrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

Q_LOGGING_CATEGORY(lcAuth, "ioc.client.auth")

namespace ioc::client {

namespace {

// {"token","role","expires_at"[,"username"]} (login) or {"username","role","expires_at"} (me).
std::optional<Session> parseSession(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    Session s;
    s.token = o.value(QLatin1String("token")).toString().toUtf8();
    s.role = o.value(QLatin1String("role")).toString();
    s.username = o.value(QLatin1String("username")).toString();
    s.expiresAt =
        QDateTime::fromString(o.value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
    if (s.role.isEmpty())
        return std::nullopt;
    return s;
}

AuthError badBody(const char *what)
{
    AuthError e;
    e.kind = AuthErrorKind::Server;
    e.detail = QStringLiteral("malformed %1 answer").arg(QLatin1String(what));
    return e;
}

} // namespace

AuthClient::AuthClient(AuthClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

QNetworkReply *AuthClient::send(const QString& resource, const QByteArray& token,
                                const QByteArray *postBody)
{
    QNetworkRequest request(apiUrl(m_options.baseUrl, resource));
    request.setTransferTimeout(static_cast<int>(m_options.requestTimeout.count()));
    request.setSslConfiguration(m_options.tls);
    request.setRawHeader("Accept", "application/json");
    setBearer(request, token);
    if (!postBody)
        return m_network.get(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return m_network.post(request, *postBody);
}

// Calls handler(body, error) once the reply is done; error is null on success.
template<class Handler> void AuthClient::onFinished(QNetworkReply *reply, Handler handler)
{
    auto sslErrors = std::make_shared<QList<QSslError>>();
    // Collected only to explain the failure: the handshake is never allowed to go on.
    connect(reply, &QNetworkReply::sslErrors, this,
            [sslErrors](const QList<QSslError>& errors) { *sslErrors << errors; });
    connect(reply, &QNetworkReply::finished, this, [reply, sslErrors, handler] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->error() == QNetworkReply::NoError) {
            handler(body, nullptr);
            return;
        }
        const bool login = reply->url().path().endsWith(QLatin1String("/login"));
        const AuthError error = classifyReply(
            reply, body, *sslErrors, login ? RequestKind::Login : RequestKind::Authenticated);
        handler(body, &error);
    });
}

void AuthClient::login(const QString& username, const QString& password)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    qCInfo(lcAuth).noquote() << "login as" << username;
    onFinished(send(QStringLiteral("login"), {}, &body),
               [this, username](const QByteArray& answer, const AuthError *error) {
                   if (error) {
                       qCWarning(lcAuth).noquote() << "login failed:" << error->detail;
                       emit loginFailed(*error);
                       return;
                   }
                   auto session = parseSession(answer);
                   if (!session || session->token.isEmpty()) {
                       emit loginFailed(badBody("login"));
                       return;
                   }
                   if (session->username.isEmpty())
                       session->username = username;
                   qCInfo(lcAuth).noquote() << "logged in as" << session->username << "role"
                                            << session->role << "until" << session->expiresAt;
                   emit loggedIn(*session);
               });
}

void AuthClient::logout(const QByteArray& token)
{
    const QByteArray empty;
    onFinished(send(QStringLiteral("logout"), token, &empty),
               [this](const QByteArray&, const AuthError *error) {
                   if (error)
                       qCInfo(lcAuth).noquote() << "logout answered:" << error->detail;
                   emit loggedOut();
               });
}

void AuthClient::fetchMe(const QByteArray& token)
{
    onFinished(send(QStringLiteral("me"), token, nullptr),
               [this, token](const QByteArray& answer, const AuthError *error) {
                   if (error) {
                       emit meFailed(*error);
                       return;
                   }
                   auto session = parseSession(answer);
                   if (!session) {
                       emit meFailed(badBody("me"));
                       return;
                   }
                   session->token = token;
                   emit meReceived(*session);
               });
}

} // namespace ioc::client
