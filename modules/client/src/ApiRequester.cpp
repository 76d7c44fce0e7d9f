// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/client/ApiRequester.h"

#include "ioc/client/Endpoints.h"
#include "ioc/client/ReplyErrors.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <memory>

namespace ioc::client {

QString ApiReply::message() const
{
    const QString text =
        body.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    if (!text.isEmpty() || !error)
        return text;
    return error->detail;
}

ApiRequester::ApiRequester(QUrl baseUrl, QSslConfiguration tls, std::function<QByteArray()> token,
                           QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_tls(std::move(tls))
    , m_token(std::move(token))
{}

void ApiRequester::get(const QString& resource, const QUrlQuery& query, QObject *context,
                       Callback done)
{
    send("GET", resource, query, {}, {}, context, std::move(done));
}

void ApiRequester::post(const QString& resource, const QJsonObject& body, const Headers& headers,
                        QObject *context, Callback done)
{
    send("POST", resource, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), headers, context,
         std::move(done));
}

void ApiRequester::remove(const QString& resource, QObject *context, Callback done)
{
    send("DELETE", resource, {}, {}, {}, context, std::move(done));
}

void ApiRequester::send(const QByteArray& verb, const QString& resource, const QUrlQuery& query,
                        const QByteArray& body, const Headers& headers, QObject *context,
                        Callback done)
{
    QUrl url = apiUrl(m_baseUrl, resource);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setSslConfiguration(m_tls);
    request.setRawHeader("Accept", "application/json");
    if (verb != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    setBearer(request, m_token ? m_token() : QByteArray{});

    QNetworkReply *reply =
        verb == "GET" ? m_network.get(request) : m_network.sendCustomRequest(request, verb, body);
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, this,
            [sslErrors](const QList<QSslError>& errors) { *sslErrors << errors; });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [reply, sslErrors, guard, hasContext = context != nullptr, done = std::move(done)] {
                reply->deleteLater();
                if (hasContext && !guard)
                    return;
                ApiReply answer;
                answer.httpStatus =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray bytes = reply->readAll();
                answer.body = QJsonDocument::fromJson(bytes).object();
                answer.raw = bytes;
                if (reply->error() != QNetworkReply::NoError)
                    answer.error =
                        classifyReply(reply, bytes, *sslErrors, RequestKind::Authenticated);
                done(answer);
            });
}

} // namespace ioc::client
