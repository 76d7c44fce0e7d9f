// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/AlertRule.h"

#include <array>
#include <cctype>
#include <cmath>

namespace ioc::domain {

namespace {
constexpr std::array kKindNames{std::pair{AlertKind::Threshold, std::string_view("threshold")},
                                std::pair{AlertKind::Rate, std::string_view("rate")},
                                std::pair{AlertKind::Missing, std::string_view("missing")},
                                std::pair{AlertKind::Combination, std::string_view("combination")},
                                std::pair{AlertKind::Forecast, std::string_view("forecast")}};
constexpr std::size_t kMaxRuleId = 64;

bool validId(const std::string& id)
{
    if (id.empty() || id.size() > kMaxRuleId)
        return false;
    for (char c : id)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-'))
            return false;
    return true;
}
} // namespace

std::string_view toString(AlertKind k)
{
    for (const auto& [kind, name] : kKindNames)
        if (kind == k)
            return name;
    return "threshold";
}

std::optional<AlertKind> alertKindFromString(std::string_view s)
{
    for (const auto& [kind, name] : kKindNames)
        if (name == s)
            return kind;
    return std::nullopt;
}

bool Level::raises(double v) const
{
    return direction == Direction::Above ? v >= raiseAt : v <= raiseAt;
}

bool Level::clears(double v) const
{
    return direction == Direction::Above ? v < clearAt : v > clearAt;
}

bool Level::consistent() const
{
    if (!std::isfinite(raiseAt) || !std::isfinite(clearAt))
        return false;
    return direction == Direction::Above ? clearAt <= raiseAt : clearAt >= raiseAt;
}

std::optional<double> changeOverWindow(std::span<const TimedValue> samples, Seconds window)
{
    if (samples.size() < 2)
        return std::nullopt;
    const auto& newest = samples.back();
    const auto start = newest.t - window;
    const TimedValue *base = &samples.front();
    for (const auto& s : samples) {
        if (s.t > start)
            break;
        base = &s;
    }
    if (base == &newest)
        return std::nullopt;
    return newest.v - base->v;
}

bool isSilent(std::optional<TimePoint> lastReceived, TimePoint watchingSince, TimePoint now,
              Seconds expectedInterval, double factor)
{
    const auto since = lastReceived ? std::max(*lastReceived, watchingSince) : watchingSince;
    const auto allowed = std::chrono::duration_cast<Milliseconds>(
        std::chrono::duration<double>(static_cast<double>(expectedInterval.count()) * factor));
    return now - since > allowed;
}

bool matchesPattern(std::string_view pattern, std::string_view id)
{
    const auto star = pattern.find('*');
    if (star == std::string_view::npos)
        return pattern == id;
    const auto prefix = pattern.substr(0, star);
    const auto suffix = pattern.substr(star + 1);
    return id.size() >= prefix.size() + suffix.size() && id.starts_with(prefix) &&
           id.ends_with(suffix);
}

std::set<std::string> activeCombinationUnits(std::span<const CombinationPart> parts,
                                             std::span<const UnitReading> readings,
                                             const std::set<std::string>& previouslyActive)
{
    std::set<std::string> units;
    for (const auto& r : readings)
        if (!r.unitCode.empty())
            units.insert(r.unitCode);
    std::set<std::string> active;
    if (parts.empty())
        return active;
    for (const auto& unit : units) {
        const bool was = previouslyActive.contains(unit);
        bool all = true;
        for (const auto& part : parts) {
            bool holds = false;
            for (const auto& r : readings)
                if (r.unitCode == unit && matchesPattern(part.series, r.series) &&
                    part.level.next(was, r.value))
                    holds = true;
            if (!holds) {
                all = false;
                break;
            }
        }
        if (all)
            active.insert(unit);
    }
    return active;
}

std::optional<std::string> validateAlertRules(std::span<const AlertRule> rules,
                                              const std::set<std::string>& categories)
{
    std::set<std::string> ids;
    for (const auto& r : rules) {
        const std::string where = "rule '" + r.id + "': ";
        if (!validId(r.id))
            return "rule ids are 1-64 letters, digits, '.', '_' or '-' ('" + r.id + "')";
        if (!ids.insert(r.id).second)
            return "rule id '" + r.id + "' is used twice";
        if (r.label.vi.empty())
            return where + "'label.vi' is required";
        if (r.severity < 1 || r.severity > 4)
            return where + "'severity' must be 1 to 4";
        if (!categories.empty() && !categories.contains(r.suggestedCategory))
            return where + "no incident category '" + r.suggestedCategory + "'";
        switch (r.kind) {
        case AlertKind::Threshold:
        case AlertKind::Rate:
        case AlertKind::Forecast:
            if (r.series.empty())
                return where + "'series' must list at least one series id or pattern";
            if (!r.level.consistent())
                return where + "'clear_at' must lie on the safe side of 'raise_at'";
            if (r.kind == AlertKind::Rate && (r.window.count() < 1 || r.window.count() > 7 * 86400))
                return where + "'window_s' must be 1 s to 7 days";
            if (r.kind == AlertKind::Forecast &&
                (r.horizon.count() < 60 || r.horizon.count() > 2 * 86400))
                return where + "'horizon_s' must be 60 s to 2 days";
            break;
        case AlertKind::Missing:
            if (r.sources.empty())
                return where + "'sources' must list at least one source id or pattern";
            if (!(r.silentFactor >= 1.0 && r.silentFactor <= 100.0))
                return where + "'silent_factor' must be 1 to 100";
            break;
        case AlertKind::Combination:
            if (r.parts.size() < 2)
                return where + "a combination needs at least two 'conditions'";
            for (const auto& p : r.parts)
                if (p.series.empty() || !p.level.consistent())
                    return where + "each condition needs 'series' and a consistent level";
            break;
        }
    }
    return std::nullopt;
}

} // namespace ioc::domain
