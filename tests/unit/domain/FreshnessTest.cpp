// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Freshness.h"

#include <gtest/gtest.h>

using namespace ioc::domain;
using namespace std::chrono;

namespace {
const TimePoint kNow = sys_days{2026y / November / 28} + 10h;
}

TEST(Freshness, NoDataWithoutObservation)
{
    EXPECT_EQ(classifyFreshness(std::nullopt, kNow, 60s), Freshness::NoData);
}

TEST(Freshness, FreshWithinIntervalAndTolerance)
{
    EXPECT_EQ(classifyFreshness(kNow - 60s, kNow, 60s), Freshness::Fresh);
    EXPECT_EQ(classifyFreshness(kNow - 92s, kNow, 60s), Freshness::Fresh); // 1.5 × 60 s + 2 s
}

TEST(Freshness, LateThenStale)
{
    EXPECT_EQ(classifyFreshness(kNow - 93s, kNow, 60s), Freshness::Late);
    EXPECT_EQ(classifyFreshness(kNow - 182s, kNow, 60s), Freshness::Late);
    EXPECT_EQ(classifyFreshness(kNow - 183s, kNow, 60s), Freshness::Stale);
}

TEST(Freshness, DailyKpiIsFreshAllDay)
{
    // A department reporting once a day sits honestly beside a 5-second sensor.
    EXPECT_EQ(classifyFreshness(kNow - 20h, kNow, 86400s), Freshness::Fresh);
    EXPECT_EQ(classifyFreshness(kNow - 20s, kNow, 5s), Freshness::Stale);
}

TEST(Freshness, PolicyIsConfigurable)
{
    FreshnessPolicy strict{1.0, 2.0, 0ms};
    EXPECT_EQ(classifyFreshness(kNow - 61s, kNow, 60s, strict), Freshness::Late);
    EXPECT_EQ(classifyFreshness(kNow - 121s, kNow, 60s, strict), Freshness::Stale);
}

TEST(Freshness, NamesRoundTrip)
{
    for (auto f : {Freshness::NoData, Freshness::Fresh, Freshness::Late, Freshness::Stale})
        EXPECT_EQ(freshnessFromString(toString(f)), f);
    EXPECT_EQ(toString(Freshness::Stale), "stale");
    EXPECT_FALSE(freshnessFromString("ok"));
}

TEST(Freshness, NextDueIsOneIntervalAfterObservation)
{
    EXPECT_EQ(nextDueAt(kNow, 300s), kNow + 5min);
}
