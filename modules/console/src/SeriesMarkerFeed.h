// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapMarker.h"
#include "MapMarkerModel.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace ioc::console {

// Keeps a map's sensor markers in step with the live series: every series with a place (roles of
// SeriesListModel) becomes a marker of its sensor kind, coloured by its freshness. Follows row
// inserts, removals and dataChanged one row at a time; only a reset of the source resets the
// markers.
class SeriesMarkerFeed : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QAbstractItemModel *sourceModel READ sourceModel WRITE setSourceModel NOTIFY
                   sourceModelChanged)
    Q_PROPERTY(ioc::map::MapMarkerModel *markers READ markers CONSTANT)
    // Freshness status ("fresh", "late", "stale", "no_data") → colour; from the view's theme.
    Q_PROPERTY(
        QVariantMap statusColors READ statusColors WRITE setStatusColors NOTIFY statusColorsChanged)

public:
    explicit SeriesMarkerFeed(QObject *parent = nullptr);

    QAbstractItemModel *sourceModel() const { return m_source; }
    void setSourceModel(QAbstractItemModel *model);
    map::MapMarkerModel *markers() { return &m_markers; }
    QVariantMap statusColors() const { return m_statusColors; }
    void setStatusColors(const QVariantMap& colors);

    // The marker kind of a series: "sensor.traffic", "sensor.air", "sensor.water",
    // "sensor.rain" or "sensor.other", from its id (and domain).
    static QString kindOf(const QString& seriesId, const QString& domainId);

signals:
    void sourceModelChanged();
    void statusColorsChanged();

private:
    // The marker of a source row; nullopt when the series has no place.
    std::optional<map::MapMarker> markerAt(int row) const;
    void syncRows(int first, int last);
    void removeRows(int first, int last);
    void rebuild();

    QPointer<QAbstractItemModel> m_source;
    map::MapMarkerModel m_markers;
    QVariantMap m_statusColors;
};

} // namespace ioc::console
