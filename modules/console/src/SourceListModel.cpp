// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceListModel.h"

#include <QJsonObject>

#include <algorithm>

namespace ioc::console {

namespace {

QDateTime timeOf(const QJsonValue& v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

// Connector states from best to worst, to show the worst one a source has.
int connectorRank(const QString& state)
{
    static const QStringList order{QStringLiteral("up"), QStringLiteral("pending"),
                                   QStringLiteral("failing"), QStringLiteral("down")};
    return static_cast<int>(order.indexOf(state));
}

} // namespace

bool SourceListModel::Row::overdue() const
{
    return lateness > 0 || status == QLatin1String("late") || status == QLatin1String("stale");
}

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int SourceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SourceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case SourceIdRole:
        return r.id;
    case Qt::DisplayRole:
    case LabelRole:
        return m_language == QLatin1String("en") && !r.labelEn.isEmpty() ? r.labelEn : r.labelVi;
    case KindRole:
        return r.kind;
    case ExpectedIntervalRole:
        return r.interval;
    case LastReceivedAtRole:
        return r.lastReceived;
    case StatusRole:
        return r.status;
    case LatenessRole:
        return r.lateness;
    case OverdueRole:
        return r.overdue();
    case GapsRole:
        return r.gaps;
    case AcceptedRole:
        return r.accepted;
    case RejectedRole:
        return r.rejected;
    case RejectedReasonsRole:
        return r.reasons;
    case ConnectorStateRole:
        return r.connectorState;
    case ConnectorErrorRole:
        return r.connectorError;
    case UrgeCountRole:
        return r.urgeCount;
    case LastUrgeAtRole:
        return r.lastUrgeAt;
    case LastUrgeByRole:
        return r.lastUrgeBy;
    case LastUrgeNoteRole:
        return r.lastUrgeNote;
    default:
        return {};
    }
}

QHash<int, QByteArray> SourceListModel::roleNames() const
{
    return {
        {SourceIdRole, "sourceId"},
        {LabelRole, "label"},
        {KindRole, "kind"},
        {ExpectedIntervalRole, "expectedIntervalS"},
        {LastReceivedAtRole, "lastReceivedAt"},
        {StatusRole, "status"},
        {LatenessRole, "latenessS"},
        {OverdueRole, "overdue"},
        {GapsRole, "gaps"},
        {AcceptedRole, "accepted"},
        {RejectedRole, "rejected"},
        {RejectedReasonsRole, "rejectedReasons"},
        {ConnectorStateRole, "connectorState"},
        {ConnectorErrorRole, "connectorError"},
        {UrgeCountRole, "urgeCount"},
        {LastUrgeAtRole, "lastUrgeAt"},
        {LastUrgeByRole, "lastUrgeBy"},
        {LastUrgeNoteRole, "lastUrgeNote"},
    };
}

SourceListModel::Row SourceListModel::rowFrom(const QJsonObject& o)
{
    Row r;
    r.id = o.value(QLatin1String("id")).toString();
    const QJsonValue label = o.value(QLatin1String("label"));
    r.labelVi = label.isObject() ? label[QLatin1String("vi")].toString() : label.toString();
    r.labelEn = label.isObject() ? label[QLatin1String("en")].toString() : QString();
    if (r.labelVi.isEmpty())
        r.labelVi = r.id;
    r.kind = o.value(QLatin1String("kind")).toString();
    r.interval = o.value(QLatin1String("expected_interval_s")).toInteger();
    r.lastReceived = timeOf(o.value(QLatin1String("last_received_at")));
    r.status = o.value(QLatin1String("status")).toString(QStringLiteral("no_data"));
    r.lateness = o.value(QLatin1String("lateness_s")).toInteger();
    r.gaps = o.value(QLatin1String("gaps")).toInteger();
    r.accepted = o.value(QLatin1String("accepted")).toInteger();
    r.rejected = o.value(QLatin1String("rejected")).toInteger();
    QStringList reasons;
    const QJsonObject byReason = o.value(QLatin1String("rejected_by_reason")).toObject();
    for (auto it = byReason.begin(); it != byReason.end(); ++it)
        reasons << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInteger());
    r.reasons = reasons.join(QStringLiteral(", "));
    for (const QJsonValue& c : o.value(QLatin1String("connectors")).toArray()) {
        const QJsonObject connector = c.toObject();
        const QString state = connector.value(QLatin1String("state")).toString();
        if (connectorRank(state) >= connectorRank(r.connectorState)) {
            r.connectorState = state;
            r.connectorError = connector.value(QLatin1String("last_error")).toString();
        }
    }
    r.urgeCount = o.value(QLatin1String("urge_count")).toInt();
    const QJsonObject lastUrge = o.value(QLatin1String("last_urge")).toObject();
    r.lastUrgeAt = timeOf(lastUrge.value(QLatin1String("at")));
    r.lastUrgeBy = lastUrge.value(QLatin1String("by")).toString();
    r.lastUrgeNote = lastUrge.value(QLatin1String("note")).toString();
    return r;
}

void SourceListModel::setSources(const QJsonArray& sources)
{
    std::vector<Row> rows;
    for (const QJsonValue& v : sources)
        if (v.isObject())
            rows.push_back(rowFrom(v.toObject()));
    // Overdue first, the most overdue on top; the rest by id so the board does not jump.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.overdue() != b.overdue())
            return a.overdue();
        if (a.overdue() && a.lateness != b.lateness)
            return a.lateness > b.lateness;
        return a.id < b.id;
    });
    const bool sameIds = rows.size() == m_rows.size() &&
                         std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                    [](const Row& a, const Row& b) { return a.id == b.id; });
    if (sameIds) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0), index(rowCount() - 1));
        emit countChanged(); // overdueCount may have moved
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

void SourceListModel::setLanguage(const QString& language)
{
    m_language = language;
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, LabelRole});
}

int SourceListModel::overdueCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.overdue(); }));
}

QString SourceListModel::sourceIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].id : QString();
}

} // namespace ioc::console
