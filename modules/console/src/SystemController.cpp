// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemController.h"

#include "SessionController.h"
#include "ioc/client/ApiRequester.h"

#include <QJsonArray>

namespace ioc::console {

SystemController::SystemController(client::ApiRequester *requester, SessionController *session,
                                   QObject *parent)
    : QObject(parent)
    , m_requester(requester)
    , m_session(session)
{
    m_poll.setInterval(5'000);
    connect(&m_poll, &QTimer::timeout, this, &SystemController::refresh);
}

void SystemController::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active) {
        refresh();
        m_poll.start();
    } else {
        m_poll.stop();
    }
    emit activeChanged();
}

int SystemController::connectorsDown() const
{
    int n = 0;
    for (const QVariant& c : m_connectors) {
        const QString state = c.toMap().value(QStringLiteral("state")).toString();
        n += state == QLatin1String("down") || state == QLatin1String("failing");
    }
    return n;
}

void SystemController::refresh()
{
    if (!m_requester || (m_session && !m_session->loggedIn()))
        return;
    m_requester->get(QStringLiteral("system"), {}, this, [this](const client::ApiReply& reply) {
        m_checkedAt = QDateTime::currentDateTimeUtc();
        if (!reply.ok()) {
            if (reply.error->kind == client::AuthErrorKind::Expired && m_session)
                m_session->reportUnauthorized();
            m_available = reply.httpStatus != 404;
            m_error = reply.message();
            emit changed();
            return;
        }
        const QJsonObject& o = reply.body;
        m_available = true;
        m_error.clear();
        m_loaded = true;
        m_version = o.value(QLatin1String("version")).toString();
        m_startedAt = QDateTime::fromString(o.value(QLatin1String("started_at")).toString(),
                                            Qt::ISODateWithMs);
        m_uptime = o.value(QLatin1String("uptime_s")).toInteger();
        m_clients = o.value(QLatin1String("clients_connected")).toInt();
        m_connectors = o.value(QLatin1String("connectors")).toArray().toVariantList();
        m_store = o.value(QLatin1String("store")).toObject().toVariantMap();
        emit changed();
    });
}

} // namespace ioc::console
