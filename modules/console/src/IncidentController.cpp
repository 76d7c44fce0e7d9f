// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentController.h"

#include "SessionController.h"
#include "ioc/client/ApiRequester.h"
#include "ioc/client/BackendClient.h"

#include <QJsonArray>
#include <QUrl>
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
    m_api->get(QStringLiteral("incident-assignees"), {}, this, [this](const auto& reply) {
        if (failed(reply))
            return;
        m_assignees = reply.body.value(QLatin1String("assignees")).toArray().toVariantList();
        emit referenceChanged();
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
    m_myProposals.clear();
    m_decision.clear();
    emit decisionChanged();
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
                                bool drill, double latitude, double longitude)
{
    QJsonObject body{{QStringLiteral("title"), title.trimmed()},
                     {QStringLiteral("description"), description.trimmed()},
                     {QStringLiteral("category"), category},
                     {QStringLiteral("drill"), drill}};
    if (severity > 0)
        body.insert(QStringLiteral("severity"), severity);
    if (!unitCode.isEmpty())
        body.insert(QStringLiteral("unit_code"), unitCode);
    if (!qIsNaN(latitude) && !qIsNaN(longitude))
        body.insert(QStringLiteral("location"), QJsonObject{{QStringLiteral("lat"), latitude},
                                                            {QStringLiteral("lon"), longitude}});
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

void IncidentController::proposeResolution(const QString& comment, const QVariantMap& skipReasons)
{
    if (m_selected <= 0)
        return;
    QJsonObject body{{QStringLiteral("action"), QStringLiteral("propose_resolution")},
                     {QStringLiteral("comment"), comment.trimmed()}};
    QJsonArray skipped;
    for (auto it = skipReasons.cbegin(); it != skipReasons.cend(); ++it)
        skipped.append(QJsonObject{{QStringLiteral("step"), it.key()},
                                   {QStringLiteral("reason"), it.value().toString().trimmed()}});
    if (!skipped.isEmpty())
        body.insert(QStringLiteral("skipped"), skipped);
    m_myProposals.insert(m_selected);
    postOnSelected(QStringLiteral("transitions"), body, QStringLiteral("propose_resolution"));
}

void IncidentController::tickStep(const QString& stepId, bool done)
{
    postOnSelected(
        QStringLiteral("checklist/%1").arg(QString::fromUtf8(QUrl::toPercentEncoding(stepId))),
        {{QStringLiteral("done"), done}}, QStringLiteral("checklist"));
}

void IncidentController::assign(const QString& username)
{
    postOnSelected(QStringLiteral("assign"),
                   {{QStringLiteral("assignee"),
                     username.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(username)}},
                   QStringLiteral("assign"));
}

void IncidentController::forward(const QString& unit, const QString& focalPoint,
                                 const QString& message, const QDateTime& deadline)
{
    postOnSelected(QStringLiteral("forward"),
                   {{QStringLiteral("unit"), unit.trimmed()},
                    {QStringLiteral("focal_point"), focalPoint.trimmed()},
                    {QStringLiteral("message"), message.trimmed()},
                    {QStringLiteral("deadline"), deadline.toUTC().toString(Qt::ISODate)}},
                   QStringLiteral("forward"));
}

void IncidentController::recordAnswer(qint64 forwardId, const QString& answer)
{
    postOnSelected(QStringLiteral("forwards/%1/answer").arg(forwardId),
                   {{QStringLiteral("answer"), answer.trimmed()}}, QStringLiteral("answer"));
}

void IncidentController::postOnSelected(const QString& path, const QJsonObject& body,
                                        const QString& action)
{
    if (m_selected <= 0)
        return;
    const qint64 id = m_selected;
    beginBusy();
    m_api->post(QStringLiteral("incidents/%1/%2").arg(id).arg(path), body, {}, this,
                [this, id, action](const auto& reply) {
                    endBusy();
                    if (failed(reply)) {
                        if (action == QLatin1String("propose_resolution"))
                            m_myProposals.remove(id);
                        return;
                    }
                    if (id == m_selected && reply.body.contains(QLatin1String("timeline"))) {
                        ++m_detailGeneration; // an older GET in flight must not undo this
                        m_detail = reply.body;
                        emit detailChanged();
                    }
                    emit actionAccepted(action);
                });
}

void IncidentController::dismissDecision()
{
    if (m_decision.isEmpty())
        return;
    m_decision.clear();
    emit decisionChanged();
}

void IncidentController::reportDecision(qint64 id)
{
    m_api->get(QStringLiteral("incidents/%1").arg(id), {}, this, [this](const auto& reply) {
        if (!reply.ok())
            return;
        const QJsonArray timeline = reply.body.value(QLatin1String("timeline")).toArray();
        for (qsizetype i = timeline.size() - 1; i >= 0; --i) {
            const QJsonObject e = timeline.at(i).toObject();
            const QString action = e.value(QLatin1String("action")).toString();
            if (action != QLatin1String("approve") && action != QLatin1String("reject"))
                continue;
            m_decision = {
                {QStringLiteral("id"), reply.body.value(QLatin1String("id")).toInteger()},
                {QStringLiteral("ref"), reply.body.value(QLatin1String("ref")).toString()},
                {QStringLiteral("title"), reply.body.value(QLatin1String("title")).toString()},
                {QStringLiteral("action"), action},
                {QStringLiteral("by"), e.value(QLatin1String("actor")).toString()},
                {QStringLiteral("comment"), e.value(QLatin1String("text")).toString()}};
            emit decisionChanged();
            return;
        }
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
    // Was this one of my proposals, waiting for a supervisor? Judged before the list forgets
    // what it held: the proposal may have been made elsewhere (another console, earlier).
    const qint64 id = incident.value(QLatin1String("id")).toInteger();
    const QJsonObject before = m_list.incident(id);
    const bool wasMine =
        m_myProposals.contains(id) ||
        (before.value(QLatin1String("status")).toString() == QLatin1String("resolution_proposed") &&
         before.value(QLatin1String("proposed_by")).toString() == m_session->username());
    const QString status = incident.value(QLatin1String("status")).toString();
    if (wasMine && change == QLatin1String("transition") &&
        status != QLatin1String("resolution_proposed")) {
        m_myProposals.remove(id);
        reportDecision(id);
    }
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
