// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertListModel.h"

#include <algorithm>

namespace ioc::console {

namespace {
QDateTime timeOf(const QJsonObject& a, QLatin1String key)
{
    const auto v = a.value(key);
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

// 0: active, 1: acknowledged, 2: cleared.
int stateRank(const QJsonObject& a)
{
    const auto s = a.value(QLatin1String("state")).toString();
    return s == QLatin1String("active") ? 0 : s == QLatin1String("acknowledged") ? 1 : 2;
}

bool before(const QJsonObject& a, const QJsonObject& b)
{
    const int ra = stateRank(a), rb = stateRank(b);
    if (ra != rb)
        return ra < rb;
    if (ra < 2) {
        const int sa = a.value(QLatin1String("severity")).toInt();
        const int sb = b.value(QLatin1String("severity")).toInt();
        if (sa != sb)
            return sa > sb;
    }
    return a.value(QLatin1String("id")).toInteger() > b.value(QLatin1String("id")).toInteger();
}
} // namespace

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int AlertListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AlertListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& a = m_rows[static_cast<std::size_t>(index.row())];
    const auto text = [&](QLatin1String key) { return a.value(key).toString(); };
    const auto localized = [&](QLatin1String key, QLatin1String lang) {
        return a.value(key).toObject().value(lang).toString();
    };
    switch (role) {
    case IdRole:
        return a.value(QLatin1String("id")).toInteger();
    case SeverityRole:
        return a.value(QLatin1String("severity")).toInt();
    case StateRole:
        return text(QLatin1String("state"));
    case KindRole:
        return text(QLatin1String("kind"));
    case LabelViRole:
        return localized(QLatin1String("rule_label"), QLatin1String("vi"));
    case LabelEnRole:
        return localized(QLatin1String("rule_label"), QLatin1String("en"));
    case MessageViRole:
        return localized(QLatin1String("message"), QLatin1String("vi"));
    case MessageEnRole:
        return localized(QLatin1String("message"), QLatin1String("en"));
    case RaisedAtRole:
        return timeOf(a, QLatin1String("raised_at"));
    case AcknowledgedAtRole:
        return timeOf(a, QLatin1String("acknowledged_at"));
    case AcknowledgedByRole:
        return text(QLatin1String("acknowledged_by"));
    case AckCommentRole:
        return text(QLatin1String("ack_comment"));
    case ClearedAtRole:
        return timeOf(a, QLatin1String("cleared_at"));
    case IncidentIdRole:
        return a.value(QLatin1String("incident_id")).toInteger();
    case EarlyWarningRole:
        return a.value(QLatin1String("early_warning")).toBool();
    case CategoryRole:
        return text(QLatin1String("suggested_category"));
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertListModel::roleNames() const
{
    return {{IdRole, "alertId"},
            {SeverityRole, "severity"},
            {StateRole, "alertState"},
            {KindRole, "kind"},
            {LabelViRole, "labelVi"},
            {LabelEnRole, "labelEn"},
            {MessageViRole, "messageVi"},
            {MessageEnRole, "messageEn"},
            {RaisedAtRole, "raisedAt"},
            {AcknowledgedAtRole, "acknowledgedAt"},
            {AcknowledgedByRole, "acknowledgedBy"},
            {AckCommentRole, "ackComment"},
            {ClearedAtRole, "clearedAt"},
            {IncidentIdRole, "incidentId"},
            {EarlyWarningRole, "earlyWarning"},
            {CategoryRole, "category"}};
}

void AlertListModel::setAlerts(const QJsonArray& alerts)
{
    beginResetModel();
    m_rows.clear();
    for (const auto& v : alerts)
        if (v.isObject())
            m_rows.push_back(v.toObject());
    std::stable_sort(m_rows.begin(), m_rows.end(), before);
    endResetModel();
    emit countsChanged();
}

void AlertListModel::upsert(const QJsonObject& alert)
{
    const auto id = alert.value(QLatin1String("id")).toInteger();
    beginResetModel(); // a handful of rows change order: a reset is simplest and cheap here
    auto it = std::find_if(m_rows.begin(), m_rows.end(), [id](const QJsonObject& a) {
        return a.value(QLatin1String("id")).toInteger() == id;
    });
    if (it != m_rows.end())
        *it = alert;
    else
        m_rows.push_back(alert);
    std::stable_sort(m_rows.begin(), m_rows.end(), before);
    endResetModel();
    emit countsChanged();
}

void AlertListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countsChanged();
}

int AlertListModel::unacknowledgedCount() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(),
                                          [](const QJsonObject& a) { return stateRank(a) == 0; }));
}

int AlertListModel::openCount() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(),
                                          [](const QJsonObject& a) { return stateRank(a) < 2; }));
}

QJsonObject AlertListModel::alert(qint64 id) const
{
    for (const auto& a : m_rows)
        if (a.value(QLatin1String("id")).toInteger() == id)
            return a;
    return {};
}

} // namespace ioc::console
