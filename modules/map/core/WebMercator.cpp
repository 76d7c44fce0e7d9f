// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebMercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ioc::map::WebMercator {

using std::numbers::pi;

QPointF project(double latitude, double longitude)
{
    const double lat = std::clamp(latitude, -kMaxLatitude, kMaxLatitude) * pi / 180.0;
    const double x = (longitude + 180.0) / 360.0;
    const double y = 0.5 - std::asinh(std::tan(lat)) / (2.0 * pi);
    return {x, y};
}

QPointF project(const QGeoCoordinate& coordinate)
{
    return project(coordinate.latitude(), coordinate.longitude());
}

QGeoCoordinate unproject(const QPointF& unitSquare)
{
    const double longitude = unitSquare.x() * 360.0 - 180.0;
    const double latitude = std::atan(std::sinh(pi * (1.0 - 2.0 * unitSquare.y()))) * 180.0 / pi;
    return {latitude, longitude};
}

double worldSize(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

QPointF toEpsg3857(const QGeoCoordinate& coordinate)
{
    const QPointF p = project(coordinate);
    const double circumference = 2.0 * pi * kEarthRadius;
    return {(p.x() - 0.5) * circumference, (0.5 - p.y()) * circumference};
}

QPoint tileAt(const QGeoCoordinate& coordinate, int zoom)
{
    const QPointF p = project(coordinate);
    const double n = std::exp2(zoom);
    const auto clampTile = [n](double v) { return int(std::clamp(std::floor(v * n), 0.0, n - 1)); };
    return {clampTile(p.x()), clampTile(p.y())};
}

double metresPerPixel(double latitude, double zoom)
{
    return std::cos(latitude * pi / 180.0) * 2.0 * pi * kEarthRadius / worldSize(zoom);
}

} // namespace ioc::map::WebMercator
