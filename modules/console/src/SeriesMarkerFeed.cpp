// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesMarkerFeed.h"

#include "SeriesListModel.h"

#include <QColor>

#include <vector>

namespace ioc::console {

namespace {

// The source roles a marker is made of; changes to other roles leave the markers alone.
const QList<int> kMarkerRoles{SeriesListModel::IdRole,           SeriesListModel::LabelRole,
                              SeriesListModel::DomainIdRole,     SeriesListModel::UnitRole,
                              SeriesListModel::DisplayValueRole, SeriesListModel::ObservedAtRole,
                              SeriesListModel::StatusRole,       SeriesListModel::LatitudeRole,
                              SeriesListModel::LongitudeRole,    Qt::DisplayRole};

bool touchesMarker(const QList<int>& roles)
{
    if (roles.isEmpty())
        return true;
    for (int role : roles)
        if (kMarkerRoles.contains(role))
            return true;
    return false;
}

} // namespace

SeriesMarkerFeed::SeriesMarkerFeed(QObject *parent)
    : QObject(parent)
{}

QString SeriesMarkerFeed::kindOf(const QString& seriesId, const QString& domainId)
{
    const auto has = [&](const char *part) {
        return seriesId.startsWith(QLatin1String(part)) ||
               seriesId.contains(QLatin1Char('.') + QLatin1String(part));
    };
    if (has("traffic.") || (domainId == QLatin1String("security_traffic") &&
                            seriesId.endsWith(QLatin1String(".speed"))))
        return QStringLiteral("sensor.traffic");
    if (has("aqi.") || has("pm25.") || has("pm10.") || has("air."))
        return QStringLiteral("sensor.air");
    if (has("water_level.") || has("flood_depth."))
        return QStringLiteral("sensor.water");
    if (has("rain."))
        return QStringLiteral("sensor.rain");
    return QStringLiteral("sensor.other");
}

void SeriesMarkerFeed::setSourceModel(QAbstractItemModel *model)
{
    if (m_source == model)
        return;
    if (m_source)
        m_source->disconnect(this);
    m_source = model;
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelReset, this, &SeriesMarkerFeed::rebuild);
        connect(m_source, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex& parent, int first, int last) {
                    if (!parent.isValid())
                        syncRows(first, last);
                });
        connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex& parent, int first, int last) {
                    if (!parent.isValid())
                        removeRows(first, last);
                });
        connect(m_source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& topLeft, const QModelIndex& bottomRight,
                       const QList<int>& roles) {
                    if (!topLeft.parent().isValid() && touchesMarker(roles))
                        syncRows(topLeft.row(), bottomRight.row());
                });
        // Markers are keyed by series id, so moves and re-sorts change nothing on the map.
        connect(m_source, &QObject::destroyed, this, [this] { m_markers.clear(); });
    }
    rebuild();
    emit sourceModelChanged();
}

void SeriesMarkerFeed::setStatusColors(const QVariantMap& colors)
{
    if (colors == m_statusColors)
        return;
    m_statusColors = colors;
    if (m_source && m_source->rowCount() > 0)
        syncRows(0, m_source->rowCount() - 1);
    emit statusColorsChanged();
}

std::optional<map::MapMarker> SeriesMarkerFeed::markerAt(int row) const
{
    const QModelIndex idx = m_source->index(row, 0);
    const QVariant lat = idx.data(SeriesListModel::LatitudeRole);
    const QVariant lon = idx.data(SeriesListModel::LongitudeRole);
    if (!lat.canConvert<double>() || !lon.canConvert<double>() || lat.isNull() || lon.isNull())
        return std::nullopt;

    map::MapMarker marker;
    marker.id = idx.data(SeriesListModel::IdRole).toString();
    marker.kind = kindOf(marker.id, idx.data(SeriesListModel::DomainIdRole).toString());
    marker.latitude = lat.toDouble();
    marker.longitude = lon.toDouble();
    const QString status = idx.data(SeriesListModel::StatusRole).toString();
    marker.color = m_statusColors.value(status).value<QColor>();
    const QString unit = idx.data(SeriesListModel::UnitRole).toString();
    QString value = idx.data(SeriesListModel::DisplayValueRole).toString();
    if (!unit.isEmpty())
        value += QLatin1Char(' ') + unit;
    marker.label = idx.data(SeriesListModel::LabelRole).toString() + QStringLiteral(": ") + value;
    marker.timestamp = idx.data(SeriesListModel::ObservedAtRole).toDateTime();
    return marker;
}

void SeriesMarkerFeed::syncRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        if (auto marker = markerAt(row))
            m_markers.upsert(*marker); // emits dataChanged only for roles that changed
        else
            m_markers.remove(m_source->index(row, 0).data(SeriesListModel::IdRole).toString());
    }
}

void SeriesMarkerFeed::removeRows(int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_markers.remove(m_source->index(row, 0).data(SeriesListModel::IdRole).toString());
}

void SeriesMarkerFeed::rebuild()
{
    std::vector<map::MapMarker> markers;
    const int rows = m_source ? m_source->rowCount() : 0;
    for (int row = 0; row < rows; ++row)
        if (auto marker = markerAt(row))
            markers.push_back(std::move(*marker));
    m_markers.setMarkers(std::move(markers));
}

} // namespace ioc::console
