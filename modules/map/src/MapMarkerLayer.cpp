// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapMarkerLayer.h"

namespace ioc::map {

MapMarkerLayer::MapMarkerLayer(QObject *parent)
    : QObject(parent)
{
    connect(this, &MapMarkerLayer::kindsChanged, this, &MapMarkerLayer::contentChanged);
    connect(this, &MapMarkerLayer::visibleChanged, this, &MapMarkerLayer::contentChanged);
    connect(this, &MapMarkerLayer::clusteringChanged, this, &MapMarkerLayer::contentChanged);
    connect(this, &MapMarkerLayer::timeFilterChanged, this, &MapMarkerLayer::contentChanged);
    connect(this, &MapMarkerLayer::modelChanged, this, &MapMarkerLayer::contentChanged);
}

void MapMarkerLayer::setTitle(const QString& title)
{
    if (m_title == title)
        return;
    m_title = title;
    emit titleChanged();
}

void MapMarkerLayer::setModel(MapMarkerModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        // Any structural or data change: the view rebuilds this layer at most once per frame.
        const auto changed = [this] { emit contentChanged(); };
        connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, changed);
        connect(m_model, &QAbstractItemModel::modelReset, this, changed);
        connect(m_model, &QObject::destroyed, this, changed);
    }
    emit modelChanged();
}

void MapMarkerLayer::setKinds(const QStringList& kinds)
{
    if (m_kinds == kinds)
        return;
    m_kinds = kinds;
    emit kindsChanged();
}

void MapMarkerLayer::setVisible(bool visible)
{
    if (m_visible == visible)
        return;
    m_visible = visible;
    emit visibleChanged();
}

void MapMarkerLayer::setClustering(bool clustering)
{
    if (m_clustering == clustering)
        return;
    m_clustering = clustering;
    emit clusteringChanged();
}

void MapMarkerLayer::setClusterRadius(double radius)
{
    if (qFuzzyCompare(m_clusterRadius, radius) || radius <= 0)
        return;
    m_clusterRadius = radius;
    emit clusteringChanged();
}

void MapMarkerLayer::setClusterMaxZoom(double zoom)
{
    if (qFuzzyCompare(m_clusterMaxZoom, zoom))
        return;
    m_clusterMaxZoom = zoom;
    emit clusteringChanged();
}

void MapMarkerLayer::setTimeWindow(TimeWindow window)
{
    if (m_timeWindow == window)
        return;
    m_timeWindow = window;
    emit timeFilterChanged();
}

void MapMarkerLayer::setFrom(const QDateTime& from)
{
    if (m_from == from)
        return;
    m_from = from;
    emit timeFilterChanged();
}

void MapMarkerLayer::setTo(const QDateTime& to)
{
    if (m_to == to)
        return;
    m_to = to;
    emit timeFilterChanged();
}

void MapMarkerLayer::setReferenceTime(const QDateTime& time)
{
    if (m_referenceTime == time)
        return;
    m_referenceTime = time;
    emit timeFilterChanged();
}

QDateTime MapMarkerLayer::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

bool MapMarkerLayer::dependsOnClock() const
{
    return !m_referenceTime.isValid() && m_timeWindow != AnyTime && m_timeWindow != Custom;
}

bool MapMarkerLayer::accepts(const MapMarker& marker, const QDateTime& now) const
{
    if (!m_kinds.isEmpty() && !m_kinds.contains(marker.kind))
        return false;
    qint64 windowSeconds = 0;
    switch (m_timeWindow) {
    case AnyTime:
        return true;
    case LastHour:
        windowSeconds = 3600;
        break;
    case Last6Hours:
        windowSeconds = 6 * 3600;
        break;
    case Last24Hours:
        windowSeconds = 24 * 3600;
        break;
    case Custom:
        // Either bound may be open; a marker without a time never matches a time filter.
        return marker.timestamp.isValid() && (!m_from.isValid() || marker.timestamp >= m_from) &&
               (!m_to.isValid() || marker.timestamp <= m_to);
    }
    // A timestamp slightly ahead of our clock (skew between machines) still counts as recent.
    return marker.timestamp.isValid() && marker.timestamp.secsTo(now) <= windowSeconds;
}

} // namespace ioc::map
