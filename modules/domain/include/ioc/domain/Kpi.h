// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Freshness.h"
#include "ioc/domain/Time.h"

#include <optional>
#include <span>
#include <string_view>

namespace ioc::domain {

// Which side of its target a KPI should be on: on-time rates "at least 95 %", overdue dossiers
// "at most 30".
enum class KpiDirection { AtLeast, AtMost };

// A KPI's goal from the dashboard configuration. `warning` is the threshold past the target at
// which the value is still tolerable (e.g. target ≥ 95 %, warning ≥ 90 %); without it any miss
// of the target is a breach.
struct KpiTarget
{
    double target = 0;
    KpiDirection direction = KpiDirection::AtLeast;
    std::optional<double> warning;
};

// The colour a KPI tile gets. Freshness comes first: a value that is stale (or missing) says
// nothing about today, so it is never shown as on target.
enum class KpiStatus {
    NoData,   // nothing received
    Stale,    // source silent for several intervals: the value cannot be judged
    Neutral,  // fresh, no target configured
    OnTarget, // meets the target
    Warning,  // misses the target but within the warning threshold, or is late while on target
    Breach,   // past the warning threshold (or misses a target that has none)
};

// Judges a value against its target and its freshness. A late value (overdue, recently alive)
// that meets the target is only a warning: the centre cannot confirm it is still met.
KpiStatus evaluateKpi(std::optional<double> value, Freshness freshness,
                      const std::optional<KpiTarget>& target);

// Change of a KPI against the previous period: absolute, and relative (percent of the previous
// value's magnitude) when the previous value is not zero. `improved` says whether the move is
// towards the target's side (nullopt without a target or without a change).
struct KpiChange
{
    double absolute = 0;
    std::optional<double> percent;
    std::optional<bool> improved;
};

std::optional<KpiChange> kpiChange(std::optional<double> current, std::optional<double> previous,
                                   const std::optional<KpiTarget>& target);

struct TimedValue
{
    TimePoint t;
    double v = 0;
};

// The value a series had at `at` (the start of the comparison period): the last observation at
// or before `at`, if it is no older than `tolerance`; otherwise the first one after `at` within
// `tolerance`. nullopt when the history holds nothing that close. `points` are in time order.
std::optional<double> valueAt(std::span<const TimedValue> points, TimePoint at,
                              Milliseconds tolerance);

std::string_view toString(KpiStatus s);
std::string_view toString(KpiDirection d);
std::optional<KpiDirection> kpiDirectionFromString(std::string_view s);

} // namespace ioc::domain
