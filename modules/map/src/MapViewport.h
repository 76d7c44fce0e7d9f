// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace ioc::map {

// What part of the world an item of `size` shows: the Web Mercator unit-square point at its
// centre and a fractional zoom level (the world is 256·2^zoom logical pixels wide, the same
// convention as slippy-map tiles and Qt Location). Pure value type.
struct MapViewport
{
    QPointF center{0.5, 0.5};
    double zoom = 0;
    QSizeF size;

    double worldSize() const;
    QPointF toItem(const QPointF& unitSquare) const;
    QPointF toUnitSquare(const QPointF& itemPoint) const;
    // The unit-square rectangle the item shows.
    QRectF visibleArea() const;
    // Maps points given as (unitSquare - origin) * unitsPerWorld to item pixels: the one
    // transform that pans and zooms geometry stored in such local units.
    QTransform localToItem(const QPointF& origin, double unitsPerWorld) const;

    // The same view zoomed to `newZoom` with the world point under `itemPoint` kept in place.
    MapViewport zoomedAround(const QPointF& itemPoint, double newZoom) const;
    // The view panned so the content moves by `delta` item pixels.
    MapViewport pannedBy(const QPointF& delta) const;
    // The largest zoom (≤ maxZoom) at which `area` fits in `size` minus `margin` pixels per side.
    static MapViewport fitting(const QRectF& area, const QSizeF& size, double margin,
                               double maxZoom);

    bool operator==(const MapViewport&) const = default;
};

} // namespace ioc::map
