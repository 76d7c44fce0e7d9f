// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/ReportValidation.h"
#include "ioc/protocol/Result.h"

#include <optional>

#include <string>
#include <string_view>
#include <vector>

namespace ioc::server {

// The city's commune-level units (xã, phường, đặc khu) since 1 July 2025, with a label point
// each, for pickers and for checking the unit an incident names.
struct AdminUnitInfo
{
    std::string code; // 5 digits, Công văn 1027/CTK-CSCL
    std::string type; // ward, commune, special zone (English, as in the source data)
    std::string name;
    std::string fullName;
    std::string nameEn;
    double lat = 0;
    double lon = 0;
    std::optional<domain::GeoBox> box; // the unit's extent ("bbox" in units.json)
};

struct UnitDirectory
{
    std::vector<AdminUnitInfo> units;
    const AdminUnitInfo *find(std::string_view code) const;
    // The unit a point most likely lies in: of the units whose box holds it, the one with the
    // nearest label point (boxes of neighbours overlap); nullptr outside every box.
    const AdminUnitInfo *locate(double lat, double lon) const;
    // Every unit's box: together, the extent of the city.
    std::vector<domain::GeoBox> boxes() const;
};

protocol::Result<UnitDirectory> parseUnitDirectory(std::string_view json);
// resources/config/units.json, compiled in.
std::string_view builtinUnitDirectory();

} // namespace ioc::server
