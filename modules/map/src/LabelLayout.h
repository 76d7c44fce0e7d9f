// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace ioc::map {

// Chooses which unit names to show at a zoom level: a name appears when its unit is wide enough
// on screen to hold it and it does not collide with a name of higher priority. Depends on the
// zoom only (not on panning), so names never flicker while the map moves.
struct LabelCandidate
{
    QPointF anchor;      // label centre, world pixels at the current zoom
    QSizeF size;         // label size, pixels
    QSizeF unitSize;     // unit bounding box, pixels at the current zoom
    bool always = false; // shown whatever the unit's size (the special zones)
};

// Candidates in priority order; returns the indexes of those to draw.
std::vector<int> placeLabels(const std::vector<LabelCandidate>& candidates);

} // namespace ioc::map
