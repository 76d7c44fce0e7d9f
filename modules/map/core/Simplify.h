// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

#include <vector>

namespace ioc::map {

// Douglas–Peucker simplification of a closed ring (no repeated closing point). Keeps every point
// that lies farther than `tolerance` from the simplified outline. Returns fewer than 3 points when
// the ring collapses at that tolerance (the caller drops it).
std::vector<QPointF> simplifyRing(const std::vector<QPointF>& ring, double tolerance);

// Same for an open polyline; the end points are always kept.
std::vector<QPointF> simplifyPolyline(const std::vector<QPointF>& line, double tolerance);

} // namespace ioc::map
