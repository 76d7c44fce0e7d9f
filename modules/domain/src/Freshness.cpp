// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Freshness.h"

namespace ioc::domain {

Freshness classifyFreshness(std::optional<TimePoint> observedAt, TimePoint now,
                            Seconds expectedInterval, const FreshnessPolicy& policy)
{
    if (!observedAt)
        return Freshness::NoData;
    const auto age = now - *observedAt;
    const auto interval = std::chrono::duration_cast<Milliseconds>(expectedInterval);
    const auto lateAt = Milliseconds{static_cast<long long>(
                            static_cast<double>(interval.count()) * policy.lateAfterIntervals)} +
                        policy.grace;
    const auto staleAt = Milliseconds{static_cast<long long>(
                             static_cast<double>(interval.count()) * policy.staleAfterIntervals)} +
                         policy.grace;
    if (age <= lateAt)
        return Freshness::Fresh;
    if (age <= staleAt)
        return Freshness::Late;
    return Freshness::Stale;
}

TimePoint nextDueAt(TimePoint observedAt, Seconds expectedInterval)
{
    return observedAt + expectedInterval;
}

std::string_view toString(Freshness f)
{
    switch (f) {
    case Freshness::NoData:
        return "no_data";
    case Freshness::Fresh:
        return "fresh";
    case Freshness::Late:
        return "late";
    case Freshness::Stale:
        return "stale";
    }
    return "no_data";
}

std::optional<Freshness> freshnessFromString(std::string_view s)
{
    for (auto f : {Freshness::NoData, Freshness::Fresh, Freshness::Late, Freshness::Stale})
        if (toString(f) == s)
            return f;
    return std::nullopt;
}

} // namespace ioc::domain
