// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/client/AuditClient.h"

#include "ioc/client/Endpoints.h"
#include "ioc/client/ReplyErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <memory>

namespace ioc::client {

namespace {

QString rfc3339(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// The first of `keys` present in `o`.
QJsonValue field(const QJsonObject& o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        if (const QJsonValue v = o.value(QLatin1String(key)); !v.isUndefined() && !v.isNull())
            return v;
    return {};
}

QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject() || v.isArray())
        return QString::fromUtf8(v.isObject()
                                     ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

AuditEntry entryFrom(const QJsonObject& o)
{
    AuditEntry e;
    e.id = field(o, {"id", "seq"}).toInteger();
    e.at = QDateTime::fromString(field(o, {"at", "time", "ts"}).toString(), Qt::ISODateWithMs);
    e.actor = text(field(o, {"actor", "username", "user"}));
    e.role = text(field(o, {"role", "actor_role"}));
    e.action = text(field(o, {"action"}));
    e.target = text(field(o, {"target"}));
    e.detail = text(field(o, {"detail", "details"}));
    e.address = text(field(o, {"address", "ip", "remote"}));
    return e;
}

AuditVerification verificationFrom(const QJsonObject& o)
{
    AuditVerification v;
    v.intact = field(o, {"ok", "intact", "valid"}).toBool(true);
    v.checked = field(o, {"checked", "entries", "count"}).toInteger();
    v.firstBrokenId = field(o, {"first_broken_id", "first_broken", "broken_id"}).toInteger();
    v.reason = text(field(o, {"reason", "message"}));
    if (v.firstBrokenId > 0)
        v.intact = false;
    return v;
}

} // namespace

AuditClient::AuditClient(QUrl baseUrl, QSslConfiguration tls, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_tls(std::move(tls))
{}

QUrl AuditClient::url(const QUrl& baseUrl, const AuditQuery& query)
{
    QUrl url = apiUrl(baseUrl, QStringLiteral("audit"));
    QUrlQuery q;
    if (query.verify)
        q.addQueryItem(QStringLiteral("verify"), QStringLiteral("true"));
    if (!query.actor.trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("actor"), query.actor.trimmed());
    if (!query.action.trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("action"), query.action.trimmed());
    if (query.from.isValid())
        q.addQueryItem(QStringLiteral("from"), rfc3339(query.from));
    if (query.to.isValid())
        q.addQueryItem(QStringLiteral("to"), rfc3339(query.to));
    if (query.limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    url.setQuery(q);
    return url;
}

std::optional<AuditPage> AuditClient::parse(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue entries = field(o, {"entries", "items", "audit"});
    if (!entries.isArray())
        return std::nullopt;
    AuditPage page;
    for (const QJsonValue& v : entries.toArray())
        if (v.isObject())
            page.entries.push_back(entryFrom(v.toObject()));
    if (const QJsonValue v = field(o, {"verify", "verification"}); v.isObject())
        page.verification = verificationFrom(v.toObject());
    return page;
}

void AuditClient::fetch(const AuditQuery& query, const QByteArray& token)
{
    QNetworkRequest request(url(m_baseUrl, query));
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setSslConfiguration(m_tls);
    request.setRawHeader("Accept", "application/json");
    setBearer(request, token);
    QNetworkReply *reply = m_network.get(request);
    const quint64 generation = ++m_generation;
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, this,
            [sslErrors](const QList<QSslError>& errors) { *sslErrors << errors; });
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation, sslErrors] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            emit failed(classifyReply(reply, body, *sslErrors, RequestKind::Authenticated));
            return;
        }
        if (auto page = parse(body)) {
            emit received(*page);
            return;
        }
        AuthError e;
        e.kind = AuthErrorKind::Server;
        e.detail = QStringLiteral("malformed audit answer");
        emit failed(e);
    });
}

} // namespace ioc::client
