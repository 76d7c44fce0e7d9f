// SPDX-License-Identifier: GPL-3.0-or-later
#include "Simulator.h"

#include <gtest/gtest.h>

#include <map>

using namespace ioc;
using namespace ioc::server;
using namespace std::chrono;

namespace {
SeriesCatalog catalog()
{
    auto c = parseSeriesCatalog(R"({"domains":[{"id":"d","label":{"vi":"Đ"}}],
      "sources":[{"id":"fast","label":{"vi":"F"},"expected_interval_s":5},
                 {"id":"slow","label":{"vi":"S"},"expected_interval_s":60}],
      "series":[
        {"id":"speed","label":{"vi":"v"},"domain":"d","source":"fast",
         "sim":{"model":"daily","base":30,"amplitude":-10,"peak_hour":17.5,"noise":2,"min":5,"max":50,"decimals":1}},
        {"id":"aqi","label":{"vi":"a"},"domain":"d","source":"fast",
         "sim":{"model":"walk","base":80,"noise":5,"min":0,"max":500,"decimals":0}},
        {"id":"reports","label":{"vi":"r"},"domain":"d","source":"slow",
         "sim":{"model":"counter","daily_total":480,"peak_hour":10,"decimals":0}}]})");
    EXPECT_TRUE(c);
    return *c;
}
// 00:00 in Hai Phong is 17:00 UTC the day before.
const domain::TimePoint kLocalMidnight = sys_days{2026y / November / 27} + 17h;
} // namespace

TEST(Simulator, FirstTickGivesEverySeriesAValue)
{
    domain::ManualClock clock(kLocalMidnight + 8h);
    Simulator sim(catalog(), clock);
    EXPECT_EQ(sim.tick().size(), 3u);
    EXPECT_TRUE(sim.tick().empty()); // nothing is due at the same instant
}

TEST(Simulator, RespectsEachSourceInterval)
{
    domain::ManualClock clock(kLocalMidnight + 8h);
    Simulator sim(catalog(), clock);
    sim.tick();
    std::map<std::string, int> counts;
    for (int s = 0; s < 600; ++s) {
        clock.advance(1s);
        for (const auto& p : sim.tick())
            ++counts[p.seriesId];
    }
    // 600 s: about 120 updates at 5 s and 10 at 60 s.
    EXPECT_NEAR(counts["speed"], 120, 2);
    EXPECT_NEAR(counts["aqi"], 120, 2);
    EXPECT_NEAR(counts["reports"], 10, 1);
}

TEST(Simulator, ValuesStayWithinBoundsAndCountersNeverFallWithinADay)
{
    domain::ManualClock clock(kLocalMidnight);
    Simulator sim(catalog(), clock);
    double lastCount = -1;
    double count2359 = 0;
    for (int minute = 0; minute < 24 * 60; ++minute) {
        for (const auto& p : sim.tick()) {
            if (p.seriesId == "speed") {
                EXPECT_GE(p.value, 5);
                EXPECT_LE(p.value, 50);
            } else if (p.seriesId == "reports") {
                EXPECT_GE(p.value, lastCount);
                lastCount = p.value;
                count2359 = p.value;
            }
        }
        clock.advance(1min);
    }
    EXPECT_NEAR(count2359, 480, 40);
    // Next local day: the counter starts again from zero.
    for (const auto& p : sim.tick()) {
        if (p.seriesId == "reports") {
            EXPECT_LT(p.value, 20);
        }
    }
}

TEST(Simulator, RushHourSlowsTrafficDown)
{
    auto speedAt = [](double hour) {
        domain::ManualClock clock(kLocalMidnight + duration_cast<milliseconds>(duration<double, std::ratio<3600>>(hour)));
        Simulator sim(catalog(), clock, 1);
        for (const auto& p : sim.tick())
            if (p.seriesId == "speed")
                return p.value;
        return -1.0;
    };
    EXPECT_LT(speedAt(17.5), speedAt(5.5));
}

TEST(Simulator, LocalHourIsHaiPhongTime)
{
    EXPECT_NEAR(Simulator::localHour(kLocalMidnight + 90min), 1.5, 1e-9);
}

namespace {
SeriesCatalog stormCatalog()
{
    auto c = parseSeriesCatalog(R"({"domains":[{"id":"d","label":{"vi":"Đ"}}],
      "sources":[{"id":"s","label":{"vi":"S"},"expected_interval_s":60}],
      "series":[
        {"id":"traffic.a.speed","label":{"vi":"v"},"domain":"d","source":"s",
         "sim":{"model":"walk","base":40,"noise":0,"min":5,"max":60,"decimals":1}},
        {"id":"traffic.congestion","label":{"vi":"c"},"domain":"d","source":"s",
         "sim":{"model":"walk","base":20,"noise":0,"min":0,"max":100,"decimals":0}},
        {"id":"rain.x","label":{"vi":"r"},"domain":"d","source":"s",
         "sim":{"model":"counter","daily_total":0,"peak_hour":12,"decimals":0}}],
      "scenarios":[{"id":"storm","label":{"vi":"Bão"},"duration_s":1000,
        "effects":[{"prefix":"traffic.","add":-20},{"prefix":"traffic.congestion","add":50},
                   {"prefix":"rain.","add":100}]}]})");
    EXPECT_TRUE(c) << c.error().message;
    return *c;
}

std::map<std::string, double> valuesAt(Simulator& sim, domain::ManualClock& clock, seconds t,
                                       domain::TimePoint start)
{
    clock.set(start + t);
    std::map<std::string, double> out;
    for (const auto& p : sim.tick())
        out[p.seriesId] = p.value;
    return out;
}
} // namespace

TEST(Simulator, StormRampsHoldsAndEasesWithTheMostSpecificEffect)
{
    const auto start = kLocalMidnight + 12h;
    domain::ManualClock clock(start);
    const auto cat = stormCatalog();
    Simulator sim(cat, clock);
    sim.tick();
    ASSERT_FALSE(sim.startScenario("nope"));
    ASSERT_TRUE(sim.startScenario("storm"));
    ASSERT_TRUE(sim.activeScenario());
    auto peak = valuesAt(sim, clock, 500s, start);
    EXPECT_NEAR(peak["traffic.a.speed"], 20, 0.01);   // 40 − 20
    EXPECT_NEAR(peak["traffic.congestion"], 70, 0.01); // 20 + 50: specific prefix beats "traffic."
    EXPECT_NEAR(peak["rain.x"], 50, 1);                // half of the storm's rain has fallen
    auto after = valuesAt(sim, clock, 1200s, start);
    EXPECT_NEAR(after["traffic.a.speed"], 40, 0.01);   // back to normal
    EXPECT_NEAR(after["rain.x"], 100, 1);              // what fell stays counted
    EXPECT_FALSE(sim.activeScenario());
}
