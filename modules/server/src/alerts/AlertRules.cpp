// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertRules.h"

#include "ioc/protocol/Json.h"
#include "ioc/protocol/Series.h"

#include <boost/json/array.hpp>

#include <cmath>

namespace ioc::embedded {
std::string_view alert_rules_json();
}

namespace ioc::server {

namespace bj = boost::json;
namespace json = protocol::json;
using domain::AlertKind;
using domain::Level;
using protocol::Error;

namespace {
constexpr std::size_t kMaxRules = 500;

Error bad(std::string message)
{
    return Error{"bad_alert_rules", std::move(message)};
}

protocol::Result<std::vector<std::string>> stringList(const bj::object& o, std::string_view key,
                                                      bool required)
{
    std::vector<std::string> out;
    auto it = o.find(key);
    if (it == o.end()) {
        if (required)
            return bad("'" + std::string(key) + "' is required");
        return out;
    }
    if (!it->value().is_array())
        return bad("'" + std::string(key) + "' must be an array of strings");
    for (const auto& v : it->value().get_array()) {
        if (!v.is_string() || v.get_string().empty())
            return bad("'" + std::string(key) + "' must be an array of non-empty strings");
        out.emplace_back(v.get_string());
    }
    return out;
}

protocol::Result<Level> levelFrom(const bj::object& o)
{
    Level l;
    const auto dir = json::optionalString(o, "direction").value_or("above");
    if (dir == "below")
        l.direction = Level::Direction::Below;
    else if (dir != "above")
        return bad("'direction' must be \"above\" or \"below\"");
    auto raise = json::requireNumber(o, "raise_at");
    if (!raise)
        return bad(raise.error().message);
    l.raiseAt = *raise;
    auto clear = json::optionalNumber(o, "clear_at");
    if (!clear)
        return bad(clear.error().message);
    // Without a clear level the rule clears as soon as the value is back past the raise level.
    l.clearAt = clear->value_or(l.raiseAt);
    return l;
}

bj::object levelJson(const Level& l)
{
    return {{"direction", l.direction == Level::Direction::Above ? "above" : "below"},
            {"raise_at", l.raiseAt},
            {"clear_at", l.clearAt}};
}

template<class T> std::optional<T> optionalWhole(const bj::object& o, std::string_view key)
{
    auto it = o.find(key);
    if (it == o.end() || !it->value().is_number())
        return std::nullopt;
    const double d = it->value().to_number<double>();
    if (!std::isfinite(d) || d != std::floor(d))
        return std::nullopt;
    return static_cast<T>(d);
}

protocol::Result<domain::AlertRule> ruleFrom(const bj::value& v)
{
    if (!v.is_object())
        return bad("each rule must be an object");
    const auto& o = v.get_object();
    domain::AlertRule r;
    auto id = json::requireString(o, "id");
    if (!id)
        return bad(id.error().message);
    r.id = *id;
    const std::string where = "rule '" + r.id + "': ";
    auto label = protocol::localizedTextFromJson(o, "label");
    if (!label)
        return bad(where + label.error().message);
    r.label = {label->vi, label->en};
    auto kind = domain::alertKindFromString(json::optionalString(o, "kind").value_or(""));
    if (!kind)
        return bad(where + "'kind' must be threshold, rate, missing, combination or forecast");
    r.kind = *kind;
    auto severity = optionalWhole<int>(o, "severity");
    if (!severity)
        return bad(where + "'severity' must be a whole number 1 to 4");
    r.severity = *severity;
    auto category = json::requireString(o, "category");
    if (!category)
        return bad(where + category.error().message);
    r.suggestedCategory = *category;
    if (auto it = o.find("enabled"); it != o.end()) {
        if (!it->value().is_bool())
            return bad(where + "'enabled' must be true or false");
        r.enabled = it->value().get_bool();
    }
    switch (r.kind) {
    case AlertKind::Threshold:
    case AlertKind::Rate:
    case AlertKind::Forecast: {
        auto series = stringList(o, "series", true);
        if (!series)
            return bad(where + series.error().message);
        r.series = std::move(*series);
        auto level = levelFrom(o);
        if (!level)
            return bad(where + level.error().message);
        r.level = *level;
        if (r.kind == AlertKind::Rate) {
            auto w = optionalWhole<std::int64_t>(o, "window_s");
            if (!w)
                return bad(where + "'window_s' (whole seconds) is required");
            r.window = domain::Seconds{*w};
        }
        if (r.kind == AlertKind::Forecast)
            r.horizon = domain::Seconds{optionalWhole<std::int64_t>(o, "horizon_s").value_or(1800)};
        break;
    }
    case AlertKind::Missing: {
        auto sources = stringList(o, "sources", true);
        if (!sources)
            return bad(where + sources.error().message);
        r.sources = std::move(*sources);
        auto f = json::optionalNumber(o, "silent_factor");
        if (!f)
            return bad(where + f.error().message);
        r.silentFactor = f->value_or(2.0);
        break;
    }
    case AlertKind::Combination: {
        auto it = o.find("conditions");
        if (it == o.end() || !it->value().is_array())
            return bad(where + "'conditions' must be an array");
        for (const auto& c : it->value().get_array()) {
            if (!c.is_object())
                return bad(where + "each condition must be an object");
            auto series = json::requireString(c.get_object(), "series");
            if (!series)
                return bad(where + series.error().message);
            auto level = levelFrom(c.get_object());
            if (!level)
                return bad(where + level.error().message);
            r.parts.push_back({*series, *level});
        }
        break;
    }
    }
    return r;
}

bj::array strings(const std::vector<std::string>& v)
{
    bj::array a;
    for (const auto& s : v)
        a.emplace_back(s);
    return a;
}
} // namespace

bool AlertRuleSet::isForecastable(std::string_view series) const
{
    for (const auto& p : forecastable)
        if (domain::matchesPattern(p, series))
            return true;
    for (const auto& r : rules)
        if (r.kind == AlertKind::Forecast)
            for (const auto& p : r.series)
                if (domain::matchesPattern(p, series))
                    return true;
    return false;
}

protocol::Result<AlertRuleSet> parseAlertRules(std::string_view text,
                                               const std::set<std::string>& categories)
{
    auto doc = json::parse(text);
    if (!doc)
        return bad(doc.error().message);
    if (!doc->is_object())
        return bad("the alert rules must be a JSON object");
    const auto& o = doc->get_object();
    AlertRuleSet set;
    if (o.contains("renotify_after_s")) {
        auto s = optionalWhole<std::int64_t>(o, "renotify_after_s");
        if (!s || *s < 1 || *s > 7 * 86400)
            return bad("'renotify_after_s' must be 1 s to 7 days");
        set.renotifyAfter = domain::Seconds{*s};
    }
    auto forecastable = stringList(o, "forecastable", false);
    if (!forecastable)
        return forecastable.error();
    set.forecastable = std::move(*forecastable);
    auto rules = o.find("rules");
    if (rules == o.end() || !rules->value().is_array())
        return bad("'rules' must be an array");
    if (rules->value().get_array().size() > kMaxRules)
        return bad("at most 500 rules");
    for (const auto& v : rules->value().get_array()) {
        auto r = ruleFrom(v);
        if (!r)
            return r.error();
        set.rules.push_back(std::move(*r));
    }
    if (auto problem = domain::validateAlertRules(set.rules, categories))
        return bad(*problem);
    return set;
}

bj::object alertRulesJson(const AlertRuleSet& set)
{
    bj::array rules;
    for (const auto& r : set.rules) {
        bj::object o{{"id", r.id},
                     {"label", bj::object{{"vi", r.label.vi}, {"en", r.label.en}}},
                     {"kind", domain::toString(r.kind)},
                     {"severity", r.severity},
                     {"category", r.suggestedCategory},
                     {"enabled", r.enabled}};
        switch (r.kind) {
        case AlertKind::Threshold:
        case AlertKind::Rate:
        case AlertKind::Forecast:
            o["series"] = strings(r.series);
            for (auto& [k, v] : levelJson(r.level))
                o[k] = v;
            if (r.kind == AlertKind::Rate)
                o["window_s"] = r.window.count();
            if (r.kind == AlertKind::Forecast)
                o["horizon_s"] = r.horizon.count();
            break;
        case AlertKind::Missing:
            o["sources"] = strings(r.sources);
            o["silent_factor"] = r.silentFactor;
            break;
        case AlertKind::Combination: {
            bj::array parts;
            for (const auto& p : r.parts) {
                auto c = levelJson(p.level);
                c["series"] = p.series;
                parts.push_back(std::move(c));
            }
            o["conditions"] = std::move(parts);
            break;
        }
        }
        rules.push_back(std::move(o));
    }
    return {{"version", 1},
            {"renotify_after_s", set.renotifyAfter.count()},
            {"forecastable", strings(set.forecastable)},
            {"rules", std::move(rules)}};
}

std::string_view builtinAlertRules()
{
    return embedded::alert_rules_json();
}

} // namespace ioc::server
