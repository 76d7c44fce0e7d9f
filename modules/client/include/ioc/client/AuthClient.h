// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/client/AuthTypes.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>

class QNetworkReply;

namespace ioc::client {

struct AuthClientOptions
{
    QUrl baseUrl = {};
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    std::chrono::milliseconds requestTimeout{10'000};
};

// iocd's session endpoints: POST /login, POST /logout, GET /me. Each call answers with exactly
// one signal; errors come sorted into AuthErrorKind. Passwords are never logged or kept.
class AuthClient : public QObject
{
    Q_OBJECT

public:
    explicit AuthClient(AuthClientOptions options, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_options.baseUrl; }

    void login(const QString& username, const QString& password);
    // Revokes the token on the server; loggedOut() comes whatever the server answered (a token
    // the server no longer knows is as good as revoked).
    void logout(const QByteArray& token);
    void fetchMe(const QByteArray& token);

signals:
    void loggedIn(const ioc::client::Session& session);
    void loginFailed(const ioc::client::AuthError& error);
    void loggedOut();
    void meReceived(const ioc::client::Session& session);
    void meFailed(const ioc::client::AuthError& error);

private:
    QNetworkReply *send(const QString& resource, const QByteArray& token,
                        const QByteArray *postBody);
    template<class Handler> void onFinished(QNetworkReply *reply, Handler handler);

    AuthClientOptions m_options;
    QNetworkAccessManager m_network;
};

} // namespace ioc::client
