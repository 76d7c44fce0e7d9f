// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesCatalog.h"

#include "ioc/protocol/Json.h"

#include <set>

namespace ioc::embedded {
std::string_view demo_series_json();
}

namespace ioc::server {

namespace bj = boost::json;
namespace json = protocol::json;
using protocol::Error;
using protocol::Result;

namespace {

Error at(std::string_view where, const Error& e)
{
    return {e.code, std::string(where) + ": " + e.message};
}

Result<SimSpec> readSim(const bj::object& o)
{
    SimSpec s;
    auto model = json::requireString(o, "model");
    if (!model)
        return model.error();
    if (*model == "daily")
        s.model = SimSpec::Model::Daily;
    else if (*model == "walk")
        s.model = SimSpec::Model::Walk;
    else if (*model == "counter")
        s.model = SimSpec::Model::Counter;
    else
        return Error{"bad_field", "unknown sim model '" + *model + "'"};
    auto num = [&](std::string_view key, double& out, bool required) -> std::optional<Error> {
        auto v = json::optionalNumber(o, key);
        if (!v)
            return v.error();
        if (!*v) {
            if (required)
                return Error{"bad_field", "sim field '" + std::string(key) + "' is required"};
            return std::nullopt;
        }
        out = **v;
        return std::nullopt;
    };
    const bool counter = s.model == SimSpec::Model::Counter;
    double decimals = 1;
    for (auto [key, out, required] :
         {std::tuple<std::string_view, double*, bool>{"base", &s.base, !counter},
          {"amplitude", &s.amplitude, false},
          {"peak_hour", &s.peakHour, s.model != SimSpec::Model::Walk},
          {"noise", &s.noise, false},
          {"min", &s.min, !counter},
          {"max", &s.max, !counter},
          {"decimals", &decimals, false},
          {"daily_total", &s.dailyTotal, counter}}) {
        if (auto e = num(key, *out, required))
            return *e;
    }
    s.decimals = static_cast<int>(decimals);
    if (!counter && s.min > s.max)
        return Error{"bad_field", "sim 'min' must not exceed 'max'"};
    return s;
}

} // namespace

const SourceInfo* SeriesCatalog::source(std::string_view id) const
{
    for (const auto& s : sources)
        if (s.id == id)
            return &s;
    return nullptr;
}

Result<SeriesCatalog> parseSeriesCatalog(std::string_view text)
{
    auto doc = json::parse(text);
    if (!doc)
        return doc.error();
    auto root = json::requireObject(*doc, "series catalogue");
    if (!root)
        return root.error();
    SeriesCatalog cat;

    auto domains = json::requireArray(**root, "domains");
    if (!domains)
        return domains.error();
    std::set<std::string> domainIds;
    for (std::size_t i = 0; i < (*domains)->size(); ++i) {
        auto d = protocol::domainFromJson((**domains)[i]);
        if (!d)
            return at("domains[" + std::to_string(i) + "]", d.error());
        if (!domainIds.insert(d->id).second)
            return Error{"duplicate_id", "domain '" + d->id + "' is defined twice"};
        cat.domains.push_back(std::move(*d));
    }

    auto sources = json::requireArray(**root, "sources");
    if (!sources)
        return sources.error();
    for (std::size_t i = 0; i < (*sources)->size(); ++i) {
        const std::string where = "sources[" + std::to_string(i) + "]";
        auto o = json::requireObject((**sources)[i], where);
        if (!o)
            return o.error();
        SourceInfo s;
        auto id = json::requireString(**o, "id");
        auto label = protocol::localizedTextFromJson(**o, "label");
        auto interval = json::requireInt(**o, "expected_interval_s");
        if (!id)
            return at(where, id.error());
        if (!label)
            return at(where, label.error());
        if (!interval || *interval <= 0)
            return Error{"bad_field", where + ": 'expected_interval_s' must be a positive integer"};
        if (cat.source(*id))
            return Error{"duplicate_id", "source '" + *id + "' is defined twice"};
        s.id = *id;
        s.label = *label;
        s.kind = json::optionalString(**o, "kind").value_or("department");
        s.expectedIntervalS = *interval;
        s.apiKeySha256 = json::optionalString(**o, "api_key_sha256").value_or("");
        if (!s.apiKeySha256.empty() &&
            (s.apiKeySha256.size() != 64 ||
             s.apiKeySha256.find_first_not_of("0123456789abcdef") != std::string::npos))
            return Error{"bad_field", where + ": 'api_key_sha256' must be 64 lowercase hex digits"};
        cat.sources.push_back(std::move(s));
    }

    auto series = json::requireArray(**root, "series");
    if (!series)
        return series.error();
    std::set<std::string> seriesIds;
    for (std::size_t i = 0; i < (*series)->size(); ++i) {
        const std::string where = "series[" + std::to_string(i) + "]";
        auto o = json::requireObject((**series)[i], where);
        if (!o)
            return o.error();
        SeriesDefinition def;
        auto& info = def.info;
        auto id = json::requireString(**o, "id");
        auto label = protocol::localizedTextFromJson(**o, "label");
        auto domainId = json::requireString(**o, "domain");
        auto sourceId = json::requireString(**o, "source");
        if (!id)
            return at(where, id.error());
        if (!label)
            return at(where, label.error());
        if (!domainId || !domainIds.contains(*domainId))
            return Error{"unknown_domain", where + ": 'domain' must name a defined domain"};
        const SourceInfo* src = sourceId ? cat.source(*sourceId) : nullptr;
        if (!src)
            return Error{"unknown_source", where + ": 'source' must name a defined source"};
        if (!seriesIds.insert(*id).second)
            return Error{"duplicate_id", "series '" + *id + "' is defined twice"};
        info.id = *id;
        info.label = *label;
        info.domain = *domainId;
        info.source = src->id;
        info.unit = json::optionalString(**o, "unit").value_or("");
        info.unitCode = json::optionalString(**o, "unit_code").value_or("");
        auto lat = json::optionalNumber(**o, "lat");
        auto lon = json::optionalNumber(**o, "lon");
        if (!lat || !lon)
            return Error{"bad_field", where + ": 'lat'/'lon' must be numbers"};
        if (lat->has_value() != lon->has_value() ||
            (*lat && (**lat < -90 || **lat > 90 || **lon < -180 || **lon > 180)))
            return Error{"bad_field", where + ": 'lat'/'lon' must both be given and in range"};
        info.lat = *lat;
        info.lon = *lon;
        info.expectedIntervalS = src->expectedIntervalS;
        if (auto it = (*o)->find("expected_interval_s"); it != (*o)->end()) {
            auto v = json::requireInt(**o, "expected_interval_s");
            if (!v || *v <= 0)
                return Error{"bad_field", where + ": 'expected_interval_s' must be positive"};
            info.expectedIntervalS = *v;
        }
        if (auto it = (*o)->find("sim"); it != (*o)->end()) {
            if (!it->value().is_object())
                return Error{"bad_field", where + ": 'sim' must be an object"};
            auto sim = readSim(it->value().get_object());
            if (!sim)
                return at(where, sim.error());
            def.sim = *sim;
        }
        cat.series.push_back(std::move(def));
    }

    if (auto it = (*root)->find("scenarios"); it != (*root)->end()) {
        if (!it->value().is_array())
            return Error{"bad_field", "'scenarios' must be an array"};
        const auto& arr = it->value().get_array();
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const std::string where = "scenarios[" + std::to_string(i) + "]";
            auto o = json::requireObject(arr[i], where);
            if (!o)
                return o.error();
            Scenario sc;
            auto id = json::requireString(**o, "id");
            auto label = protocol::localizedTextFromJson(**o, "label");
            auto duration = json::requireInt(**o, "duration_s");
            auto effects = json::requireArray(**o, "effects");
            if (!id || !label || !duration || *duration <= 0 || !effects)
                return Error{"bad_field", where + ": needs id, label, a positive duration_s and effects"};
            sc.id = *id;
            sc.label = *label;
            sc.durationS = *duration;
            for (const auto& e : **effects) {
                auto eo = json::requireObject(e, where + ".effects[]");
                if (!eo)
                    return eo.error();
                auto prefix = json::requireString(**eo, "prefix");
                auto add = json::requireNumber(**eo, "add");
                if (!prefix || prefix->empty() || !add)
                    return Error{"bad_field", where + ": each effect needs a prefix and a number 'add'"};
                sc.effects.push_back({*prefix, *add});
            }
            cat.scenarios.push_back(std::move(sc));
        }
    }
    return cat;
}

std::string_view builtinDemoCatalog()
{
    return embedded::demo_series_json();
}

} // namespace ioc::server
