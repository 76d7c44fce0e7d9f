// SPDX-License-Identifier: GPL-3.0-or-later
#include "Simplify.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace ioc::map {

namespace {

double squaredSegmentDistance(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double lengthSquared = dx * dx + dy * dy;
    double t = 0;
    if (lengthSquared > 0)
        t = std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared, 0.0, 1.0);
    const double ex = p.x() - (a.x() + t * dx);
    const double ey = p.y() - (a.y() + t * dy);
    return ex * ex + ey * ey;
}

// Marks the points of line[first..last] to keep. Iterative so a 6,000-point ring cannot overflow
// the stack.
void markKept(const std::vector<QPointF>& line, std::size_t first, std::size_t last,
              double toleranceSquared, std::vector<bool>& keep)
{
    std::vector<std::pair<std::size_t, std::size_t>> stack{{first, last}};
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        double worst = -1;
        std::size_t worstIndex = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            const double d = squaredSegmentDistance(line[i], line[a], line[b]);
            if (d > worst) {
                worst = d;
                worstIndex = i;
            }
        }
        if (worst > toleranceSquared) {
            keep[worstIndex] = true;
            stack.emplace_back(a, worstIndex);
            stack.emplace_back(worstIndex, b);
        }
    }
}

} // namespace

std::vector<QPointF> simplifyPolyline(const std::vector<QPointF>& line, double tolerance)
{
    if (line.size() < 3 || tolerance <= 0)
        return line;
    std::vector<bool> keep(line.size(), false);
    keep.front() = keep.back() = true;
    markKept(line, 0, line.size() - 1, tolerance * tolerance, keep);
    std::vector<QPointF> out;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (keep[i])
            out.push_back(line[i]);
    }
    return out;
}

std::vector<QPointF> simplifyRing(const std::vector<QPointF>& ring, double tolerance)
{
    if (ring.size() < 4 || tolerance <= 0)
        return ring;
    // A closed ring has no natural end points: anchor it at its first point and the point
    // farthest from it, then simplify the two halves as polylines.
    std::size_t far = 0;
    double farDistance = -1;
    for (std::size_t i = 1; i < ring.size(); ++i) {
        const QPointF d = ring[i] - ring[0];
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance > farDistance) {
            farDistance = distance;
            far = i;
        }
    }
    std::vector<QPointF> closed(ring);
    closed.push_back(ring.front());
    std::vector<bool> keep(closed.size(), false);
    keep[0] = keep[far] = keep.back() = true;
    const double toleranceSquared = tolerance * tolerance;
    markKept(closed, 0, far, toleranceSquared, keep);
    markKept(closed, far, closed.size() - 1, toleranceSquared, keep);
    std::vector<QPointF> out;
    for (std::size_t i = 0; i + 1 < closed.size(); ++i) {
        if (keep[i])
            out.push_back(closed[i]);
    }
    return out;
}

} // namespace ioc::map
