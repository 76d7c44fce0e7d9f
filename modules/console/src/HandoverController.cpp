// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoverController.h"

#include "HandoverPdf.h"
#include "SessionController.h"
#include "ioc/client/ApiRequester.h"
#include "ioc/client/BackendClient.h"

#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrlQuery>

namespace ioc::console {

namespace {
// Pending handovers and escalations are re-read on every handover record the stream carries,
// after every action, and this often besides (a missed stream message costs at most this long).
constexpr int kPollMs = 30'000;

QString utcStartOfLocalDay(const QString& date, int addDays)
{
    const QDate d = QDate::fromString(date, Qt::ISODate);
    if (!d.isValid())
        return {};
    return QDateTime(d.addDays(addDays), QTime(0, 0), QTimeZone(7 * 3600))
        .toUTC()
        .toString(Qt::ISODate);
}

QDateTime timeOf(const QJsonObject& o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}
} // namespace

HandoverController::HandoverController(client::ApiRequester *api, client::BackendClient *backend,
                                       SessionController *session, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_session(session)
{
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &HandoverController::tick);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &HandoverController::loadPending);
    // What happened to incidents is what the draft is made of: keep a shown draft current.
    connect(backend, &client::BackendClient::incidentChanged, this, [this] {
        if (!m_draft.isEmpty() && m_session->loggedIn())
            loadDraft();
    });
    // Handovers and standing orders pushed on the stream: escalations reach the header at once.
    connect(backend, &client::BackendClient::recordChanged, this,
            [this](const QString& type, const QString& change, const QJsonObject& record, qint64) {
                if (!m_session->loggedIn() || m_session->displayOnly())
                    return;
                if (type == QLatin1String("standing_order")) {
                    loadOrders();
                } else if (type == QLatin1String("handover")) {
                    // A shift found without a handover, or one signed late: the missing list.
                    if (change == QLatin1String("missing") || change == QLatin1String("signed"))
                        loadShift();
                    loadPending();
                    if (record.value(QLatin1String("id")).toInteger() == m_selected)
                        loadDetail();
                }
            });
    connect(session, &SessionController::loginSucceeded, this, &HandoverController::start);
    connect(session, &SessionController::sessionChanged, this, [this] {
        if (!m_session->loggedIn())
            clear();
    });
}

QVariantMap HandoverController::nextShift() const
{
    return m_shift.value(QLatin1String("next_shift")).toObject().toVariantMap();
}

QStringList HandoverController::officersOnDuty() const
{
    QStringList out;
    for (const QJsonValue& v :
         m_shift.value(QLatin1String("duty")).toObject().value(QLatin1String("officers")).toArray())
        out << v.toString();
    return out;
}

qint64 HandoverController::secondsLeft() const
{
    const QDateTime end = timeOf(m_shift.value(QLatin1String("shift")).toObject(), "end");
    return end.isValid() ? std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(end)) : 0;
}

bool HandoverController::draftTime() const
{
    const QDateTime from = timeOf(m_shift, "draft_from");
    return from.isValid() && QDateTime::currentDateTimeUtc() >= from && secondsLeft() > 0;
}

void HandoverController::start()
{
    loadShift();
    m_clock.start();
    if (m_session->displayOnly())
        return; // a wall shows no handovers
    loadPending();
    loadOrders();
    search({}, {}, {}, {});
    m_poll.start();
}

void HandoverController::clear()
{
    m_clock.stop();
    m_poll.stop();
    m_shift = m_draft = m_detail = {};
    m_selected = 0;
    m_autoDraftedShift.clear();
    m_draftItems.clear();
    m_detailItems.clear();
    m_history.setHandovers({});
    m_awaiting.clear();
    m_escalations.clear();
    m_orders.clear();
    emit shiftChanged();
    emit draftChanged();
    emit detailChanged();
    emit pendingChanged();
    emit standingOrdersChanged();
    clearError();
}

void HandoverController::tick()
{
    emit clockTicked();
    if (secondsLeft() == 0 && !m_shift.isEmpty()) {
        loadShift(); // the shift changed: show the new one
        loadPending();
    }
    // In the last minutes of the shift the handover drafts itself, once per shift.
    const QVariantMap s = shift();
    const QString id = s.value(QStringLiteral("date")).toString() + QLatin1Char('/') +
                       s.value(QStringLiteral("id")).toString();
    const QString role = m_session->role();
    const bool drafts = role == QLatin1String("officer") || role == QLatin1String("supervisor");
    if (draftTime() && m_autoDraftedShift != id && m_session->loggedIn() && drafts) {
        m_autoDraftedShift = id;
        loadDraft();
    }
}

