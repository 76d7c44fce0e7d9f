// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

namespace {
QByteArray& bearerStore()
{
    static QByteArray token;
    return token;
}
} // namespace

void setDefaultBearer(const QByteArray& token)
{
    bearerStore() = token;
}

QByteArray defaultBearer()
{
    return bearerStore();
}

HttpResult httpRequest(QNetworkAccessManager& nam, const QByteArray& method, const QUrl& url,
                       const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    bool ownCredentials = false;
    for (const auto& [k, v] : headers) {
        const auto name = k.toLower();
        ownCredentials = ownCredentials || name == "authorization" || name == "x-api-key";
        if (!v.isEmpty())
            req.setRawHeader(k, v);
    }
    if (!ownCredentials && !bearerStore().isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearerStore());
    QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(15000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    r.json = QJsonDocument::fromJson(r.body).object();
    reply->deleteLater();
    return r;
}

StreamRecorder::StreamRecorder(const QUrl& url, std::optional<QByteArray> bearer,
                               const QByteArray& apiKey)
{
    connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        const auto doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isObject())
            messages.append(doc.object());
        else
            ++malformed;
    });
    QNetworkRequest req(url);
    const QByteArray token = bearer.value_or(bearerStore());
    if (!apiKey.isEmpty())
        req.setRawHeader("X-Api-Key", apiKey);
    else if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    socket.open(req);
}

bool StreamRecorder::waitConnected(int timeoutMs)
{
    if (socket.state() == QAbstractSocket::ConnectedState)
        return true;
    QSignalSpy spy(&socket, &QWebSocket::connected);
    return spy.wait(timeoutMs);
}

void StreamRecorder::close()
{
    QSignalSpy spy(&socket, &QWebSocket::disconnected);
    socket.close();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        spy.wait(5000);
}
