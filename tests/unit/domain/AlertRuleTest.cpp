// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/AlertRule.h"

#include <gtest/gtest.h>

using namespace ioc::domain;
using namespace std::chrono;

namespace {
const TimePoint kT0 = sys_days{2026y / November / 28} + 3h;

Level above(double raise, double clear)
{
    return {Level::Direction::Above, raise, clear};
}

// Replays values through a level and returns the state after each.
std::vector<bool> replay(const Level& level, std::initializer_list<double> values)
{
    std::vector<bool> out;
    bool active = false;
    for (double v : values) {
        active = level.next(active, v);
        out.push_back(active);
    }
    return out;
}
} // namespace

TEST(AlertLevel, RaisesAtTheLineAndClearsOnlyBelowTheClearLevel)
{
    // Water level: alarm at 380 cm, all clear below 350 cm.
    const auto states = replay(above(380, 350), {300, 379, 380, 360, 351, 350, 349, 379, 381});
    EXPECT_EQ(states,
              (std::vector<bool>{false, false, true, true, true, true, false, false, true}));
}

TEST(AlertLevel, HoveringAtTheLineDoesNotFlicker)
{
    const auto states = replay(above(380, 350), {381, 379, 382, 378, 381, 377});
    EXPECT_EQ(states, std::vector<bool>(6, true));
}

TEST(AlertLevel, BelowDirectionMirrors)
{
    // Traffic speed: jam at or under 10 km/h, cleared above 15.
    const Level slow{Level::Direction::Below, 10, 15};
    EXPECT_EQ(replay(slow, {30, 11, 10, 14, 15, 16}),
              (std::vector<bool>{false, false, true, true, true, false}));
    EXPECT_TRUE(slow.consistent());
    EXPECT_FALSE((Level{Level::Direction::Below, 15, 10}.consistent()));
    EXPECT_FALSE(above(350, 380).consistent());
}

TEST(AlertRate, ChangeOverTheWindowUsesTheSampleAtItsStart)
{
    std::vector<TimedValue> s;
    for (int i = 0; i <= 20; ++i)
        s.push_back({kT0 + minutes(i), i < 10 ? 5.0 : 5.0 + 4.0 * (i - 9)});
    // Last 10 minutes: from minute 10 (value 9) to minute 20 (value 49).
    ASSERT_TRUE(changeOverWindow(s, minutes(10)).has_value());
    EXPECT_DOUBLE_EQ(*changeOverWindow(s, minutes(10)), 49.0 - 9.0);
    // A window longer than the history uses the oldest sample.
    EXPECT_DOUBLE_EQ(*changeOverWindow(s, hours(5)), 49.0 - 5.0);
    EXPECT_FALSE(changeOverWindow(std::span(s).first(1), minutes(10)).has_value());
}

TEST(AlertRate, RaisesOnAFastRiseAndClearsWhenItLevelsOff)
{
    const Level rise = above(20, 5); // 20 mm in 10 minutes
    std::vector<TimedValue> s;
    bool active = false;
    std::vector<bool> states;
    const double rain[] = {0,  0,  1,  1,  2,  8,  16, 26, 36, 40,
                           41, 41, 41, 41, 41, 41, 41, 41, 41, 41};
    for (int i = 0; i < 20; ++i) {
        s.push_back({kT0 + minutes(2 * i), rain[i]});
        if (auto c = changeOverWindow(s, minutes(10)))
            active = rise.next(active, *c);
        states.push_back(active);
    }
    EXPECT_FALSE(states[5]);
    EXPECT_TRUE(states[7]);  // 26 - 1 over 10 min
    EXPECT_TRUE(states[11]); // 41 - 16 still a heavy shower
    EXPECT_FALSE(states[19]);
}

TEST(AlertMissing, SilentPastTheIntervalTimesTheFactor)
{
    const auto last = kT0;
    EXPECT_FALSE(isSilent(last, kT0 - hours(1), kT0 + seconds(60), seconds(30), 2.0));
    EXPECT_TRUE(isSilent(last, kT0 - hours(1), kT0 + seconds(61), seconds(30), 2.0));
    // Never delivered: counted from when watching started, not from the epoch.
    EXPECT_FALSE(isSilent(std::nullopt, kT0, kT0 + seconds(50), seconds(30), 2.0));
    EXPECT_TRUE(isSilent(std::nullopt, kT0, kT0 + seconds(70), seconds(30), 2.0));
    // A delivery before a restart does not make the source silent at once after it.
    EXPECT_FALSE(isSilent(kT0 - hours(3), kT0, kT0 + seconds(10), seconds(30), 2.0));
}

