// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QPoint>
#include <QPointF>

// Spherical Web Mercator (EPSG:3857) exactly as slippy-map tiles use it, so that a tile backend
// lines up with everything drawn from our own data. Pure functions.
namespace ioc::map::WebMercator {

inline constexpr double kMaxLatitude = 85.051128779806592; // atan(sinh(pi)): the square's edge
inline constexpr double kEarthRadius = 6378137.0;          // metres, as EPSG:3857 defines it
inline constexpr double kTileSize = 256.0;                 // logical pixels per tile

// Into the unit square: x grows east from 180°W, y grows south from the top edge. Latitudes past
// ±kMaxLatitude are clamped onto the edge.
QPointF project(const QGeoCoordinate& coordinate);
QPointF project(double latitude, double longitude);
QGeoCoordinate unproject(const QPointF& unitSquare);

// Width of the whole world in logical pixels at a (fractional) zoom level.
double worldSize(double zoom);

// EPSG:3857 easting/northing in metres (what GIS tools print).
QPointF toEpsg3857(const QGeoCoordinate& coordinate);

// The z/x/y tile containing the coordinate.
QPoint tileAt(const QGeoCoordinate& coordinate, int zoom);

// Ground distance covered by one logical pixel at that latitude and zoom.
double metresPerPixel(double latitude, double zoom);

} // namespace ioc::map::WebMercator
