// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminUnit.h"

#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

namespace ioc::map::tool {

// A ring as read: Web Mercator unit-square points, closing point removed.
using Ring = std::vector<QPointF>;

struct Feature
{
    AdminUnit unit;
    std::vector<Ring> rings; // outer rings and holes of every polygon, filled even-odd
};

// Reads a GeoJSON FeatureCollection of Polygon/MultiPolygon features with the properties of
// ../shared/data/haiphong (code, type_en, name, full_name, name_en, area_km2, label_point).
std::optional<std::vector<Feature>> readFeatures(const QString& path, QString *error);

} // namespace ioc::map::tool
