// SPDX-License-Identifier: GPL-3.0-or-later
#include "LevelBuilder.h"
#include "Simplify.h"

#include <QPainterPath>
#include <QtGui/private/qtriangulator_p.h>

#include <algorithm>
#include <cmath>

namespace ioc::map::tool {

namespace {

// qTriangulate rounds to a 1/32 grid after applying its matrix; scaling map units up first keeps
// the triangulation within 1/2048 map unit (millimetres on the ground) of the outline.
constexpr double kTriangulationScale = 64.0;

double ringArea(const Ring& ring)
{
    double twice = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        twice += (ring[j].x() - ring[i].x()) * (ring[j].y() + ring[i].y());
    return std::abs(twice) / 2;
}

std::vector<Ring> simplifyShape(const std::vector<Ring>& rings, double tolerance)
{
    std::vector<Ring> out;
    for (const Ring& ring : rings) {
        Ring simplified = simplifyRing(ring, tolerance);
        if (simplified.size() >= 3)
            out.push_back(std::move(simplified));
    }
    if (out.empty() && !rings.empty()) {
        const auto largest = std::max_element(
            rings.begin(), rings.end(), [](auto& a, auto& b) { return ringArea(a) < ringArea(b); });
        out.push_back(*largest);
    }
    return out;
}

void appendTriangles(const std::vector<Ring>& rings, ShapeLevel& level)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Ring& ring : rings) {
        QPolygonF polygon(ring.begin(), ring.end());
        polygon.append(ring.front());
        path.addPolygon(polygon);
    }
    const QTriangleSet set = qTriangulate(
        path, QTransform::fromScale(kTriangulationScale, kTriangulationScale), 1, true);
    const auto base = std::uint32_t(level.triPoints.size());
    for (qsizetype i = 0; i + 1 < set.vertices.size(); i += 2) {
        level.triPoints.push_back({float(set.vertices[i] / kTriangulationScale),
                                   float(set.vertices[i + 1] / kTriangulationScale)});
    }
    const Span span{std::uint32_t(level.triIndices.size()), std::uint32_t(set.indices.size())};
    for (int i = 0; i < set.indices.size(); ++i) {
        const std::uint32_t index = set.indices.type() == QVertexIndexVector::UnsignedInt
                                        ? static_cast<const quint32 *>(set.indices.data())[i]
                                        : static_cast<const quint16 *>(set.indices.data())[i];
        level.triIndices.push_back(base + index);
    }
    level.shapeTriangles.push_back(span);
}

} // namespace

ShapeLevel buildLevel(const std::vector<std::vector<Ring>>& shapes, double tolerance)
{
    ShapeLevel level;
    level.tolerance = tolerance;
    for (const std::vector<Ring>& shape : shapes) {
        const std::vector<Ring> rings = simplifyShape(shape, tolerance);
        const Span shapeSpan{std::uint32_t(level.rings.size()), std::uint32_t(rings.size())};
        for (const Ring& ring : rings) {
            level.rings.push_back(
                {std::uint32_t(level.ringPoints.size()), std::uint32_t(ring.size())});
            for (const QPointF& p : ring)
                level.ringPoints.push_back({float(p.x()), float(p.y())});
        }
        level.shapeRings.push_back(shapeSpan);
        appendTriangles(rings, level);
    }
    return level;
}

} // namespace ioc::map::tool
