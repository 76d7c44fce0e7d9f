// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentListModel.h"
#include "IncidentUnitModel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace ioc::client {
class ApiRequester;
class BackendClient;
struct ApiReply;
} // namespace ioc::client

namespace ioc::console {

class SessionController;

// The incidents panel's state: the list, the selected incident's detail (timeline, checklist,
// the actions the server allows this user now), creating, notes and lifecycle actions. The
// server decides every rule; a refusal (403/409) is shown in the server's own words.
// Kept current by the stream: a change to the selected incident reloads its detail, and the
// supervisor's approval-queue count follows every incident message.
class IncidentController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application and passed to the window")
    Q_PROPERTY(ioc::console::IncidentListModel *list READ list CONSTANT)
    Q_PROPERTY(ioc::console::IncidentUnitModel *units READ units CONSTANT)
    Q_PROPERTY(QVariantList categories READ categories NOTIFY referenceChanged)
    Q_PROPERTY(QVariantList severities READ severities NOTIFY referenceChanged)
    // Who an incident can be assigned to: [{username, display_name, role}].
    Q_PROPERTY(QVariantList assignees READ assignees NOTIFY referenceChanged)
    Q_PROPERTY(qint64 selectedId READ selectedId NOTIFY detailChanged)
    Q_PROPERTY(QVariantMap detail READ detail NOTIFY detailChanged)
    Q_PROPERTY(QStringList allowedActions READ allowedActions NOTIFY detailChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(int errorStatus READ errorStatus NOTIFY errorChanged)
    Q_PROPERTY(int approvalCount READ approvalCount NOTIFY countsChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY countsChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countsChanged)
    // The last decision on a resolution this user proposed: {ref, id, action (approve|reject),
    // by, comment}; empty when there is none to show.
    Q_PROPERTY(QVariantMap decision READ decision NOTIFY decisionChanged)

public:
    IncidentController(client::ApiRequester *api, client::BackendClient *backend,
                       SessionController *session, QObject *parent = nullptr);

    IncidentListModel *list() { return &m_list; }
    IncidentUnitModel *units() { return &m_units; }
    // For views that work next to incidents (citizen reports) with the same signed-in requester.
    client::ApiRequester *api() const { return m_api; }
    QVariantList categories() const { return m_categories; }
    QVariantList severities() const { return m_severities; }
    QVariantList assignees() const { return m_assignees; }
    QVariantMap decision() const { return m_decision; }
    qint64 selectedId() const { return m_selected; }
    QVariantMap detail() const { return m_detail.toVariantMap(); }
    QStringList allowedActions() const;
    bool busy() const { return m_busy > 0; }
    QString errorMessage() const { return m_error; }
    int errorStatus() const { return m_errorStatus; }
    int approvalCount() const { return m_awaiting; }
    int openCount() const { return m_open; }
    int overdueCount() const { return m_overdue; }

    // Loads categories, units, counts and the first page (done on sign-in).
    Q_INVOKABLE void start();
    Q_INVOKABLE void select(qint64 id);
    // A fresh create form: the next create() carries a new Idempotency-Key. A create sent again
    // after a lost answer keeps its key, so the server logs it once.
    Q_INVOKABLE void newDraft();
    // `latitude`/`longitude`: the point picked on the map (NaN: none).
    Q_INVOKABLE void create(const QString& title, const QString& description,
                            const QString& category, int severity, const QString& unitCode,
                            bool drill, double latitude = qQNaN(), double longitude = qQNaN());
    Q_INVOKABLE void addNote(const QString& text);
    // acknowledge, start, propose_resolution, approve, reject, reopen. A proposal gives
    // `comment` as the reason for each checklist step not ticked.
    Q_INVOKABLE void transition(const QString& action, const QString& comment);
    // Proposes the resolution; `skipReasons` maps each unticked checklist step id to why it
    // was skipped (the server refuses a proposal that leaves one out).
    Q_INVOKABLE void proposeResolution(const QString& comment, const QVariantMap& skipReasons);
    // The selected incident's checklist step `stepId` ticked (done) or unticked.
    Q_INVOKABLE void tickStep(const QString& stepId, bool done);
    // Assigns the selected incident to `username` (empty: nobody).
    Q_INVOKABLE void assign(const QString& username);
    // Forwards the selected incident to a department or commune focal point.
    Q_INVOKABLE void forward(const QString& unit, const QString& focalPoint, const QString& message,
                             const QDateTime& deadline);
    // Records the focal point's answer on forward `forwardId` of the selected incident.
    Q_INVOKABLE void recordAnswer(qint64 forwardId, const QString& answer);
    Q_INVOKABLE void dismissDecision();
    Q_INVOKABLE void clearError();
    // The category's label in `language` (vi/en), or its id.
    Q_INVOKABLE QString categoryLabel(const QString& id, const QString& language) const;

signals:
    void referenceChanged();
    void detailChanged();
    void busyChanged();
    void errorChanged();
    void countsChanged();
    void decisionChanged();
    void created(qint64 id, const QString& ref);
    // A note or an action was accepted by the server.
    void actionAccepted(const QString& action);

private:
    void clear();
    void refreshCounts();
    void loadDetail();
    void onIncidentChanged(const QString& change, const QJsonObject& incident);
    // Posts `body` to `incidents/<selected>/<path>`; the answer (a detail) replaces the detail.
    void postOnSelected(const QString& path, const QJsonObject& body, const QString& action);
    // A resolution this user proposed was approved or rejected: fetch who and why, and show it.
    void reportDecision(qint64 id);
    // Shows a failure in the server's words (true); false when the reply is fine.
    bool failed(const client::ApiReply& reply);
    void beginBusy();
    void endBusy();

    client::ApiRequester *m_api;
    SessionController *m_session;
    IncidentListModel m_list;
    IncidentUnitModel m_units;
    QVariantList m_categories;
    QVariantList m_severities;
    QVariantList m_assignees;
    QVariantMap m_decision;
    QSet<qint64> m_myProposals; // pending resolutions this user proposed
    qint64 m_selected = 0;
    QJsonObject m_detail;
    int m_busy = 0;
    QString m_error;
    int m_errorStatus = 0;
    int m_awaiting = 0;
    int m_open = 0;
    int m_overdue = 0;
    QByteArray m_draftKey;
    quint64 m_detailGeneration = 0;
    bool m_missed = false; // the stream resynced: incident messages may have been lost
};

} // namespace ioc::console
