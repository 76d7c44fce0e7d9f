// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Time.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

using namespace ioc::domain;
using namespace std::chrono;

TEST(Rfc3339, FormatsUtcWithOptionalMilliseconds)
{
    const TimePoint t = sys_days{2026y / November / 28} + 11h + 30min;
    EXPECT_EQ(formatRfc3339(t), "2026-11-28T11:30:00Z");
    EXPECT_EQ(formatRfc3339(t + 5ms), "2026-11-28T11:30:00.005Z");
}

TEST(Rfc3339, RoundTrips)
{
    const TimePoint t = sys_days{2025y / July / 1} + 23h + 59min + 59s + 999ms;
    EXPECT_EQ(parseRfc3339(formatRfc3339(t)), t);
}

TEST(Rfc3339, AppliesOffsets)
{
    // 07:00 in Hai Phong (UTC+7) is midnight UTC.
    const auto t = parseRfc3339("2026-11-28T07:00:00+07:00");
    ASSERT_TRUE(t);
    EXPECT_EQ(formatRfc3339(*t), "2026-11-28T00:00:00Z");
    EXPECT_EQ(formatRfc3339(*parseRfc3339("2026-11-27T20:30:00-03:30")), "2026-11-28T00:00:00Z");
}

TEST(Rfc3339, ParsesFractionsOfAnyLength)
{
    EXPECT_EQ(formatRfc3339(*parseRfc3339("2026-01-02T03:04:05.1Z")), "2026-01-02T03:04:05.100Z");
    EXPECT_EQ(formatRfc3339(*parseRfc3339("2026-01-02T03:04:05.123456789Z")),
              "2026-01-02T03:04:05.123Z");
}

TEST(Rfc3339, RejectsMalformed)
{
    for (const char* bad : {"", "2026-11-28", "2026-11-28T11:30:00", "2026-13-01T00:00:00Z",
                            "2026-02-30T00:00:00Z", "2026-11-28T24:00:00Z", "2026-11-28T11:30:00ZZ",
                            "2026-11-28T11:30:00.Z", "2026-11-28T11:30:00+7:00", "abcd-11-28T11:30:00Z",
                            "2026-11-28T11:30:00.1234567890Z"})
        EXPECT_FALSE(parseRfc3339(bad)) << bad;
}

TEST(ManualClock, AdvancesOnlyWhenTold)
{
    ManualClock clock(TimePoint{} + 10s);
    EXPECT_EQ(clock.now(), TimePoint{} + 10s);
    clock.advance(1500ms);
    EXPECT_EQ(clock.now(), TimePoint{} + 11500ms);
}

namespace {
// The formatter as it was before the hand-rolled fast path (chrono + snprintf): the reference.
std::string referenceRfc3339(TimePoint t)
{
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss<milliseconds> tod{t - day};
    char buf[48];
    const long ms = tod.subseconds().count();
    std::snprintf(buf, sizeof buf, ms ? "%04d-%02u-%02uT%02ld:%02ld:%02ld.%03ldZ"
                                      : "%04d-%02u-%02uT%02ld:%02ld:%02ldZ",
                  int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()),
                  long(tod.hours().count()), long(tod.minutes().count()),
                  long(tod.seconds().count()), ms);
    return buf;
}

void expectSameAsReference(TimePoint t)
{
    const std::string expected = referenceRfc3339(t);
    EXPECT_EQ(formatRfc3339(t), expected) << t.time_since_epoch().count();
    std::string appended = "x";
    appendRfc3339(appended, t);
    EXPECT_EQ(appended, "x" + expected);
}
} // namespace

TEST(Rfc3339, FastPathMatchesReferenceOnEdgeDates)
{
    for (const auto day : {sys_days{1970y / January / 1}, sys_days{1969y / December / 31},
                           sys_days{2000y / February / 29}, sys_days{2000y / March / 1},
                           sys_days{1900y / February / 28}, sys_days{1900y / March / 1},
                           sys_days{2024y / February / 29}, sys_days{2100y / March / 1},
                           sys_days{0y / January / 1}, sys_days{9999y / December / 31},
                           sys_days{1600y / February / 29}, sys_days{2038y / January / 19}})
        for (const auto offset : {0ms, 1ms, 10ms, 100ms, 999ms, 1000ms, 59999ms, 3599999ms,
                                  86399999ms, 43200000ms})
            expectSameAsReference(TimePoint{day} + offset);
    // Outside 0000–9999 the general path answers, exactly as before.
    expectSameAsReference(TimePoint{sys_days{10000y / January / 1}} + 5ms);
    expectSameAsReference(TimePoint{sys_days{year{-1} / December / 31}} + 23h);
}

TEST(Rfc3339, FastPathMatchesReferenceOverManyInstants)
{
    // A deterministic walk over 1900–2200 with millisecond steps that hit every field.
    std::int64_t ms = TimePoint{sys_days{1900y / January / 1}}.time_since_epoch().count();
    const std::int64_t end = TimePoint{sys_days{2200y / January / 1}}.time_since_epoch().count();
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    int checked = 0;
    while (ms < end && checked < 400000) {
        expectSameAsReference(TimePoint{milliseconds{ms}});
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        // Steps of up to ~2 days (about 100,000 of them over the three centuries); every tenth
        // lands on a whole second to exercise "no fraction".
        std::int64_t step = std::int64_t(state >> 20) % 190'000'000 + 1;
        if (checked % 10 == 0)
            step -= (ms + step) % 1000;
        ms += std::max<std::int64_t>(step, 1);
        ++checked;
    }
    EXPECT_GT(checked, 20000);
}
