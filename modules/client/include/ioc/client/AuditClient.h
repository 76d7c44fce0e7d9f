// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/client/AuthTypes.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>
#include <vector>

namespace ioc::client {

// One entry of iocd's hash-chained audit log.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString role;
    QString action;
    QString target;
    QString detail;
    QString address;
};

// What GET /audit?verify=true found when it walked the whole chain.
struct AuditVerification
{
    bool intact = true;
    qint64 checked = 0;       // entries whose hash was checked
    qint64 firstBrokenId = 0; // when not intact: the first entry whose hash does not match
    QString reason;
};

struct AuditQuery
{
    QString actor = {};
    QString action = {};
    QDateTime from = {};
    QDateTime to = {};
    int limit = 200;
    bool verify = true;
};

struct AuditPage
{
    std::vector<AuditEntry> entries;
    std::optional<AuditVerification> verification;
};

// Reads the audit log (supervisors and admins): GET /api/v1/audit with filters and verify=true.
class AuditClient : public QObject
{
    Q_OBJECT

public:
    AuditClient(QUrl baseUrl, QSslConfiguration tls, QObject *parent = nullptr);

    // One request at a time: a newer fetch makes the answer of an older one be dropped.
    void fetch(const AuditQuery& query, const QByteArray& token);

    // The JSON answer of GET /audit as a page; nullopt when it is not one.
    static std::optional<AuditPage> parse(const QByteArray& body);
    static QUrl url(const QUrl& baseUrl, const AuditQuery& query);

signals:
    void received(const ioc::client::AuditPage& page);
    void failed(const ioc::client::AuthError& error);

private:
    QUrl m_baseUrl;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_network;
    quint64 m_generation = 0;
    std::chrono::milliseconds m_timeout{15'000};
};

} // namespace ioc::client
