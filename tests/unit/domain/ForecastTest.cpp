// SPDX-License-Identifier: GPL-3.0-or-later
// Forecast error on held-out simulator-like data (docs/forecasting.md quotes what this prints).
#include "ioc/domain/Forecast.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <numbers>
#include <random>

using namespace ioc::domain;
using namespace std::chrono;

namespace {
const TimePoint kStart = sys_days{2026y / November / 1} - 7h; // local midnight (UTC+7)

struct Daily
{
    const char *name;
    double base, amplitude, peakHour, noise, min, max;
    int intervalS;
};

// The demo simulator's "daily" model (modules/server/src/Simulator.cpp): a daily cosine plus
// an AR(1) wander, one sample per source interval, rounded like the simulator.
std::vector<TimedValue> simulate(const Daily& d, int days, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> gauss(0, 1);
    double walk = 0;
    std::vector<TimedValue> out;
    for (int s = 0; s < days * 86400; s += d.intervalS) {
        const double hour = std::fmod(s / 3600.0, 24.0);
        walk = 0.8 * walk + d.noise * gauss(rng);
        const double shape = std::cos(2 * std::numbers::pi * (hour - d.peakHour) / 24);
        out.push_back({kStart + seconds(s),
                       std::round(std::clamp(d.base + d.amplitude * shape + walk, d.min, d.max))});
    }
    return out;
}

// lag 0: the value at the origin ("last value"); otherwise the value `lag` steps before the
// target ("same time yesterday" with lag = one season).
std::vector<Prediction> naive(std::span<const double> y, std::size_t lag, std::size_t firstOrigin,
                              std::size_t horizon)
{
    std::vector<Prediction> out;
    for (std::size_t t = firstOrigin; t + horizon < y.size(); ++t)
        out.push_back({lag == 0 ? y[t] : y[t + horizon - lag], y[t + horizon]});
    return out;
}

constexpr Daily kWater{"env.water_level.cam.cua_cam", 220, 110, 10, 4, 0, 450, 30};
constexpr Daily kAqi{"env.aqi.hong_bang", 85, 20, 8, 6, 10, 300, 60};
constexpr std::size_t kSeason = 288; // 5-minute steps in a day
} // namespace

TEST(Forecast, ResampleAveragesAndInterpolatesGaps)
{
    std::vector<TimedValue> s{
        {kStart + seconds(10), 2}, {kStart + seconds(50), 4}, {kStart + seconds(190), 9}};
    const auto y = resample(s, kStart, seconds(60), 5);
    ASSERT_EQ(y.size(), 5u);
    EXPECT_DOUBLE_EQ(y[0], 3);
    EXPECT_DOUBLE_EQ(y[1], 5); // gap: between 3 and 9
    EXPECT_DOUBLE_EQ(y[2], 7);
    EXPECT_DOUBLE_EQ(y[3], 9);
    EXPECT_DOUBLE_EQ(y[4], 9); // held after the last sample
    EXPECT_TRUE(resample({}, kStart, seconds(60), 5).empty());
}

TEST(Forecast, HoltWintersNeedsTwoSeasons)
{
    std::vector<double> y(2 * kSeason - 1, 1.0);
    EXPECT_FALSE(holtWintersAdditive(y, kSeason, 12).has_value());
    auto f = forecastSeries(y, kSeason, 12);
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->method, "holt_damped");
}

// The figure of issue 9 item 4: fit on six days, forecast the seventh (held out) at every
// 5-minute origin, 1 h and 3 h ahead; Holt-Winters must beat the naive forecasts it replaces.
TEST(Forecast, HoltWintersErrorOnHeldOutSimulatorDays)
{
    for (const auto& d : {kWater, kAqi}) {
        const auto samples = simulate(d, 7, 20261128);
        const auto y = resample(samples, kStart, minutes(5), 7 * kSeason);
        ASSERT_EQ(y.size(), 7 * kSeason);
        const std::span<const double> train(y.data(), 6 * kSeason);
        const auto fit = holtWintersAdditive(train, kSeason, 12);
        ASSERT_TRUE(fit.has_value());
        for (std::size_t h : {std::size_t{12}, std::size_t{36}}) {
            const auto hw =
                measureError(rollingHoltWinters(y, kSeason, fit->params, 6 * kSeason, h));
            const auto last = measureError(naive(y, 0, 6 * kSeason, h));
            const auto seasonal = measureError(naive(y, kSeason, 6 * kSeason, h));
            std::printf("[forecast] %s h=%zu min (held-out day, %zu origins): Holt-Winters "
                        "MAE %.2f MAPE %.2f %% | last value MAE %.2f MAPE %.2f %% | same time "
                        "yesterday MAE %.2f MAPE %.2f %% (alpha %.2f beta %.2f gamma %.2f)\n",
                        d.name, h * 5, hw.n, hw.mae, hw.mape, last.mae, last.mape, seasonal.mae,
                        seasonal.mape, fit->params.alpha, fit->params.beta, fit->params.gamma);
            EXPECT_GT(hw.n, 200u);
            EXPECT_LT(hw.mae, last.mae) << d.name;
            EXPECT_LE(hw.mae, seasonal.mae * 1.05) << d.name;
            // The simulator's own wander (AR(1), sd ≈ 1.7 × noise) is the floor no method goes
            // under.
            EXPECT_LT(hw.mape, 15.0) << d.name;
        }
    }
}

TEST(Forecast, DampedHoltErrorOnHeldOutSimulatorHour)
{
    // Fresh start (no two days yet): 1-minute steps, fit on 3 hours, the next hour held out.
    const auto samples = simulate(kWater, 1, 7);
    const auto from = kStart + hours(6);
    const auto y = resample(samples, from, minutes(1), 240);
    const auto fit = holtDamped(std::span(y).first(180), 15);
    ASSERT_TRUE(fit.has_value());
    const auto err = measureError(rollingHoltDamped(y, fit->params, 180, 15));
    const auto last = measureError(naive(y, 0, 180, 15));
    std::printf("[forecast] %s damped Holt h=15 min (held-out hour, %zu origins): MAE %.2f "
                "MAPE %.2f %% | last value MAE %.2f MAPE %.2f %%\n",
                kWater.name, err.n, err.mae, err.mape, last.mae, last.mape);
    EXPECT_LT(err.mape, 10.0);
}

TEST(Forecast, EarlyWarningCrossesBeforeTheRealValue)
{
    // A storm surge: the river rises 15 cm a minute from 300 cm; the alarm is at 380 cm.
    std::vector<double> y;
    for (int i = 0; i < 60; ++i)
        y.push_back(300 + (i < 54 ? 0.0 : 15.0 * (i - 54)) + (i % 3) * 0.5);
    const Level alarm{Level::Direction::Above, 380, 350};
    const auto f = holtDamped(y, 15);
    ASSERT_TRUE(f.has_value());
    ASSERT_LT(y.back(), 380);
    const auto crossing = earlyCrossing(alarm, y.back(), f->points);
    ASSERT_TRUE(crossing.has_value());
    EXPECT_LT(*crossing, 10u);
    for (const auto& p : f->points) {
        EXPECT_LE(p.lower, p.value);
        EXPECT_GE(p.upper, p.value);
    }
    // Once the real value is past the line it is an ordinary alert, not an early warning.
    EXPECT_FALSE(earlyCrossing(alarm, 390, f->points).has_value());
    // A flat river gives no warning.
    std::vector<double> flat(60, 300);
    EXPECT_FALSE(earlyCrossing(alarm, 300, holtDamped(flat, 15)->points).has_value());
}
