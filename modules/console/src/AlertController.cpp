// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertController.h"

#include "SessionController.h"
#include "ioc/client/ApiRequester.h"
#include "ioc/client/BackendClient.h"

#include <QUrlQuery>

namespace ioc::console {

AlertController::AlertController(client::ApiRequester *api, client::BackendClient *backend,
                                 SessionController *session, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_session(session)
{
    connect(backend, &client::BackendClient::recordChanged, this,
            &AlertController::onRecordChanged);
    // A stream that had to start over may have missed alert messages: read them again.
    connect(backend, &client::BackendClient::resyncStarted, this, [this] { m_missed = true; });
    connect(backend, &client::BackendClient::snapshotReceived, this, [this] {
        if (m_missed && m_session->loggedIn()) {
            m_missed = false;
            reload();
        }
    });
    connect(session, &SessionController::loginSucceeded, this, &AlertController::reload);
    connect(session, &SessionController::sessionChanged, this, [this] {
        if (!m_session->loggedIn()) {
            m_model.clear();
            clearError();
        }
        emit soundEnabledChanged(); // soundAllowed follows the role
    });
}

void AlertController::setSoundEnabled(bool enabled)
{
    if (m_sound == enabled)
        return;
    m_sound = enabled;
    emit soundEnabledChanged();
}

bool AlertController::soundAllowed() const
{
    return m_sound && !m_session->displayOnly();
}

void AlertController::reload()
{
    if (!m_session->loggedIn())
        return;
    beginBusy();
    m_api->get(QStringLiteral("alerts"),
               QUrlQuery{{QStringLiteral("state"), QStringLiteral("all")}}, this,
               [this](const client::ApiReply& reply) {
                   endBusy();
                   if (failed(reply))
                       return;
                   m_model.setAlerts(reply.body.value(QLatin1String("alerts")).toArray());
               });
}

void AlertController::applyChange(const QString& change, const QJsonObject& alert)
{
    m_model.upsert(alert);
    if (change == QLatin1String("raised") || change == QLatin1String("renotified"))
        emit alertArrived(alert.value(QLatin1String("id")).toInteger(),
                          alert.value(QLatin1String("severity")).toInt());
}

void AlertController::onRecordChanged(const QString& type, const QString& change,
                                      const QJsonObject& record, qint64)
{
    if (type == QLatin1String("alert"))
        applyChange(change, record);
}

void AlertController::acknowledge(qint64 id, const QString& comment)
{
    beginBusy();
    m_api->post(QStringLiteral("alerts/%1/acknowledge").arg(id),
                QJsonObject{{QStringLiteral("comment"), comment.trimmed()}}, {}, this,
                [this](const client::ApiReply& reply) {
                    endBusy();
                    if (!failed(reply))
                        m_model.upsert(reply.body);
                });
}

void AlertController::makeIncident(qint64 id)
{
    beginBusy();
    m_api->post(QStringLiteral("alerts/%1/incident").arg(id), {}, {}, this,
                [this, id](const client::ApiReply& reply) {
                    endBusy();
                    if (failed(reply))
                        return;
                    auto row = m_model.alert(id);
                    const auto incident = reply.body.value(QLatin1String("id")).toInteger();
                    if (!row.isEmpty()) {
                        row[QLatin1String("incident_id")] = incident;
                        m_model.upsert(row);
                    }
                    emit incidentMade(id, incident,
                                      reply.body.value(QLatin1String("ref")).toString());
                });
}

void AlertController::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    emit errorChanged();
}

bool AlertController::failed(const client::ApiReply& reply)
{
    if (reply.ok())
        return false;
    if (reply.httpStatus == 401)
        m_session->reportUnauthorized();
    m_error = reply.message();
    emit errorChanged();
    return true;
}

void AlertController::beginBusy()
{
    if (m_busy++ == 0)
        emit busyChanged();
}

void AlertController::endBusy()
{
    if (--m_busy == 0)
        emit busyChanged();
}

} // namespace ioc::console
