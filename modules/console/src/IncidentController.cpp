// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentController.h"

#include "SessionController.h"
#include "ioc/client/ApiRequester.h"
#include "ioc/client/BackendClient.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

namespace ioc::console {

IncidentController::IncidentController(client::ApiRequester *api, client::BackendClient *backend,
                                       SessionController *session, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_session(session)
    , m_list(api)
{
    connect(backend, &client::BackendClient::incidentChanged, this,
            [this](const QString& change, const QJsonObject& incident, qint64) {
                onIncidentChanged(change, incident);
            });
    // A stream that had to start over may have missed incident messages: read them again.
    connect(backend, &client::BackendClient::resyncStarted, this, [this] { m_missed = true; });
    connect(backend, &client::BackendClient::snapshotReceived, this, [this] {
        if (m_missed && m_session->loggedIn()) {
            m_missed = false;
            m_list.reload();
            refreshCounts();
            loadDetail();
        }
    });
    connect(session, &SessionController::loginSucceeded, this, &IncidentController::start);
    connect(session, &SessionController::sessionChanged, this, [this] {
        if (!m_session->loggedIn())
            clear();
    });
    newDraft();
}

QStringList IncidentController::allowedActions() const
{
    QStringList actions;
    for (const QJsonValue& v : m_detail.value(QLatin1String("allowed_actions")).toArray())
        actions << v.toString();
    return actions;
}

void IncidentController::start()
{
    m_api->get(QStringLiteral("incident-categories"), {}, this, [this](const auto& reply) {
        if (failed(reply))
            return;
        m_categories = reply.body.value(QLatin1String("categories")).toArray().toVariantList();
        m_severities = reply.body.value(QLatin1String("severities")).toArray().toVariantList();
        emit referenceChanged();
    });
    m_api->get(QStringLiteral("units"), {}, this, [this](const auto& reply) {
        if (!failed(reply))
            m_units.setUnits(reply.body.value(QLatin1String("units")).toArray());
    });
    m_list.reload();
    refreshCounts();
}

void IncidentController::clear()
{
    m_list.clear();
    m_selected = 0;
    m_detail = {};
    m_awaiting = m_open = m_overdue = 0;
    emit detailChanged();
    emit countsChanged();
    clearError();
}

void IncidentController::refreshCounts()
{
    m_api->get(QStringLiteral("incidents/summary"), {}, this, [this](const auto& reply) {
        if (!reply.ok())
            return; // the counts are a convenience; the list shows real errors
        m_awaiting = reply.body.value(QLatin1String("awaiting_approval")).toInt();
        m_open = reply.body.value(QLatin1String("open")).toInt();
        m_overdue = reply.body.value(QLatin1String("overdue")).toInt();
        emit countsChanged();
    });
}

void IncidentController::select(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    // Until the detail arrives, the summary held by the list stands in for it.
    m_detail = m_list.incident(id);
    emit detailChanged();
    clearError();
    loadDetail();
}

void IncidentController::loadDetail()
{
    if (m_selected <= 0)
        return;
    const qint64 id = m_selected;
    const quint64 generation = ++m_detailGeneration;
    m_api->get(QStringLiteral("incidents/%1").arg(id), {}, this,
               [this, id, generation](const auto& reply) {
                   if (generation != m_detailGeneration || id != m_selected || failed(reply))
                       return;
                   m_detail = reply.body;
                   emit detailChanged();
               });
}

void IncidentController::newDraft()
{
    m_draftKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

void IncidentController::create(const QString& title, const QString& description,
                                const QString& category, int severity, const QString& unitCode,
                                bool drill)
{
    QJsonObject body{{QStringLiteral("title"), title.trimmed()},
                     {QStringLiteral("description"), description.trimmed()},
                     {QStringLiteral("category"), category},
                     {QStringLiteral("drill"), drill}};
    if (severity > 0)
        body.insert(QStringLiteral("severity"), severity);
    if (!unitCode.isEmpty())
        body.insert(QStringLiteral("unit_code"), unitCode);
    beginBusy();
    m_api->post(QStringLiteral("incidents"), body, {{"Idempotency-Key", m_draftKey}}, this,
                [this](const auto& reply) {
                    endBusy();
                    if (failed(reply))
                        return;
                    newDraft();
                    const qint64 id = reply.body.value(QLatin1String("id")).toInteger();
                    emit created(id, reply.body.value(QLatin1String("ref")).toString());
                    m_selected = id;
                    m_detail = reply.body;
                    emit detailChanged();
                });
}

void IncidentController::addNote(const QString& text)
{
    if (m_selected <= 0 || text.trimmed().isEmpty())
        return;
    beginBusy();
    m_api->post(QStringLiteral("incidents/%1/notes").arg(m_selected),
                {{QStringLiteral("text"), text.trimmed()}}, {}, this, [this](const auto& reply) {
                    endBusy();
                    if (failed(reply))
                        return;
                    emit actionAccepted(QStringLiteral("note"));
                    loadDetail();
                });
}

void IncidentController::transition(const QString& action, const QString& comment)
{
    if (m_selected <= 0)
        return;
    QJsonObject body{{QStringLiteral("action"), action}};
    if (!comment.trimmed().isEmpty())
        body.insert(QStringLiteral("comment"), comment.trimmed());
    if (action == QLatin1String("propose_resolution")) {
        QJsonArray skipped;
        for (const QJsonValue& v : m_detail.value(QLatin1String("checklist")).toArray()) {
            const QJsonObject step = v.toObject();
            if (step.value(QLatin1String("state")).toString() != QLatin1String("done"))
                skipped.append(
                    QJsonObject{{QStringLiteral("step"), step.value(QLatin1String("id"))},
                                {QStringLiteral("reason"), comment.trimmed()}});
        }
        if (!skipped.isEmpty())
            body.insert(QStringLiteral("skipped"), skipped);
    }
    beginBusy();
    m_api->post(QStringLiteral("incidents/%1/transitions").arg(m_selected), body, {}, this,
                [this, action](const auto& reply) {
                    endBusy();
                    if (failed(reply))
                        return;
                    m_detail =
                        reply.body.contains(QLatin1String("timeline")) ? reply.body : m_detail;
                    emit detailChanged();
                    emit actionAccepted(action);
                    loadDetail();
                });
}

void IncidentController::clearError()
{
    if (m_error.isEmpty() && m_errorStatus == 0)
        return;
    m_error.clear();
    m_errorStatus = 0;
    emit errorChanged();
}

QString IncidentController::categoryLabel(const QString& id, const QString& language) const
{
    for (const QVariant& c : m_categories) {
        const QVariantMap m = c.toMap();
        if (m.value(QStringLiteral("id")).toString() == id)
            return m.value(QStringLiteral("label")).toMap().value(language).toString();
    }
    return id;
}

void IncidentController::onIncidentChanged(const QString& change, const QJsonObject& incident)
{
    m_list.applyChange(change, incident);
    if (incident.value(QLatin1String("id")).toInteger() == m_selected)
        loadDetail();
    refreshCounts();
}

bool IncidentController::failed(const client::ApiReply& reply)
{
    if (reply.ok())
        return false;
    if (reply.error->kind == client::AuthErrorKind::Expired) {
        m_session->reportUnauthorized();
        return true;
    }
    m_error = reply.message();
    m_errorStatus = reply.httpStatus;
    emit errorChanged();
    return true;
}

void IncidentController::beginBusy()
{
    clearError(); // a new action: the last refusal no longer applies
    if (m_busy++ == 0)
        emit busyChanged();
}

void IncidentController::endBusy()
{
    if (--m_busy == 0)
        emit busyChanged();
}

} // namespace ioc::console
