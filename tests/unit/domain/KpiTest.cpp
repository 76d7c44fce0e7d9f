// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Kpi.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace ioc::domain;
using namespace std::chrono;

namespace {
const KpiTarget kOnTimeRate{.target = 95, .direction = KpiDirection::AtLeast, .warning = 90};
const KpiTarget kOverdue{.target = 30, .direction = KpiDirection::AtMost, .warning = 50};
const TimePoint kT0 = sys_days{2026y / November / 28} + 10h;
} // namespace

TEST(KpiStatus, AtLeastTargetWithWarningBand)
{
    EXPECT_EQ(evaluateKpi(97.0, Freshness::Fresh, kOnTimeRate), KpiStatus::OnTarget);
    EXPECT_EQ(evaluateKpi(95.0, Freshness::Fresh, kOnTimeRate), KpiStatus::OnTarget); // inclusive
    EXPECT_EQ(evaluateKpi(92.0, Freshness::Fresh, kOnTimeRate), KpiStatus::Warning);
    EXPECT_EQ(evaluateKpi(90.0, Freshness::Fresh, kOnTimeRate), KpiStatus::Warning);
    EXPECT_EQ(evaluateKpi(89.9, Freshness::Fresh, kOnTimeRate), KpiStatus::Breach);
}

TEST(KpiStatus, AtMostTarget)
{
    EXPECT_EQ(evaluateKpi(12.0, Freshness::Fresh, kOverdue), KpiStatus::OnTarget);
    EXPECT_EQ(evaluateKpi(42.0, Freshness::Fresh, kOverdue), KpiStatus::Warning);
    EXPECT_EQ(evaluateKpi(51.0, Freshness::Fresh, kOverdue), KpiStatus::Breach);
}

TEST(KpiStatus, MissWithoutWarningThresholdIsBreach)
{
    const KpiTarget strict{.target = 100, .direction = KpiDirection::AtLeast, .warning = {}};
    EXPECT_EQ(evaluateKpi(99.0, Freshness::Fresh, strict), KpiStatus::Breach);
}

TEST(KpiStatus, FreshnessComesFirst)
{
    EXPECT_EQ(evaluateKpi(std::nullopt, Freshness::NoData, kOnTimeRate), KpiStatus::NoData);
    EXPECT_EQ(evaluateKpi(99.0, Freshness::Stale, kOnTimeRate), KpiStatus::Stale);
    EXPECT_EQ(evaluateKpi(50.0, Freshness::Stale, kOnTimeRate), KpiStatus::Stale);
    // Late but on target: only a warning, the centre cannot confirm it still holds.
    EXPECT_EQ(evaluateKpi(99.0, Freshness::Late, kOnTimeRate), KpiStatus::Warning);
    // Late and in breach stays a breach.
    EXPECT_EQ(evaluateKpi(50.0, Freshness::Late, kOnTimeRate), KpiStatus::Breach);
    EXPECT_EQ(evaluateKpi(std::nan(""), Freshness::Fresh, kOnTimeRate), KpiStatus::NoData);
}

TEST(KpiStatus, WithoutTargetOnlyFreshness)
{
    EXPECT_EQ(evaluateKpi(5.0, Freshness::Fresh, std::nullopt), KpiStatus::Neutral);
    EXPECT_EQ(evaluateKpi(5.0, Freshness::Late, std::nullopt), KpiStatus::Warning);
}

TEST(KpiChange, AbsoluteAndPercent)
{
    const auto c = kpiChange(110.0, 100.0, std::nullopt);
    ASSERT_TRUE(c);
    EXPECT_DOUBLE_EQ(c->absolute, 10.0);
    ASSERT_TRUE(c->percent);
    EXPECT_DOUBLE_EQ(*c->percent, 10.0);
    EXPECT_FALSE(c->improved);
}

TEST(KpiChange, PercentOfNegativePreviousUsesMagnitude)
{
    const auto c = kpiChange(-5.0, -10.0, std::nullopt);
    ASSERT_TRUE(c);
    EXPECT_DOUBLE_EQ(c->absolute, 5.0);
    EXPECT_DOUBLE_EQ(*c->percent, 50.0);
}

TEST(KpiChange, NoPercentFromZero)
{
    const auto c = kpiChange(3.0, 0.0, std::nullopt);
    ASSERT_TRUE(c);
    EXPECT_DOUBLE_EQ(c->absolute, 3.0);
    EXPECT_FALSE(c->percent);
}

TEST(KpiChange, ImprovedFollowsDirection)
{
    EXPECT_EQ(kpiChange(96.0, 94.0, kOnTimeRate)->improved, true);
    EXPECT_EQ(kpiChange(93.0, 94.0, kOnTimeRate)->improved, false);
    EXPECT_EQ(kpiChange(20.0, 25.0, kOverdue)->improved, true);
    EXPECT_EQ(kpiChange(28.0, 25.0, kOverdue)->improved, false);
    EXPECT_FALSE(kpiChange(25.0, 25.0, kOverdue)->improved);
}

TEST(KpiChange, MissingSideGivesNothing)
{
    EXPECT_FALSE(kpiChange(std::nullopt, 1.0, std::nullopt));
    EXPECT_FALSE(kpiChange(1.0, std::nullopt, std::nullopt));
}

TEST(KpiValueAt, LastAtOrBeforeWithinTolerance)
{
    const std::vector<TimedValue> points{{kT0, 1}, {kT0 + 10min, 2}, {kT0 + 20min, 3}};
    EXPECT_EQ(valueAt(points, kT0 + 10min, 1min), 2.0);
    EXPECT_EQ(valueAt(points, kT0 + 15min, 6min), 2.0);
    // Too old before, but the next one is close enough.
    EXPECT_EQ(valueAt(points, kT0 + 18min, 3min), 3.0);
    EXPECT_EQ(valueAt(points, kT0 + 15min, 1min), std::nullopt);
    EXPECT_EQ(valueAt(points, kT0 - 1h, 10min), std::nullopt);
    EXPECT_EQ(valueAt(points, kT0 + 2h, 10min), std::nullopt);
    EXPECT_EQ(valueAt({}, kT0, 10min), std::nullopt);
}

TEST(KpiDirection, RoundTrip)
{
    EXPECT_EQ(kpiDirectionFromString("at_least"), KpiDirection::AtLeast);
    EXPECT_EQ(kpiDirectionFromString("at_most"), KpiDirection::AtMost);
    EXPECT_EQ(kpiDirectionFromString("above"), std::nullopt);
    EXPECT_EQ(toString(KpiDirection::AtMost), "at_most");
    EXPECT_EQ(toString(KpiStatus::OnTarget), "on_target");
}