TEST(AlertPattern, StarStandsForAnyRun)
{
    EXPECT_TRUE(matchesPattern("env.water_level.*", "env.water_level.cam.cua_cam"));
    EXPECT_FALSE(matchesPattern("env.water_level.*", "env.rain.phu_lien"));
    EXPECT_TRUE(matchesPattern("env.rain.phu_lien", "env.rain.phu_lien"));
    EXPECT_FALSE(matchesPattern("env.rain.phu", "env.rain.phu_lien"));
    EXPECT_TRUE(matchesPattern("traffic.*.speed", "traffic.cau_rao.speed"));
    EXPECT_FALSE(matchesPattern("traffic.*.speed", "traffic.congestion_index"));
    EXPECT_FALSE(matchesPattern("a.*.a", "a.a"));
}

TEST(AlertCombination, HoldsOnlyWhenEveryPartHoldsInTheSameUnit)
{
    const std::vector<CombinationPart> parts{{"env.rain.*", above(50, 30)},
                                             {"env.water_level.*", above(300, 280)}};
    // Unit A: heavy rain and a high river; unit B: heavy rain only; unit C: high river only.
    std::vector<UnitReading> r{{"env.rain.a", "A", 60},         {"env.water_level.a", "A", 320},
                               {"env.rain.b", "B", 70},         {"env.water_level.b", "B", 100},
                               {"env.water_level.c", "C", 400}, {"env.rain.city", "", 90}};
    auto active = activeCombinationUnits(parts, r, {});
    EXPECT_EQ(active, (std::set<std::string>{"A"}));

    // Rain eases to 40 in A: below the raise level but not under the clear level: still on.
    r[0].value = 40;
    active = activeCombinationUnits(parts, r, active);
    EXPECT_EQ(active, (std::set<std::string>{"A"}));
    // …but a unit that was not active does not raise at 40.
    EXPECT_TRUE(activeCombinationUnits(parts, r, {}).empty());
    // Rain under 30: cleared.
    r[0].value = 20;
    EXPECT_TRUE(activeCombinationUnits(parts, r, active).empty());
}

TEST(AlertRules, ValidationNamesTheProblem)
{
    AlertRule ok;
    ok.id = "water.high";
    ok.label = {"Mực nước cao", "High water"};
    ok.series = {"env.water_level.*"};
    ok.level = above(380, 350);
    ok.suggestedCategory = "flooding";
    const std::set<std::string> categories{"flooding"};
    EXPECT_FALSE(validateAlertRules(std::vector{ok}, categories).has_value());

    auto twice = std::vector{ok, ok};
    EXPECT_NE(validateAlertRules(twice, categories)->find("twice"), std::string::npos);
    auto bad = ok;
    bad.severity = 5;
    EXPECT_NE(validateAlertRules(std::vector{bad}, categories)->find("severity"),
              std::string::npos);
    bad = ok;
    bad.level = above(350, 380);
    EXPECT_NE(validateAlertRules(std::vector{bad}, categories)->find("clear_at"),
              std::string::npos);
    bad = ok;
    bad.suggestedCategory = "volcano";
    EXPECT_NE(validateAlertRules(std::vector{bad}, categories)->find("volcano"), std::string::npos);
    bad = ok;
    bad.kind = AlertKind::Combination;
    EXPECT_NE(validateAlertRules(std::vector{bad}, categories)->find("two"), std::string::npos);
    bad = ok;
    bad.kind = AlertKind::Missing;
    EXPECT_NE(validateAlertRules(std::vector{bad}, categories)->find("sources"), std::string::npos);
    bad = ok;
    bad.id = "bad id";
    EXPECT_TRUE(validateAlertRules(std::vector{bad}, categories).has_value());
}

TEST(AlertRules, KindNamesRoundTrip)
{
    for (auto k : {AlertKind::Threshold, AlertKind::Rate, AlertKind::Missing,
                   AlertKind::Combination, AlertKind::Forecast})
        EXPECT_EQ(alertKindFromString(toString(k)), k);
    EXPECT_FALSE(alertKindFromString("psychic").has_value());
}
