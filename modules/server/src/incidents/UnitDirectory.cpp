// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitDirectory.h"

#include "ioc/protocol/Json.h"

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
        out.units.push_back({*code, json::optionalString(**o, "type").value_or(""), *name,
                             json::optionalString(**o, "full_name").value_or(*name),
                             json::optionalString(**o, "name_en").value_or(""), *lat, *lon});
    }
    return out;
}

std::string_view builtinUnitDirectory()
{
    return embedded::units_json();
}

} // namespace ioc::server
