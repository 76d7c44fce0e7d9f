// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitDirectory.h"

#include "ioc/domain/DuplicateGrouping.h"
#include "ioc/protocol/Json.h"

#include <algorithm>

namespace ioc::embedded {
std::string_view units_json();
}

namespace ioc::server {

namespace json = protocol::json;

const AdminUnitInfo *UnitDirectory::find(std::string_view code) const
{
    for (const auto& u : units)
        if (u.code == code)
            return &u;
    return nullptr;
}

const AdminUnitInfo *UnitDirectory::locate(double lat, double lon) const
{
    const AdminUnitInfo *best = nullptr;
    double bestDistance = 0;
    for (const auto& u : units) {
        if (!u.box || !u.box->contains(lat, lon))
            continue;
        const double d = domain::distanceMetres(lat, lon, u.lat, u.lon);
        if (!best || d < bestDistance) {
            best = &u;
            bestDistance = d;
        }
    }
    return best;
}

std::vector<domain::GeoBox> UnitDirectory::boxes() const
{
    std::vector<domain::GeoBox> out;
    for (const auto& u : units)
        if (u.box)
            out.push_back(*u.box);
    return out;
}

protocol::Result<UnitDirectory> parseUnitDirectory(std::string_view text)
{
    auto v = json::parse(text);
    if (!v)
        return v.error();
    auto root = json::requireObject(*v, "units");
    if (!root)
        return root.error();
    auto list = json::requireArray(**root, "units");
    if (!list)
        return list.error();
    UnitDirectory out;
    for (const auto& item : **list) {
        auto o = json::requireObject(item, "unit");
        if (!o)
            return o.error();
        auto code = json::requireString(**o, "code");
        auto name = json::requireString(**o, "name");
        auto lat = json::requireNumber(**o, "lat");
        auto lon = json::requireNumber(**o, "lon");
        if (!code || !name || !lat || !lon)
            return protocol::Error{"bad_unit", "every unit needs code, name, lat and lon"};
        AdminUnitInfo u{*code, json::optionalString(**o, "type").value_or(""), *name,
                         json::optionalString(**o, "full_name").value_or(*name),
                         json::optionalString(**o, "name_en").value_or(""), *lat, *lon, {}};
        // [min lon, min lat, max lon, max lat], as GeoJSON writes a bbox.
        if (auto b = (*o)->find("bbox"); b != (*o)->end()) {
            const auto *a = b->value().if_array();
            if (!a || a->size() != 4 || !std::all_of(a->begin(), a->end(), [](const auto& x) {
                    return x.is_number();
                }))
                return protocol::Error{"bad_unit", "'bbox' of unit " + *code +
                                                       " must be [min lon, min lat, max lon, max lat]"};
            auto num = [&](std::size_t i) { return (*a)[i].to_number<double>(); };
            u.box = domain::GeoBox{num(1), num(0), num(3), num(2)};
        }
        out.units.push_back(std::move(u));
    }
    return out;
}

std::string_view builtinUnitDirectory()
{
    return embedded::units_json();
}

} // namespace ioc::server
