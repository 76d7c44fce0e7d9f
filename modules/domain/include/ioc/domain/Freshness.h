// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"

#include <optional>
#include <string_view>

namespace ioc::domain {

// How live a series is, judged against its source's expected update interval
// ("sống" of the regulation's "đúng, đủ, sạch, sống", article 12.1).
enum class Freshness {
    NoData, // nothing received yet
    Fresh,  // updated within its interval (plus tolerance)
    Late,   // overdue, but recently alive
    Stale,  // silent for several intervals: do not trust the value as current
};

struct FreshnessPolicy
{
    double lateAfterIntervals = 1.5;
    double staleAfterIntervals = 3.0;
    // Absolute slack so sub-second jitter on a 1 s sensor does not flicker "late".
    Milliseconds grace{2000};
};

Freshness classifyFreshness(std::optional<TimePoint> observedAt, TimePoint now,
                            Seconds expectedInterval, const FreshnessPolicy& policy = {});

// When the next value is due, for the "as of / next update" pair every tile shows.
TimePoint nextDueAt(TimePoint observedAt, Seconds expectedInterval);

std::string_view toString(Freshness f);
std::optional<Freshness> freshnessFromString(std::string_view s);

} // namespace ioc::domain