void HandoverController::loadShift()
{
    m_api->get(QStringLiteral("shifts/current"), {}, this, [this](const auto& reply) {
        if (failed(reply))
            return;
        m_shift = reply.body;
        emit shiftChanged();
        emit clockTicked();
    });
}

void HandoverController::loadDraft()
{
    m_api->get(QStringLiteral("handovers/draft"), {}, this, [this](const auto& reply) {
        if (failed(reply))
            return;
        m_draft = reply.body;
        m_draftItems.setItems(m_draft.value(QLatin1String("items")).toArray());
        emit draftChanged();
    });
}

void HandoverController::loadPending()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("20"));
    m_api->get(QStringLiteral("handovers"), query, this, [this](const auto& reply) {
        if (!reply.ok())
            return; // a convenience; the history shows real errors
        m_awaiting.clear();
        m_escalations.clear();
        for (const QJsonValue& v : reply.body.value(QLatin1String("handovers")).toArray()) {
            const QJsonObject h = v.toObject();
            if (h.value(QLatin1String("status")).toString() != QLatin1String("signed"))
                continue;
            if (h.value(QLatin1String("escalated_at")).isString())
                m_escalations << h.toVariantMap();
            if (h.value(QLatin1String("signed_by")).toString() != m_session->username())
                m_awaiting << h.toVariantMap();
        }
        emit pendingChanged();
    });
}

void HandoverController::loadOrders()
{
    m_api->get(QStringLiteral("standing-orders"), {}, this, [this](const auto& reply) {
        if (!reply.ok())
            return;
        m_orders = reply.body.value(QLatin1String("standing_orders")).toArray().toVariantList();
        emit standingOrdersChanged();
    });
}

void HandoverController::sign(const QString& notes, const QVariantList& freeItems,
                              const QStringList& settled)
{
    QJsonArray items;
    for (const QVariant& v : freeItems) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("title")).toString().trimmed().isEmpty())
            continue;
        items.append(QJsonObject{
            {QStringLiteral("title"), m.value(QStringLiteral("title")).toString().trimmed()},
            {QStringLiteral("detail"), m.value(QStringLiteral("detail")).toString()},
            {QStringLiteral("open"), m.value(QStringLiteral("open"), true).toBool()}});
    }
    QJsonObject body{{QStringLiteral("notes"), notes.trimmed()},
                     {QStringLiteral("free_items"), items},
                     {QStringLiteral("settled"), QJsonArray::fromStringList(settled)}};
    const QJsonObject shift = m_draft.value(QLatin1String("shift")).toObject();
    if (!shift.isEmpty())
        body.insert(QStringLiteral("shift"),
                    QJsonObject{{QStringLiteral("id"), shift.value(QLatin1String("id"))},
                                {QStringLiteral("date"), shift.value(QLatin1String("date"))}});
    beginBusy();
    m_api->post(QStringLiteral("handovers"), body, {}, this, [this](const auto& reply) {
        endBusy();
        if (failed(reply))
            return;
        const qint64 id = reply.body.value(QLatin1String("id")).toInteger();
        m_detail = reply.body;
        m_selected = id;
        m_detailItems.setItems(m_detail.value(QLatin1String("items")).toArray(),
                               m_detail.value(QLatin1String("queries")).toArray());
        emit detailChanged();
        loadDraft();
        loadPending();
        search({}, {}, {}, {});
        emit signedHandover(id);
        emit actionAccepted(QStringLiteral("sign"));
    });
}

void HandoverController::select(qint64 id)
{
    m_selected = id;
    loadDetail();
}

void HandoverController::loadDetail()
{
    if (m_selected <= 0)
        return;
    const qint64 id = m_selected;
    m_api->get(QStringLiteral("handovers/%1").arg(id), {}, this, [this, id](const auto& reply) {
        if (id != m_selected || failed(reply))
            return;
        m_detail = reply.body;
        m_detailItems.setItems(m_detail.value(QLatin1String("items")).toArray(),
                               m_detail.value(QLatin1String("queries")).toArray());
        emit detailChanged();
    });
}

void HandoverController::postOnSelected(const QString& suffix, const QJsonObject& body,
                                        const QString& action)
{
    if (m_selected <= 0)
        return;
    const qint64 id = m_selected;
    beginBusy();
    m_api->post(QStringLiteral("handovers/%1/%2").arg(id).arg(suffix), body, {}, this,
                [this, id, action](const auto& reply) {
                    endBusy();
                    if (failed(reply) || id != m_selected)
                        return;
                    m_detail = reply.body;
                    m_detailItems.setItems(m_detail.value(QLatin1String("items")).toArray(),
                                           m_detail.value(QLatin1String("queries")).toArray());
                    emit detailChanged();
                    loadPending();
                    emit actionAccepted(action);
                });
}

