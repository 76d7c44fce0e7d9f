// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentCategories.h"

#include "ioc/protocol/Json.h"

#include <set>

namespace ioc::embedded {
std::string_view incident_categories_json();
}

namespace ioc::server {

namespace json = protocol::json;
using protocol::Error;

namespace {
protocol::Result<std::pair<std::string, std::string>> label(const boost::json::object& o,
                                                            std::string_view what)
{
    auto it = o.find("label");
    if (it == o.end() || !it->value().is_object())
        return Error{"bad_category", std::string(what) + ": 'label' must be an object {vi, en}"};
    auto vi = json::requireString(it->value().get_object(), "vi");
    auto en = json::requireString(it->value().get_object(), "en");
    if (!vi || !en || vi->empty() || en->empty())
        return Error{"bad_category", std::string(what) + ": 'label' needs non-empty 'vi' and 'en'"};
    return std::pair{*vi, *en};
}
} // namespace

const IncidentCategory *IncidentCategories::find(std::string_view id) const
{
    for (const auto& c : categories)
        if (c.id == id)
            return &c;
    return nullptr;
}

protocol::Result<IncidentCategories> parseIncidentCategories(std::string_view text)
{
    auto v = json::parse(text);
    if (!v)
        return v.error();
    auto root = json::requireObject(*v, "incident categories");
    if (!root)
        return root.error();
    auto list = json::requireArray(**root, "categories");
    if (!list)
        return list.error();
    IncidentCategories out;
    std::set<std::string> ids;
    for (const auto& item : **list) {
        auto o = json::requireObject(item, "category");
        if (!o)
            return o.error();
        IncidentCategory c;
        auto id = json::requireString(**o, "id");
        auto dom = json::requireString(**o, "domain");
        if (!id || !dom || id->empty())
            return Error{"bad_category", "every category needs an 'id' and a 'domain'"};
        if (!ids.insert(*id).second)
            return Error{"bad_category", "category '" + *id + "' is defined twice"};
        c.id = *id;
        c.domain = *dom;
        auto l = label(**o, "category '" + c.id + "'");
        if (!l)
            return l.error();
        c.labelVi = l->first;
        c.labelEn = l->second;
        auto sev = json::requireInt(**o, "default_severity");
        if (!sev || !domain::severityFromInt(*sev))
            return Error{"bad_category",
                         "category '" + c.id + "': 'default_severity' must be 1..4"};
        c.defaultSeverity = *domain::severityFromInt(*sev);
        auto minutes = json::requireInt(**o, "response_minutes");
        if (!minutes || *minutes <= 0)
            return Error{"bad_category", "category '" + c.id + "': 'response_minutes' must be > 0"};
        c.responseTime = std::chrono::minutes(*minutes);
        auto steps = json::requireArray(**o, "checklist");
        if (!steps)
            return Error{"bad_category", "category '" + c.id + "': 'checklist' must be an array"};
        std::set<std::string> stepIds;
        for (const auto& s : **steps) {
            auto so = json::requireObject(s, "checklist step");
            if (!so)
                return so.error();
            auto sid = json::requireString(**so, "id");
            if (!sid || sid->empty() || !stepIds.insert(*sid).second)
                return Error{"bad_category",
                             "category '" + c.id + "': step ids must be unique and non-empty"};
            auto sl = label(**so, "step '" + *sid + "'");
            if (!sl)
                return sl.error();
            c.checklist.push_back({*sid, sl->first, sl->second});
        }
        out.categories.push_back(std::move(c));
    }
    if (out.categories.empty())
        return Error{"bad_category", "no incident categories defined"};
    return out;
}

std::string_view builtinIncidentCategories()
{
    return embedded::incident_categories_json();
}

} // namespace ioc::server
