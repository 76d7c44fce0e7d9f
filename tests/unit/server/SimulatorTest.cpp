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
