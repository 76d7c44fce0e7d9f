// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QWebSocket>

#include <optional>

// Plain HTTP/WebSocket access for tests: deliberately not the console's BackendClient, so the
// server's contract is checked independently of the client that relies on it.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;
};

HttpResult httpRequest(QNetworkAccessManager& nam, const QByteArray& method, const QUrl& url,
                       const QByteArray& body = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {});

// Requests without their own "Authorization" or "X-Api-Key" header carry this bearer token
// (the test's logged-in user). A header given with an empty value is not sent: anonymous.
void setDefaultBearer(const QByteArray& token);
QByteArray defaultBearer();

class StreamRecorder : public QObject
{
    Q_OBJECT
public:
    // Opens with the default bearer token unless `bearer` is given ("" for none); `apiKey`
    // (an agency key) instead of a token when given.
    explicit StreamRecorder(const QUrl& url, std::optional<QByteArray> bearer = std::nullopt,
                            const QByteArray& apiKey = {});
    bool waitConnected(int timeoutMs = 10000);
    void close();

    QWebSocket socket;
    QList<QJsonObject> messages;
    int malformed = 0;
};
