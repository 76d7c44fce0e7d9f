// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/client/AuthTypes.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

namespace ioc::client {

// What one JSON request to iocd came back with.
struct ApiReply
{
    int httpStatus = 0;
    QJsonObject body;               // the answer's JSON object (empty when none)
    QByteArray raw;                 // the answer's bytes as sent (e.g. a photo)
    std::optional<AuthError> error; // set when the request failed (any non-2xx, or no answer)
    // The server's own words for a refusal ({"error":{"message"}}), for showing to the user.
    QString message() const;
    bool ok() const { return !error.has_value(); }
};

// The one place the console's feature clients send authenticated JSON requests: base URL, TLS,
// timeout and `Authorization: Bearer` from the token source, errors sorted by classifyReply.
class ApiRequester : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Callback = std::function<void(const ApiReply&)>;

    ApiRequester(QUrl baseUrl, QSslConfiguration tls, std::function<QByteArray()> token,
                 QObject *parent = nullptr);

    // GET /api/v1/RESOURCE?QUERY; `done` runs on this object's thread unless `context` is gone.
    void get(const QString& resource, const QUrlQuery& query, QObject *context, Callback done);
    // POST /api/v1/RESOURCE with a JSON body and extra headers (e.g. Idempotency-Key).
    void post(const QString& resource, const QJsonObject& body, const Headers& headers,
              QObject *context, Callback done);

    // DELETE /api/v1/RESOURCE (e.g. ending a standing order early).
    void remove(const QString& resource, QObject *context, Callback done);

    QUrl baseUrl() const { return m_baseUrl; }

private:
    void send(const QByteArray& verb, const QString& resource, const QUrlQuery& query,
              const QByteArray& body, const Headers& headers, QObject *context, Callback done);

    QUrl m_baseUrl;
    QSslConfiguration m_tls;
    std::function<QByteArray()> m_token;
    QNetworkAccessManager m_network;
    std::chrono::milliseconds m_timeout{15'000};
};

} // namespace ioc::client
