// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Kpi.h"

#include <algorithm>
#include <cmath>

namespace ioc::domain {

namespace {

// True when `value` is on the good side of `bound` (inclusive).
bool meets(double value, double bound, KpiDirection direction)
{
    return direction == KpiDirection::AtLeast ? value >= bound : value <= bound;
}

} // namespace

KpiStatus evaluateKpi(std::optional<double> value, Freshness freshness,
                      const std::optional<KpiTarget>& target)
{
    if (!value || !std::isfinite(*value) || freshness == Freshness::NoData)
        return KpiStatus::NoData;
    if (freshness == Freshness::Stale)
        return KpiStatus::Stale;
    if (!target)
        return freshness == Freshness::Late ? KpiStatus::Warning : KpiStatus::Neutral;
    if (meets(*value, target->target, target->direction))
        return freshness == Freshness::Late ? KpiStatus::Warning : KpiStatus::OnTarget;
    if (target->warning && meets(*value, *target->warning, target->direction))
        return KpiStatus::Warning;
    return KpiStatus::Breach;
}

std::optional<KpiChange> kpiChange(std::optional<double> current, std::optional<double> previous,
                                   const std::optional<KpiTarget>& target)
{
    if (!current || !previous || !std::isfinite(*current) || !std::isfinite(*previous))
        return std::nullopt;
    KpiChange change;
    change.absolute = *current - *previous;
    if (*previous != 0)
        change.percent = change.absolute / std::abs(*previous) * 100.0;
    if (target && change.absolute != 0)
        change.improved = (change.absolute > 0) == (target->direction == KpiDirection::AtLeast);
    return change;
}

std::optional<double> valueAt(std::span<const TimedValue> points, TimePoint at,
                              Milliseconds tolerance)
{
    // First point after `at`.
    const auto after = std::upper_bound(points.begin(), points.end(), at,
                                        [](TimePoint t, const TimedValue& p) { return t < p.t; });
    if (after != points.begin()) {
        const auto& before = *std::prev(after);
        if (at - before.t <= tolerance)
            return before.v;
    }
    if (after != points.end() && after->t - at <= tolerance)
        return after->v;
    return std::nullopt;
}

std::string_view toString(KpiStatus s)
{
    switch (s) {
    case KpiStatus::NoData:
        return "no_data";
    case KpiStatus::Stale:
        return "stale";
    case KpiStatus::Neutral:
        return "neutral";
    case KpiStatus::OnTarget:
        return "on_target";
    case KpiStatus::Warning:
        return "warning";
    case KpiStatus::Breach:
        return "breach";
    }
    return "no_data";
}

std::string_view toString(KpiDirection d)
{
    return d == KpiDirection::AtLeast ? "at_least" : "at_most";
}

std::optional<KpiDirection> kpiDirectionFromString(std::string_view s)
{
    if (s == "at_least")
        return KpiDirection::AtLeast;
    if (s == "at_most")
        return KpiDirection::AtMost;
    return std::nullopt;
}

} // namespace ioc::domain
