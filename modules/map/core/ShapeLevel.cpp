// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShapeLevel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ioc::map {

QRectF boundsOf(const ShapeLevel& level, int shape)
{
    float minX = std::numeric_limits<float>::max();
    float minY = minX;
    float maxX = std::numeric_limits<float>::lowest();
    float maxY = maxX;
    const Span rings = level.shapeRings[std::size_t(shape)];
    for (std::uint32_t r = rings.first; r < rings.first + rings.count; ++r) {
        const Span ring = level.rings[r];
        for (std::uint32_t i = ring.first; i < ring.first + ring.count; ++i) {
            const MapPoint p = level.ringPoints[i];
            minX = std::min(minX, p.x);
            minY = std::min(minY, p.y);
            maxX = std::max(maxX, p.x);
            maxY = std::max(maxY, p.y);
        }
    }
    if (minX > maxX)
        return {};
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

} // namespace ioc::map

namespace ioc::map {

double mapUnitsPerPixel(double zoom)
{
    return std::exp2(double(kMapUnitZoom) - zoom);
}

double toleranceForZoom(int zoom)
{
    return kSimplifyErrorPixels * mapUnitsPerPixel(zoom);
}

} // namespace ioc::map
