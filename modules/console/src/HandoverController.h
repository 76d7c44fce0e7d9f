// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HandoverItemModel.h"
#include "HandoverListModel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
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

// The shift handover panel (issue 6): the current shift and time to its end, the draft of this
// shift's handover (drafted by itself in the last minutes of the shift, or on demand), signing,
// taking over a handover addressed to this user's shift (item by item, all with confirmation,
// or querying an item back), history with search and filters, supervisors' annotations and
// standing orders, escalations, and the PDF record. The server decides every rule; refusals are
// shown in its own words.
class HandoverController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application and passed to the window")
    Q_PROPERTY(QVariantMap shift READ shift NOTIFY shiftChanged)
    Q_PROPERTY(QVariantMap nextShift READ nextShift NOTIFY shiftChanged)
    Q_PROPERTY(QStringList officersOnDuty READ officersOnDuty NOTIFY shiftChanged)
    Q_PROPERTY(qint64 secondsLeft READ secondsLeft NOTIFY clockTicked)
    Q_PROPERTY(bool draftTime READ draftTime NOTIFY clockTicked)
    Q_PROPERTY(QVariantMap draft READ draft NOTIFY draftChanged)
    Q_PROPERTY(ioc::console::HandoverItemModel *draftItems READ draftItems CONSTANT)
    Q_PROPERTY(QVariantMap detail READ detail NOTIFY detailChanged)
    Q_PROPERTY(ioc::console::HandoverItemModel *detailItems READ detailItems CONSTANT)
    Q_PROPERTY(ioc::console::HandoverListModel *history READ history CONSTANT)
    Q_PROPERTY(QVariantList awaiting READ awaiting NOTIFY pendingChanged)
    Q_PROPERTY(QVariantList escalations READ escalations NOTIFY pendingChanged)
    // Shifts that ended with no handover signed, escalated by the server: [{shift, escalated_at}].
    Q_PROPERTY(QVariantList missingShifts READ missingShifts NOTIFY shiftChanged)
    Q_PROPERTY(QVariantList standingOrders READ standingOrders NOTIFY standingOrdersChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

public:
    HandoverController(client::ApiRequester *api, client::BackendClient *backend,
                       SessionController *session, QObject *parent = nullptr);

    QVariantMap shift() const
    {
        return m_shift.value(QLatin1String("shift")).toObject().toVariantMap();
    }
    QVariantMap nextShift() const;
    QStringList officersOnDuty() const;
    qint64 secondsLeft() const;
    bool draftTime() const;
    QVariantMap draft() const { return m_draft.toVariantMap(); }
    HandoverItemModel *draftItems() { return &m_draftItems; }
    QVariantMap detail() const { return m_detail.toVariantMap(); }
    HandoverItemModel *detailItems() { return &m_detailItems; }
    HandoverListModel *history() { return &m_history; }
    QVariantList awaiting() const { return m_awaiting; }
    QVariantList escalations() const { return m_escalations; }
    QVariantList missingShifts() const
    {
        return m_shift.value(QLatin1String("missing_handovers")).toArray().toVariantList();
    }
    QVariantList standingOrders() const { return m_orders; }
    bool busy() const { return m_busy > 0; }
    QString errorMessage() const { return m_error; }

    // Loads the shift, the pending handovers, standing orders and history (done on sign-in).
    Q_INVOKABLE void start();
    Q_INVOKABLE void loadDraft();
    // `freeItems`: [{title, detail, open}]; `settled`: carried item keys the officer settles.
    Q_INVOKABLE void sign(const QString& notes, const QVariantList& freeItems,
                          const QStringList& settled = {});
    Q_INVOKABLE void select(qint64 id);
    // Sends every ticked item of the selected handover; the server refuses if one is missing.
    Q_INVOKABLE void acknowledgeChecked();
    // Takes over every open item at once: the view asks for the explicit confirmation first.
    Q_INVOKABLE void acknowledgeAll();
    Q_INVOKABLE void queryItem(const QString& key, const QString& comment);
    Q_INVOKABLE void answerQuery(qint64 queryId, const QString& answer);
    Q_INVOKABLE void annotate(const QString& text);
    // Empty arguments filter nothing; dates are local "YYYY-MM-DD" (whole days, Hai Phong time).
    Q_INVOKABLE void search(const QString& text, const QString& fromDate, const QString& toDate,
                            const QString& officer);
    Q_INVOKABLE void createStandingOrder(const QString& title, const QString& text, int days);
    Q_INVOKABLE void endStandingOrder(qint64 id);
    // Writes the selected handover's record; returns the error, or "" when written.
    Q_INVOKABLE QString exportPdf(const QString& path);
    Q_INVOKABLE QString suggestedPdfPath() const;
    Q_INVOKABLE void clearError();

signals:
    void shiftChanged();
    void clockTicked();
    void draftChanged();
    void detailChanged();
    void pendingChanged();
    void standingOrdersChanged();
    void busyChanged();
    void errorChanged();
    void signedHandover(qint64 id);
    void actionAccepted(const QString& action);

private:
    void clear();
    void loadShift();
    void loadPending();
    void loadOrders();
    void loadDetail();
    void tick();
    // Posts and, when accepted, shows the returned handover as the selected one.
    void postOnSelected(const QString& suffix, const QJsonObject& body, const QString& action);
    bool failed(const client::ApiReply& reply);
    void beginBusy();
    void endBusy();

    client::ApiRequester *m_api;
    SessionController *m_session;
    HandoverItemModel m_draftItems;
    HandoverItemModel m_detailItems;
    HandoverListModel m_history;
    QJsonObject m_shift;
    QJsonObject m_draft;
    QJsonObject m_detail;
    qint64 m_selected = 0;
    QVariantList m_awaiting;
    QVariantList m_escalations;
    QVariantList m_orders;
    QString m_autoDraftedShift; // "date/id" of the shift drafted by itself, once per shift
    QTimer m_clock;
    QTimer m_poll;
    int m_busy = 0;
    QString m_error;
};

} // namespace ioc::console
