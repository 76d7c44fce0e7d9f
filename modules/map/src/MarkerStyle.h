// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapMarker.h"
#include "SpriteAtlas.h"

namespace ioc::map::MarkerStyle {

// Severity 1 low … 4 critical; anything else is "not rated".
QColor severityColor(int severity);
// The colour a marker is drawn in: its own, else its severity's (incidents), else its kind's.
QColor colorOf(const MapMarker& marker);
SpriteAtlas::Shape shapeOf(const QString& kind);
int sizeOf(const QString& kind); // logical pixels
// Cluster disc size for a member count (grows with the order of magnitude).
int clusterSize(int count);

} // namespace ioc::map::MarkerStyle
