// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/ShiftRota.h"

#include <gtest/gtest.h>

using namespace ioc::domain;
using namespace std::chrono;

namespace {
TimePoint at(const char *rfc3339)
{
    return *parseRfc3339(rfc3339);
}
} // namespace

TEST(ShiftRota, StandardRotaTilesTheDay)
{
    EXPECT_FALSE(validateShifts(ShiftRota::standard().shifts()));
}

TEST(ShiftRota, MorningShiftInLocalTime)
{
    const auto rota = ShiftRota::standard();
    // 10:00 local = 03:00 UTC.
    const auto s = rota.shiftAt(at("2026-11-28T03:00:00Z"));
    EXPECT_EQ(s.shiftId, "morning");
    EXPECT_EQ(s.date, "2026-11-28");
    EXPECT_EQ(s.start, at("2026-11-27T23:00:00Z")); // 06:00 local
    EXPECT_EQ(s.end, at("2026-11-28T07:00:00Z"));   // 14:00 local
}

TEST(ShiftRota, NightShiftCrossesMidnight)
{
    const auto rota = ShiftRota::standard();
    // 23:30 local on the 28th and 02:00 local on the 29th are the same night shift.
    const auto before = rota.shiftAt(at("2026-11-28T16:30:00Z"));
    const auto after = rota.shiftAt(at("2026-11-28T19:00:00Z"));
    EXPECT_EQ(before, after);
    EXPECT_EQ(before.shiftId, "night");
    EXPECT_EQ(before.date, "2026-11-28");
    EXPECT_EQ(before.start, at("2026-11-28T15:00:00Z")); // 22:00 local on the 28th
    EXPECT_EQ(before.end, at("2026-11-28T23:00:00Z"));   // 06:00 local on the 29th
    EXPECT_EQ(before.end - before.start, hours(8));
}

TEST(ShiftRota, BoundariesBelongToTheStartingShift)
{
    const auto rota = ShiftRota::standard();
    EXPECT_EQ(rota.shiftAt(at("2026-11-28T15:00:00Z")).shiftId, "night");         // 22:00
    EXPECT_EQ(rota.shiftAt(at("2026-11-28T14:59:59.999Z")).shiftId, "afternoon"); // 21:59:59.999
    const auto morning = rota.shiftAt(at("2026-11-28T23:00:00Z")); // 06:00 on the 29th
    EXPECT_EQ(morning.shiftId, "morning");
    EXPECT_EQ(morning.date, "2026-11-29");
}

TEST(ShiftRota, NextAndPreviousAcrossMidnight)
{
    const auto rota = ShiftRota::standard();
    const auto night = *rota.instance("2026-12-31", "night");
    const auto next = rota.next(night);
    EXPECT_EQ(next.shiftId, "morning");
    EXPECT_EQ(next.date, "2027-01-01");
    EXPECT_EQ(next.start, night.end);
    EXPECT_EQ(rota.previous(next), night);
    EXPECT_EQ(rota.previous(night).shiftId, "afternoon");
    EXPECT_EQ(rota.previous(night).date, "2026-12-31");
}

TEST(ShiftRota, DutyWithOverridesForOneDate)
{
    const ShiftRota rota(ShiftRota::standard().shifts(), ShiftRota::kHaiPhongOffset,
                         {{"night", {{"an", "binh"}, {"sup"}}}},
                         {{{"2026-11-28", "night"}, {{"cuong"}, {"sup"}}}});
    EXPECT_TRUE(rota.isOfficerOn(*rota.instance("2026-11-27", "night"), "an"));
    EXPECT_FALSE(rota.isOfficerOn(*rota.instance("2026-11-28", "night"), "an"));
    EXPECT_TRUE(rota.isOfficerOn(*rota.instance("2026-11-28", "night"), "cuong"));
    EXPECT_TRUE(rota.isSupervisorOn(*rota.instance("2026-11-28", "night"), "sup"));
    EXPECT_TRUE(rota.duty(*rota.instance("2026-11-28", "morning")).officers.empty());
}

TEST(ShiftRota, TwoTwelveHourShifts)
{
    const ShiftRota rota(
        {{"day", 7 * 60, 19 * 60, "Ngày", "Day"}, {"night", 19 * 60, 7 * 60, "Đêm", "Night"}},
        ShiftRota::kHaiPhongOffset);
    EXPECT_FALSE(validateShifts(rota.shifts()));
    const auto s = rota.shiftAt(at("2026-11-28T20:00:00Z")); // 03:00 local on the 29th
    EXPECT_EQ(s.shiftId, "night");
    EXPECT_EQ(s.date, "2026-11-28");
}

TEST(ShiftRota, ValidationRefusesGapsOverlapsAndDuplicates)
{
    EXPECT_TRUE(validateShifts({}));
    EXPECT_TRUE(validateShifts({{"a", 6 * 60, 14 * 60, "", ""}, {"b", 14 * 60, 5 * 60, "", ""}}));
    EXPECT_TRUE(validateShifts({{"a", 6 * 60, 15 * 60, "", ""}, {"b", 14 * 60, 6 * 60, "", ""}}));
    EXPECT_TRUE(validateShifts({{"a", 6 * 60, 18 * 60, "", ""}, {"a", 18 * 60, 6 * 60, "", ""}}));
    EXPECT_TRUE(validateShifts({{"a", 0, 24 * 60, "", ""}}));
    EXPECT_FALSE(validateShifts({{"a", 0, 0, "", ""}})); // one 24-hour shift
}

TEST(ShiftRota, ClockAndDateParsing)
{
    EXPECT_EQ(parseClockMinute("06:00"), 360);
    EXPECT_EQ(parseClockMinute("23:59"), 23 * 60 + 59);
    EXPECT_FALSE(parseClockMinute("24:00"));
    EXPECT_FALSE(parseClockMinute("6:00"));
    EXPECT_FALSE(parseClockMinute("06:60"));
    EXPECT_EQ(formatClockMinute(22 * 60), "22:00");
    EXPECT_TRUE(parseLocalDate("2028-02-29"));
    EXPECT_FALSE(parseLocalDate("2026-02-29"));
    EXPECT_FALSE(parseLocalDate("2026-1-01"));
    EXPECT_EQ(formatLocalDate(*parseLocalDate("2026-11-28")), "2026-11-28");
}
