// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapViewport.h"
#include "WebMercator.h"

#include <algorithm>
#include <cmath>

namespace ioc::map {

double MapViewport::worldSize() const
{
    return WebMercator::worldSize(zoom);
}

QPointF MapViewport::toItem(const QPointF& unitSquare) const
{
    return (unitSquare - center) * worldSize() + QPointF(size.width() / 2, size.height() / 2);
}

QPointF MapViewport::toUnitSquare(const QPointF& itemPoint) const
{
    return (itemPoint - QPointF(size.width() / 2, size.height() / 2)) / worldSize() + center;
}

QRectF MapViewport::visibleArea() const
{
    return QRectF(toUnitSquare({0, 0}), toUnitSquare({size.width(), size.height()}));
}

QTransform MapViewport::localToItem(const QPointF& origin, double unitsPerWorld) const
{
    const double scale = worldSize() / unitsPerWorld;
    const QPointF offset = toItem(origin);
    return QTransform(scale, 0, 0, scale, offset.x(), offset.y());
}

MapViewport MapViewport::zoomedAround(const QPointF& itemPoint, double newZoom) const
{
    const QPointF anchor = toUnitSquare(itemPoint);
    MapViewport v = *this;
    v.zoom = newZoom;
    // Solve toItem(anchor) == itemPoint for the new centre.
    v.center = anchor - (itemPoint - QPointF(size.width() / 2, size.height() / 2)) / v.worldSize();
    return v;
}

MapViewport MapViewport::pannedBy(const QPointF& delta) const
{
    MapViewport v = *this;
    v.center -= delta / worldSize();
    return v;
}

MapViewport MapViewport::fitting(const QRectF& area, const QSizeF& size, double margin,
                                 double maxZoom)
{
    MapViewport v;
    v.size = size;
    v.center = area.center();
    const double w = std::max(size.width() - 2 * margin, 1.0);
    const double h = std::max(size.height() - 2 * margin, 1.0);
    const double needX = area.width() > 0 ? w / area.width() : INFINITY;
    const double needY = area.height() > 0 ? h / area.height() : INFINITY;
    const double world = std::min(needX, needY);
    v.zoom = std::isfinite(world) ? std::min(std::log2(world / WebMercator::kTileSize), maxZoom)
                                  : maxZoom;
    return v;
}

} // namespace ioc::map
