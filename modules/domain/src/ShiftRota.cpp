// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/ShiftRota.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace ioc::domain {

using namespace std::chrono;

namespace {
constexpr int kDayMinutes = 24 * 60;

bool contains(const std::vector<std::string>& names, std::string_view name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

int twoDigits(std::string_view s, std::size_t at)
{
    if (s[at] < '0' || s[at] > '9' || s[at + 1] < '0' || s[at + 1] > '9')
        return -1;
    return (s[at] - '0') * 10 + (s[at + 1] - '0');
}
} // namespace

int ShiftDefinition::lengthMinutes() const
{
    const int d = endMinute - startMinute;
    return d > 0 ? d : d + kDayMinutes;
}

ShiftRota::ShiftRota(std::vector<ShiftDefinition> shifts, Minutes utcOffset,
                     std::map<std::string, DutyAssignment> duty,
                     std::map<std::pair<std::string, std::string>, DutyAssignment> overrides)
    : m_shifts(std::move(shifts))
    , m_offset(utcOffset)
    , m_duty(std::move(duty))
    , m_overrides(std::move(overrides))
{
    std::sort(m_shifts.begin(), m_shifts.end(),
              [](const auto& a, const auto& b) { return a.startMinute < b.startMinute; });
}

ShiftRota ShiftRota::standard()
{
    return ShiftRota({{"morning", 6 * 60, 14 * 60, "Ca sáng", "Morning shift"},
                      {"afternoon", 14 * 60, 22 * 60, "Ca chiều", "Afternoon shift"},
                      {"night", 22 * 60, 6 * 60, "Ca đêm", "Night shift"}},
                     kHaiPhongOffset);
}

const ShiftDefinition *ShiftRota::definition(std::string_view shiftId) const
{
    for (const auto& d : m_shifts)
        if (d.id == shiftId)
            return &d;
    return nullptr;
}

ShiftInstance ShiftRota::makeInstance(sys_days localDay, const ShiftDefinition& d) const
{
    const auto localStart = localDay + minutes(d.startMinute);
    const TimePoint start = time_point_cast<milliseconds>(localStart - m_offset);
    return {d.id, formatLocalDate(localDay), start, start + minutes(d.lengthMinutes())};
}

ShiftInstance ShiftRota::shiftAt(TimePoint t) const
{
    const auto local = t + m_offset;
    const auto day = floor<days>(local);
    const int minute = static_cast<int>(duration_cast<minutes>(local - day).count());
    // A shift started today contains `minute`; a midnight-crossing one started yesterday contains
    // minute + 24 h. Validated shifts tile the day, so exactly one of these matches.
    for (const auto& d : m_shifts) {
        if (minute >= d.startMinute && minute < d.startMinute + d.lengthMinutes())
            return makeInstance(day, d);
        if (minute + kDayMinutes >= d.startMinute &&
            minute + kDayMinutes < d.startMinute + d.lengthMinutes())
            return makeInstance(day - days(1), d);
    }
    // Only reachable with shifts that were never validated: fall back to the first one.
    return makeInstance(day, m_shifts.front());
}

ShiftInstance ShiftRota::next(const ShiftInstance& s) const
{
    return shiftAt(s.end);
}

ShiftInstance ShiftRota::previous(const ShiftInstance& s) const
{
    return shiftAt(s.start - milliseconds(1));
}

std::optional<ShiftInstance> ShiftRota::instance(std::string_view date,
                                                 std::string_view shiftId) const
{
    const auto day = parseLocalDate(date);
    const auto *d = definition(shiftId);
    if (!day || !d)
        return std::nullopt;
    return makeInstance(*day, *d);
}

DutyAssignment ShiftRota::duty(const ShiftInstance& s) const
{
    if (auto it = m_overrides.find({s.date, s.shiftId}); it != m_overrides.end())
        return it->second;
    if (auto it = m_duty.find(s.shiftId); it != m_duty.end())
        return it->second;
    return {};
}

bool ShiftRota::isOfficerOn(const ShiftInstance& s, std::string_view username) const
{
    return contains(duty(s).officers, username);
}

bool ShiftRota::isSupervisorOn(const ShiftInstance& s, std::string_view username) const
{
    return contains(duty(s).supervisors, username);
}

std::optional<std::string> validateShifts(const std::vector<ShiftDefinition>& shifts)
{
    if (shifts.empty())
        return "at least one shift is required";
    std::set<std::string> ids;
    int total = 0;
    for (const auto& s : shifts) {
        if (s.id.empty())
            return "every shift needs an id";
        if (!ids.insert(s.id).second)
            return "shift id '" + s.id + "' is used twice";
        if (s.startMinute < 0 || s.startMinute >= kDayMinutes || s.endMinute < 0 ||
            s.endMinute >= kDayMinutes)
            return "shift '" + s.id + "' has a time outside 00:00–23:59";
        total += s.lengthMinutes();
    }
    auto sorted = shifts;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.startMinute < b.startMinute; });
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const auto& cur = sorted[i];
        const auto& nxt = sorted[(i + 1) % sorted.size()];
        if (cur.endMinute != nxt.startMinute)
            return "shift '" + cur.id + "' must end when '" + nxt.id +
                   "' starts (no gap, no overlap)";
    }
    if (total != kDayMinutes)
        return "the shifts must cover the 24-hour day exactly once";
    return std::nullopt;
}

std::optional<int> parseClockMinute(std::string_view hhmm)
{
    if (hhmm.size() != 5 || hhmm[2] != ':')
        return std::nullopt;
    const int h = twoDigits(hhmm, 0), m = twoDigits(hhmm, 3);
    if (h < 0 || h > 23 || m < 0 || m > 59)
        return std::nullopt;
    return h * 60 + m;
}

std::string formatClockMinute(int minute)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", (minute / 60) % 24, minute % 60);
    return buf;
}

std::optional<sys_days> parseLocalDate(std::string_view date)
{
    if (date.size() != 10 || date[4] != '-' || date[7] != '-')
        return std::nullopt;
    int y = 0;
    for (int i = 0; i < 4; ++i) {
        if (date[i] < '0' || date[i] > '9')
            return std::nullopt;
        y = y * 10 + (date[i] - '0');
    }
    const int mo = twoDigits(date, 5), d = twoDigits(date, 8);
    if (mo < 1 || d < 1)
        return std::nullopt;
    const year_month_day ymd{year(y), month(unsigned(mo)), day(unsigned(d))};
    if (!ymd.ok())
        return std::nullopt;
    return sys_days(ymd);
}

std::string formatLocalDate(sys_days day)
{
    const year_month_day ymd{day};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return buf;
}

} // namespace ioc::domain
