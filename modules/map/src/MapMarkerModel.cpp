// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapMarkerModel.h"
#include "Logging.h"

#include <QGeoCoordinate>

#include <cmath>

namespace ioc::map {

namespace {

bool validCoordinate(const MapMarker& m)
{
    return std::isfinite(m.latitude) && std::isfinite(m.longitude) && m.latitude >= -90 &&
           m.latitude <= 90 && m.longitude >= -180 && m.longitude <= 180;
}

} // namespace

MapMarkerModel::MapMarkerModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int MapMarkerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_markers.size());
}

QVariant MapMarkerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MapMarker& m = m_markers[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return m.label;
    case IdRole:
        return m.id;
    case KindRole:
        return m.kind;
    case LatitudeRole:
        return m.latitude;
    case LongitudeRole:
        return m.longitude;
    case CoordinateRole:
        return QVariant::fromValue(QGeoCoordinate(m.latitude, m.longitude));
    case SeverityRole:
        return m.severity;
    case ColorRole:
        return m.color;
    case TimestampRole:
        return m.timestamp;
    case OverdueRole:
        return m.overdue;
    default:
        return {};
    }
}

QHash<int, QByteArray> MapMarkerModel::roleNames() const
{
    return {{IdRole, "markerId"},           {KindRole, "kind"},
            {LatitudeRole, "latitude"},     {LongitudeRole, "longitude"},
            {CoordinateRole, "coordinate"}, {SeverityRole, "severity"},
            {ColorRole, "markerColor"},     {LabelRole, "label"},
            {TimestampRole, "timestamp"},   {OverdueRole, "overdue"}};
}

QList<int> MapMarkerModel::changedRoles(const MapMarker& a, const MapMarker& b) const
{
    QList<int> roles;
    if (a.kind != b.kind)
        roles << KindRole;
    if (a.latitude != b.latitude)
        roles << LatitudeRole;
    if (a.longitude != b.longitude)
        roles << LongitudeRole;
    if (a.latitude != b.latitude || a.longitude != b.longitude)
        roles << CoordinateRole;
    if (a.severity != b.severity)
        roles << SeverityRole;
    if (a.color != b.color)
        roles << ColorRole;
    if (a.label != b.label)
        roles << LabelRole << Qt::DisplayRole;
    if (a.timestamp != b.timestamp)
        roles << TimestampRole;
    if (a.overdue != b.overdue)
        roles << OverdueRole;
    return roles;
}

bool MapMarkerModel::upsert(const MapMarker& marker)
{
    if (marker.id.isEmpty() || !validCoordinate(marker)) {
        qCWarning(lcMap) << "marker rejected: no id or invalid coordinate" << marker.id;
        return false;
    }
    const int row = rowOf(marker.id);
    if (row >= 0) {
        MapMarker& current = m_markers[std::size_t(row)];
        const QList<int> roles = changedRoles(current, marker);
        if (roles.isEmpty())
            return true;
        current = marker;
        const QModelIndex i = index(row);
        emit dataChanged(i, i, roles);
        return true;
    }
    const int newRow = int(m_markers.size());
    beginInsertRows({}, newRow, newRow);
    m_markers.push_back(marker);
    m_rowById.insert(marker.id, newRow);
    endInsertRows();
    emit countChanged();
    return true;
}

bool MapMarkerModel::remove(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_markers.erase(m_markers.begin() + row);
    m_rowById.remove(id);
    reindexFrom(row);
    endRemoveRows();
    emit countChanged();
    return true;
}

void MapMarkerModel::reindexFrom(int row)
{
    for (int r = row; r < int(m_markers.size()); ++r)
        m_rowById[m_markers[std::size_t(r)].id] = r;
}

void MapMarkerModel::setMarkers(std::vector<MapMarker> markers)
{
    beginResetModel();
    m_markers.clear();
    m_rowById.clear();
    for (MapMarker& m : markers) {
        if (m.id.isEmpty() || !validCoordinate(m) || m_rowById.contains(m.id)) {
            qCWarning(lcMap) << "marker skipped: no id, invalid coordinate or duplicate" << m.id;
            continue;
        }
        m_rowById.insert(m.id, int(m_markers.size()));
        m_markers.push_back(std::move(m));
    }
    endResetModel();
    emit countChanged();
}

void MapMarkerModel::clear()
{
    setMarkers({});
}

bool MapMarkerModel::upsert(const QVariantMap& v)
{
    MapMarker m;
    m.id = v.value(QStringLiteral("id")).toString();
    m.kind = v.value(QStringLiteral("kind")).toString();
    bool latOk = false;
    bool lonOk = false;
    m.latitude = v.value(QStringLiteral("latitude")).toDouble(&latOk);
    m.longitude = v.value(QStringLiteral("longitude")).toDouble(&lonOk);
    if (!latOk || !lonOk) {
        qCWarning(lcMap) << "marker rejected: latitude/longitude missing" << m.id;
        return false;
    }
    m.severity = v.value(QStringLiteral("severity")).toInt();
    m.color = v.value(QStringLiteral("color")).value<QColor>();
    m.label = v.value(QStringLiteral("label")).toString();
    m.timestamp = v.value(QStringLiteral("timestamp")).toDateTime();
    m.overdue = v.value(QStringLiteral("overdue")).toBool();
    return upsert(m);
}

QVariantMap MapMarkerModel::get(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const MapMarker& m = at(row);
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("kind"), m.kind},
            {QStringLiteral("latitude"), m.latitude},
            {QStringLiteral("longitude"), m.longitude},
            {QStringLiteral("severity"), m.severity},
            {QStringLiteral("color"), m.color},
            {QStringLiteral("label"), m.label},
            {QStringLiteral("timestamp"), m.timestamp},
            {QStringLiteral("overdue"), m.overdue}};
}

} // namespace ioc::map
