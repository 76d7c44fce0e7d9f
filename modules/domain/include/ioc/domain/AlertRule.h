// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"

#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Alert rules of issue 9 (regulation 14.3e, 14.7): what a rule watches and when it raises and
// clears. Pure decisions on values handed in; the server keeps the alerts and their history.
namespace ioc::domain {

enum class AlertKind { Threshold, Rate, Missing, Combination, Forecast };
std::string_view toString(AlertKind k);
std::optional<AlertKind> alertKindFromString(std::string_view s);

// A level with hysteresis: raise once the value reaches `raiseAt`, clear only once it is back
// past `clearAt`, so a value hovering at the line does not raise and clear every few seconds.
struct Level
{
    enum class Direction { Above, Below };
    Direction direction = Direction::Above;
    double raiseAt = 0;
    double clearAt = 0; // Above: clearAt <= raiseAt; Below: clearAt >= raiseAt

    bool raises(double v) const;
    bool clears(double v) const;
    // Whether the condition holds after seeing `v`, given whether it held before.
    bool next(bool wasActive, double v) const { return wasActive ? !clears(v) : raises(v); }
    bool consistent() const;
};

struct TimedValue
{
    TimePoint t;
    double v = 0;
};

// How much the value moved over the `window` ending at the newest sample (samples ascending
// by time): newest minus the last sample at or before the window's start, or minus the oldest
// sample when the history is shorter than the window. nullopt with fewer than two samples.
std::optional<double> changeOverWindow(std::span<const TimedValue> samples, Seconds window);

// A source is silent once nothing arrived for `factor` times its expected interval, counted
// from its last delivery or, if it never delivered, from when watching started.
bool isSilent(std::optional<TimePoint> lastReceived, TimePoint watchingSince, TimePoint now,
              Seconds expectedInterval, double factor);

// One '*' stands for any run of characters ("env.water_level.*", "traffic.*.speed");
// without one the id must match exactly.
bool matchesPattern(std::string_view pattern, std::string_view id);

// One condition of a combination: some series matching `series` in the unit is at `level`.
struct CombinationPart
{
    std::string series;
    Level level;
};

struct UnitReading
{
    std::string series;
    std::string unitCode;
    double value = 0;
};

// Per commune-level unit, whether a combination holds: every part has a reading in that unit
// that raises it (or, for a unit already active, that has not cleared it). Units without a
// reading for every part are not active. Returns the active units.
std::set<std::string> activeCombinationUnits(std::span<const CombinationPart> parts,
                                             std::span<const UnitReading> readings,
                                             const std::set<std::string>& previouslyActive);

struct AlertText
{
    std::string vi;
    std::string en;
};

// One configured rule. Which fields matter depends on `kind` (docs/alerts.md).
struct AlertRule
{
    std::string id;
    AlertText label;
    AlertKind kind = AlertKind::Threshold;
    int severity = 2;                   // 1 low … 4 critical, as incidents
    std::string suggestedCategory;      // an incident category id
    std::vector<std::string> series;    // patterns: threshold, rate, forecast
    std::vector<std::string> sources;   // patterns: missing
    Level level;                        // threshold and forecast: the value; rate: the change
    Seconds window{600};                // rate
    double silentFactor = 2.0;          // missing
    std::vector<CombinationPart> parts; // combination
    Seconds horizon{1800};              // forecast: how far ahead
    bool enabled = true;
};

// Why a rule set cannot be used, or nullopt. `categories` are the known incident categories
// (empty: not checked).
std::optional<std::string> validateAlertRules(std::span<const AlertRule> rules,
                                              const std::set<std::string>& categories);

} // namespace ioc::domain
