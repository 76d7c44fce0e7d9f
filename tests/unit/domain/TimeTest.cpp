// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Time.h"

#include <gtest/gtest.h>

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
