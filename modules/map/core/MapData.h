// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapDataFile.h"
#include "UnitIndex.h"

#include <QGeoCoordinate>
#include <QHash>

#include <memory>

namespace ioc::map {

// The city's commune-level units with their geometry at every level of detail, and the lookups
// the map needs (unit by code, unit at a coordinate). Immutable once built, so one instance is
// shared by every view and by the render thread.
class MapData
{
public:
    explicit MapData(MapDataContent content);
    MapData(const MapData&) = delete;
    MapData& operator=(const MapData&) = delete;

    // Reads a compiled map file (resource path or file path); null and `error` set on failure.
    static std::shared_ptr<const MapData> load(const QString& path, QString *error);

    const std::vector<AdminUnit>& units() const { return m_content.units; }
    int unitCount() const { return int(m_content.units.size()); }
    // The city outline is stored as one extra shape after the units.
    int outlineShape() const { return unitCount(); }
    int indexOf(const QString& code) const { return m_byCode.value(code, -1); }
    const AdminUnit *unit(const QString& code) const;

    int levelCount() const { return int(m_content.levels.size()); }
    const ShapeLevel& level(int index) const { return m_content.levels[std::size_t(index)]; }
    const ShapeLevel& finest() const { return m_content.levels.back(); }
    // The coarsest level whose simplification stays invisible at that zoom.
    int levelForZoom(double zoom) const;

    // Bounding boxes in map units of the original geometry.
    QRectF shapeBounds(int shape) const { return m_outlineIndex.shapeBounds(shape); }
    QRectF bounds() const { return m_outlineIndex.bounds(); }
    // The main body of the city (map units): every unit within kRemoteGapKm of another, grown
    // from the largest. Units outside it (Bạch Long Vĩ, 100 km out at sea) are remote: a city
    // view frames the main body and shows the remote units in an inset.
    QRectF mainBounds() const { return m_mainBounds; }
    const std::vector<int>& remoteUnits() const { return m_remoteUnits; }
    static constexpr double kRemoteGapKm = 20;

    QPointF toMap(const QGeoCoordinate& coordinate) const;
    QPointF toMap(const QPointF& unitSquare) const;
    QPointF toUnitSquare(const QPointF& map) const;
    QGeoCoordinate toCoordinate(const QPointF& map) const;

    // Index of the unit containing the coordinate, or -1 (at sea, outside the city).
    int unitAt(const QGeoCoordinate& coordinate) const;
    int unitAtMap(const QPointF& map) const { return m_unitIndex.shapeAt(map); }

private:
    void findRemoteUnits();

    MapDataContent m_content;
    QRectF m_mainBounds;
    std::vector<int> m_remoteUnits;
    QHash<QString, int> m_byCode;
    UnitIndex m_unitIndex;    // the units only
    UnitIndex m_outlineIndex; // units + outline, for bounds
};

} // namespace ioc::map
