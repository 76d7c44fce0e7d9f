// SPDX-License-Identifier: GPL-3.0-or-later
#include "CitizenReportListModel.h"

#include <QDateTime>

namespace ioc::console {

int CitizenReportListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reports.size());
}

QVariant CitizenReportListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_reports.size())
        return {};
    const QJsonObject& r = m_reports[index.row()];
    const auto text = [&r](const char *key) { return r.value(QLatin1String(key)).toString(); };
    switch (role) {
    case IdRole:
        return r.value(QLatin1String("id")).toInteger();
    case TextRole:
        return text("text");
    case CategoryRole:
        return text("category");
    case StatusRole:
        return text("status");
    case UrgencyRole:
        return r.value(QLatin1String("urgency")).toInt();
    case GroupRole:
        return r.value(QLatin1String("group")).isNull() ? -1
                                                        : r.value(QLatin1String("group")).toInt();
    case GroupSizeRole: {
        const auto g = r.value(QLatin1String("group"));
        return g.isNull() ? 1 : m_groupSizes.value(g.toInt(), 1);
    }
    case ReceivedAtRole:
        return QDateTime::fromString(text("received_at"), Qt::ISODateWithMs);
    case UnitNameRole:
        return r.value(QLatin1String("unit")).toObject().value(QLatin1String("name")).toString();
    case AddressRole:
        return r.value(QLatin1String("location"))
            .toObject()
            .value(QLatin1String("address"))
            .toString();
    case PhotoCountRole:
        return r.value(QLatin1String("photo_count")).toInt();
    case ThumbnailRole:
        return m_thumbnails.value(r.value(QLatin1String("id")).toInteger());
    case ChannelRole:
        return text("channel");
    case ForwardUnitRole:
        return r.value(QLatin1String("forward")).toObject().value(QLatin1String("unit")).toString();
    default:
        return {};
    }
}

QHash<int, QByteArray> CitizenReportListModel::roleNames() const
{
    return {{IdRole, "reportId"},           {TextRole, "text"},
            {CategoryRole, "category"},     {StatusRole, "status"},
            {UrgencyRole, "urgency"},       {GroupRole, "group"},
            {GroupSizeRole, "groupSize"},   {ReceivedAtRole, "receivedAt"},
            {UnitNameRole, "unitName"},     {AddressRole, "address"},
            {PhotoCountRole, "photoCount"}, {ThumbnailRole, "thumbnail"},
            {ChannelRole, "channel"},       {ForwardUnitRole, "forwardUnit"}};
}

void CitizenReportListModel::setReports(const QJsonArray& reports, const QJsonArray& groups)
{
    beginResetModel();
    m_reports.clear();
    for (const QJsonValue& v : reports)
        m_reports.append(v.toObject());
    m_groupSizes.clear();
    for (int g = 0; g < groups.size(); ++g)
        m_groupSizes.insert(g, static_cast<int>(groups[g].toArray().size()));
    endResetModel();
    emit countChanged();
}

void CitizenReportListModel::setThumbnail(qint64 id, const QString& source)
{
    m_thumbnails.insert(id, source);
    for (int row = 0; row < m_reports.size(); ++row)
        if (m_reports[row].value(QLatin1String("id")).toInteger() == id)
            emit dataChanged(index(row), index(row), {ThumbnailRole});
}

void CitizenReportListModel::clear()
{
    beginResetModel();
    m_reports.clear();
    m_groupSizes.clear();
    endResetModel();
    emit countChanged();
}

QJsonObject CitizenReportListModel::report(qint64 id) const
{
    for (const auto& r : m_reports)
        if (r.value(QLatin1String("id")).toInteger() == id)
            return r;
    return {};
}

} // namespace ioc::console
