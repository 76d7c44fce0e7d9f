// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotaConfig.h"

#include "ioc/protocol/Json.h"

#include <boost/json/value.hpp>

#include <algorithm>
#include <cstdlib>

namespace ioc::server {

namespace bj = boost::json;
using protocol::Error;
using protocol::Result;

namespace {
// "'KEY' …", appended piecewise: GCC 12 warns falsely (-Wrestrict, PR 105651) about
// `"'" + std::string(key) + …` once inlined.
Error badRota(std::string_view key, std::string_view what)
{
    std::string message(1, '\'');
    message.append(key);
    message.append("' ");
    message.append(what);
    return Error{"bad_rota", std::move(message)};
}

Result<std::vector<std::string>> names(const bj::object& o, std::string_view key)
{
    std::vector<std::string> out;
    auto it = o.find(key);
    if (it == o.end())
        return out;
    if (!it->value().is_array())
        return badRota(key, "must be a list of user names");
    for (const auto& v : it->value().get_array()) {
        if (!v.is_string() || v.get_string().empty())
            return badRota(key, "must be a list of user names");
        out.emplace_back(v.get_string());
    }
    return out;
}

Result<domain::DutyAssignment> duty(const bj::object& o)
{
    auto officers = names(o, "officers");
    if (!officers)
        return officers.error();
    auto supervisors = names(o, "supervisors");
    if (!supervisors)
        return supervisors.error();
    return domain::DutyAssignment{std::move(*officers), std::move(*supervisors)};
}

Result<domain::ShiftDefinition> shift(const bj::value& v)
{
    if (!v.is_object())
        return Error{"bad_rota", "each shift must be an object"};
    const auto& o = v.get_object();
    auto id = protocol::json::requireString(o, "id");
    auto start = protocol::json::requireString(o, "start");
    auto end = protocol::json::requireString(o, "end");
    if (!id || !start || !end)
        return Error{"bad_rota", "each shift needs 'id', 'start' and 'end'"};
    auto s = domain::parseClockMinute(*start), e = domain::parseClockMinute(*end);
    if (!s || !e)
        return Error{"bad_rota", "shift '" + *id + "': 'start' and 'end' are HH:MM"};
    domain::ShiftDefinition d{*id, *s, *e, *id, *id};
    if (auto it = o.find("label"); it != o.end() && it->value().is_object()) {
        d.labelVi = protocol::json::optionalString(it->value().get_object(), "vi").value_or(*id);
        d.labelEn = protocol::json::optionalString(it->value().get_object(), "en").value_or(*id);
    }
    return d;
}

Result<std::int64_t> positive(const bj::object& o, std::string_view key, std::int64_t fallback)
{
    auto it = o.find(key);
    if (it == o.end())
        return fallback;
    if (!it->value().is_int64() || it->value().get_int64() <= 0)
        return badRota(key, "must be a positive whole number");
    return it->value().get_int64();
}
} // namespace

Result<RotaConfig> parseRotaConfig(std::string_view json)
{
    auto parsed = protocol::json::parse(json);
    if (!parsed)
        return parsed.error();
    if (!parsed->is_object())
        return Error{"bad_rota", "the rota must be a JSON object"};
    const auto& root = parsed->get_object();

    std::int64_t offset = domain::ShiftRota::kHaiPhongOffset.count();
    if (auto it = root.find("utc_offset_minutes"); it != root.end()) {
        if (!it->value().is_int64() || std::abs(it->value().get_int64()) > 14 * 60)
            return Error{"bad_rota", "'utc_offset_minutes' must be a whole number within ±840"};
        offset = it->value().get_int64();
    }
    std::vector<domain::ShiftDefinition> shifts;
    if (auto it = root.find("shifts"); it != root.end()) {
        if (!it->value().is_array())
            return Error{"bad_rota", "'shifts' must be a list"};
        for (const auto& v : it->value().get_array()) {
            auto s = shift(v);
            if (!s)
                return s.error();
            shifts.push_back(std::move(*s));
        }
    } else {
        shifts = domain::ShiftRota::standard().shifts();
    }
    if (auto why = domain::validateShifts(shifts))
        return Error{"bad_rota", *why};

    std::map<std::string, domain::DutyAssignment> dutyByShift;
    if (auto it = root.find("duty"); it != root.end()) {
        if (!it->value().is_object())
            return Error{"bad_rota", "'duty' must map shift ids to {officers, supervisors}"};
        for (const auto& [key, value] : it->value().get_object()) {
            const std::string id(key);
            if (!value.is_object() || std::none_of(shifts.begin(), shifts.end(),
                                                   [&](const auto& s) { return s.id == id; }))
                return Error{"bad_rota", "'duty' names an unknown shift '" + id + "'"};
            auto d = duty(value.get_object());
            if (!d)
                return d.error();
            dutyByShift[id] = std::move(*d);
        }
    }
    std::map<std::pair<std::string, std::string>, domain::DutyAssignment> overrides;
    if (auto it = root.find("overrides"); it != root.end()) {
        if (!it->value().is_array())
            return Error{"bad_rota", "'overrides' must be a list"};
        for (const auto& v : it->value().get_array()) {
            if (!v.is_object())
                return Error{"bad_rota", "each override must be an object"};
            const auto& o = v.get_object();
            auto date = protocol::json::requireString(o, "date");
            auto id = protocol::json::requireString(o, "shift");
            if (!date || !id || !domain::parseLocalDate(*date) ||
                std::none_of(shifts.begin(), shifts.end(),
                             [&](const auto& s) { return s.id == *id; }))
                return Error{"bad_rota",
                             "each override needs a 'date' (YYYY-MM-DD) and a known 'shift'"};
            auto d = duty(o);
            if (!d)
                return d.error();
            overrides[{*date, *id}] = std::move(*d);
        }
    }
    auto escalate = positive(root, "escalate_after_s", 30 * 60);
    if (!escalate)
        return escalate.error();
    auto lead = positive(root, "draft_lead_minutes", 30);
    if (!lead)
        return lead.error();
    return RotaConfig{domain::ShiftRota(std::move(shifts), domain::Minutes(offset),
                                        std::move(dutyByShift), std::move(overrides)),
                      domain::Seconds(*escalate), domain::Minutes(*lead)};
}

RotaConfig builtinRotaConfig(bool demo)
{
    RotaConfig c;
    if (!demo)
        return c;
    const domain::DutyAssignment everyone{{"officer", "officer2"}, {"supervisor", "supervisor2"}};
    std::map<std::string, domain::DutyAssignment> duty;
    for (const auto& s : c.rota.shifts())
        duty[s.id] = everyone;
    c.rota = domain::ShiftRota(c.rota.shifts(), c.rota.utcOffset(), std::move(duty));
    return c;
}

} // namespace ioc::server
