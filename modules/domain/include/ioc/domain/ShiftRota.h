// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The centre's 24/7 duty (regulation 13.1): shifts that tile the local day and who is on each.
namespace ioc::domain {

using Minutes = std::chrono::minutes;

// One shift of the daily pattern, in minutes after local midnight. A shift whose end is not after
// its start crosses midnight (22:00–06:00 ends the next day).
struct ShiftDefinition
{
    std::string id; // "morning", "afternoon", "night"
    int startMinute = 0;
    int endMinute = 0;
    std::string labelVi;
    std::string labelEn;
    int lengthMinutes() const;
};

// One concrete shift: the pattern's shift on the local date it starts.
struct ShiftInstance
{
    std::string shiftId;
    std::string date; // local YYYY-MM-DD of the start
    TimePoint start;
    TimePoint end;
    bool operator==(const ShiftInstance&) const = default;
};

// Who works a shift: officers hand over and take over; supervisors see escalations.
struct DutyAssignment
{
    std::vector<std::string> officers;
    std::vector<std::string> supervisors;
};

class ShiftRota
{
public:
    // Hai Phong keeps UTC+7 all year (no daylight saving time).
    static constexpr Minutes kHaiPhongOffset{7 * 60};

    // `shifts` must tile the day (see validateShifts). `duty` maps a shift id to its usual crew;
    // `overrides` replaces it for one (date, shift id).
    ShiftRota(std::vector<ShiftDefinition> shifts, Minutes utcOffset,
              std::map<std::string, DutyAssignment> duty = {},
              std::map<std::pair<std::string, std::string>, DutyAssignment> overrides = {});

    // 06–14, 14–22, 22–06 local time, UTC+7, nobody on duty.
    static ShiftRota standard();

    const std::vector<ShiftDefinition>& shifts() const { return m_shifts; }
    Minutes utcOffset() const { return m_offset; }
    const ShiftDefinition *definition(std::string_view shiftId) const;

    ShiftInstance shiftAt(TimePoint t) const;
    ShiftInstance next(const ShiftInstance& s) const;
    ShiftInstance previous(const ShiftInstance& s) const;
    // The instance of `shiftId` starting on local `date` ("YYYY-MM-DD"), if both exist.
    std::optional<ShiftInstance> instance(std::string_view date, std::string_view shiftId) const;

    DutyAssignment duty(const ShiftInstance& s) const;
    bool isOfficerOn(const ShiftInstance& s, std::string_view username) const;
    bool isSupervisorOn(const ShiftInstance& s, std::string_view username) const;

private:
    ShiftInstance makeInstance(std::chrono::sys_days localDay, const ShiftDefinition& d) const;

    std::vector<ShiftDefinition> m_shifts; // sorted by start
    Minutes m_offset;
    std::map<std::string, DutyAssignment> m_duty;
    std::map<std::pair<std::string, std::string>, DutyAssignment> m_overrides;
};

// Why a set of shifts does not tile the 24-hour day exactly once (gaps, overlaps, bad minutes,
// duplicate ids), or nullopt when it does.
std::optional<std::string> validateShifts(const std::vector<ShiftDefinition>& shifts);

// "06:00" → 360; nullopt for anything else than HH:MM with 00 ≤ HH ≤ 23, 00 ≤ MM ≤ 59.
std::optional<int> parseClockMinute(std::string_view hhmm);
std::string formatClockMinute(int minute);
// "2026-11-28" → the day; nullopt for anything else.
std::optional<std::chrono::sys_days> parseLocalDate(std::string_view date);
std::string formatLocalDate(std::chrono::sys_days day);

} // namespace ioc::domain
