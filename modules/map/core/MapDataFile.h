// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminUnit.h"
#include "ShapeLevel.h"

#include <QPointF>

#include <optional>
#include <vector>

class QIODevice;

namespace ioc::map {

// Everything a compiled map file holds. Shapes 0..units-1 are the units in file order; the last
// shape is the city outline. Levels run from coarsest to the original geometry (tolerance 0).
struct MapDataContent
{
    QPointF origin; // map-unit origin in the Web Mercator unit square
    std::vector<AdminUnit> units;
    std::vector<ShapeLevel> levels;
};

// The compact binary form built from the GeoJSON by ioc-mapc at build time (see docs/map.md).
// Little-endian raw arrays behind a small header: loading is a few memcpy, no parsing.
namespace MapDataFile {
inline constexpr quint32 kMagic = 0x50414D49; // "IMAP"
inline constexpr quint32 kVersion = 1;

bool write(const MapDataContent& content, QIODevice& device);
// Returns nothing and sets `error` when the stream is not a complete map file of this version.
std::optional<MapDataContent> read(QIODevice& device, QString *error);
} // namespace MapDataFile

} // namespace ioc::map