void HandoverController::acknowledgeChecked()
{
    postOnSelected(
        QStringLiteral("acknowledge"),
        {{QStringLiteral("items"), QJsonArray::fromStringList(m_detailItems.checkedKeys())}},
        QStringLiteral("acknowledge"));
}

void HandoverController::acknowledgeAll()
{
    postOnSelected(QStringLiteral("acknowledge"),
                   {{QStringLiteral("all"), true}, {QStringLiteral("confirm"), true}},
                   QStringLiteral("acknowledge"));
}

void HandoverController::queryItem(const QString& key, const QString& comment)
{
    postOnSelected(QStringLiteral("queries"),
                   {{QStringLiteral("item"), key}, {QStringLiteral("comment"), comment.trimmed()}},
                   QStringLiteral("query"));
}

void HandoverController::answerQuery(qint64 queryId, const QString& answer)
{
    postOnSelected(QStringLiteral("queries/%1/answer").arg(queryId),
                   {{QStringLiteral("answer"), answer.trimmed()}}, QStringLiteral("answer"));
}

void HandoverController::annotate(const QString& text)
{
    postOnSelected(QStringLiteral("annotations"), {{QStringLiteral("text"), text.trimmed()}},
                   QStringLiteral("annotate"));
}

void HandoverController::search(const QString& text, const QString& fromDate, const QString& toDate,
                                const QString& officer)
{
    QUrlQuery query;
    if (!text.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("q"), text.trimmed());
    if (const QString from = utcStartOfLocalDay(fromDate, 0); !from.isEmpty())
        query.addQueryItem(QStringLiteral("from"), from);
    if (const QString to = utcStartOfLocalDay(toDate, 1); !to.isEmpty())
        query.addQueryItem(QStringLiteral("to"), to);
    if (!officer.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("officer"), officer.trimmed());
    m_api->get(QStringLiteral("handovers"), query, this, [this](const auto& reply) {
        if (!failed(reply))
            m_history.setHandovers(reply.body.value(QLatin1String("handovers")).toArray());
    });
}

void HandoverController::createStandingOrder(const QString& title, const QString& text, int days)
{
    QJsonObject body{{QStringLiteral("title"), title.trimmed()},
                     {QStringLiteral("text"), text.trimmed()}};
    if (days > 0)
        body.insert(QStringLiteral("valid_to"),
                    QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODate));
    beginBusy();
    m_api->post(QStringLiteral("standing-orders"), body, {}, this, [this](const auto& reply) {
        endBusy();
        if (failed(reply))
            return;
        loadOrders();
        emit actionAccepted(QStringLiteral("standing_order"));
    });
}

void HandoverController::endStandingOrder(qint64 id)
{
    beginBusy();
    m_api->remove(QStringLiteral("standing-orders/%1").arg(id), this, [this](const auto& reply) {
        endBusy();
        if (failed(reply))
            return;
        loadOrders();
        emit actionAccepted(QStringLiteral("end_standing_order"));
    });
}

QString HandoverController::exportPdf(const QString& path)
{
    if (m_detail.isEmpty())
        return tr("Select a handover first.");
    QString file = path;
    if (file.startsWith(QLatin1String("file:")))
        file = QUrl(file).toLocalFile();
    return writeHandoverPdf(m_detail, file);
}

QString HandoverController::suggestedPdfPath() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    const QJsonObject shift = m_detail.value(QLatin1String("shift")).toObject();
    return QDir(dir).filePath(QStringLiteral("bien-ban-giao-ca-%1-%2.pdf")
                                  .arg(shift.value(QLatin1String("date")).toString(),
                                       shift.value(QLatin1String("id")).toString()));
}

void HandoverController::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    emit errorChanged();
}

bool HandoverController::failed(const client::ApiReply& reply)
{
    if (reply.ok())
        return false;
    if (reply.error->kind == client::AuthErrorKind::Expired) {
        m_session->reportUnauthorized();
        return true;
    }
    m_error = reply.message();
    emit errorChanged();
    return true;
}

void HandoverController::beginBusy()
{
    clearError();
    if (m_busy++ == 0)
        emit busyChanged();
}

void HandoverController::endBusy()
{
    if (--m_busy == 0)
        emit busyChanged();
}

} // namespace ioc::console
