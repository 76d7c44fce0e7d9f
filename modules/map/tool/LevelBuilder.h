// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GeoJsonReader.h"
#include "ShapeLevel.h"

namespace ioc::map::tool {

// Builds one level of detail: every shape's rings simplified with `tolerance` (map units) and the
// fills triangulated. Shapes are given in map units. A shape whose rings all vanish keeps its
// largest ring unsimplified, so a small island never disappears from the map.
ShapeLevel buildLevel(const std::vector<std::vector<Ring>>& shapes, double tolerance);

} // namespace ioc::map::tool
