// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

#include <cstdint>
#include <vector>

namespace ioc::map {

// Map units are world pixels at zoom 12 (the Web Mercator unit square × 2^20), measured from the
// data set's origin. Stored as float: near the city that keeps sub-centimetre precision while
// halving memory and upload size.
inline constexpr double kMapUnitsPerWorld = 1048576.0; // 2^20
inline constexpr int kMapUnitZoom = 12;                // zoom at which one map unit is one pixel

struct MapPoint
{
    float x = 0;
    float y = 0;
};

struct Span
{
    std::uint32_t first = 0;
    std::uint32_t count = 0;
};

// One level of detail of a set of shapes (the commune-level units, then the city outline).
// Rings are stored without the repeated closing point; a shape's rings are filled even-odd.
struct ShapeLevel
{
    double tolerance = 0; // Douglas–Peucker tolerance in map units; 0 for the original geometry
    std::vector<MapPoint> ringPoints;
    std::vector<Span> rings;      // into ringPoints
    std::vector<Span> shapeRings; // per shape, into rings
    // Triangulation of each shape's fill (for GPU renderers); indices point into triPoints.
    std::vector<MapPoint> triPoints;
    std::vector<std::uint32_t> triIndices;
    std::vector<Span> shapeTriangles; // per shape, into triIndices

    int shapeCount() const { return int(shapeRings.size()); }
    std::size_t vertexCount() const { return ringPoints.size(); }
};

QRectF boundsOf(const ShapeLevel& level, int shape);

} // namespace ioc::map

namespace ioc::map {

// Levels of detail: one per integer zoom from kCoarsestLevelZoom to kFinestLevelZoom, each
// simplified so its outline is off by at most kSimplifyErrorPixels at that zoom, then the original.
inline constexpr int kCoarsestLevelZoom = 7;
inline constexpr int kFinestLevelZoom = 14;
inline constexpr double kSimplifyErrorPixels = 0.35;

// Map units per logical pixel at a zoom level.
double mapUnitsPerPixel(double zoom);
// The tolerance a level built for `zoom` uses.
double toleranceForZoom(int zoom);

} // namespace ioc::map
