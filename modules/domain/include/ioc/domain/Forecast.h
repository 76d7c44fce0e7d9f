// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/AlertRule.h"
#include "ioc/domain/Time.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

// Short-term forecasting for early warning (issue 9 item 4; method and measured error in
// docs/forecasting.md). Works on values at a fixed step; the caller resamples.
namespace ioc::domain {

struct SmoothingParams
{
    double alpha = 0.3; // level
    double beta = 0.05; // trend
    double gamma = 0.1; // season (Holt-Winters only)
    double phi = 1.0;   // trend damping (damped Holt only)
};

struct ForecastPoint
{
    double value = 0;
    double lower = 0; // ~95 % prediction interval
    double upper = 0;
};

struct Forecast
{
    std::string_view method; // "holt_winters_additive" or "holt_damped"
    SmoothingParams params;
    double residualSd = 0;             // of the one-step-ahead errors while fitting
    std::vector<ForecastPoint> points; // steps 1..horizon after the last value
};

// Additive Holt-Winters with a season of `season` steps (a day). Parameters are chosen by grid
// search on the one-step-ahead squared error. Needs at least two full seasons.
std::optional<Forecast> holtWintersAdditive(std::span<const double> y, std::size_t season,
                                            std::size_t horizon);
// Holt's linear method with a damped trend: for a series without two days of history yet.
// Needs at least 4 values.
std::optional<Forecast> holtDamped(std::span<const double> y, std::size_t horizon);
// Holt-Winters when two seasons are available, else damped Holt.
std::optional<Forecast> forecastSeries(std::span<const double> y, std::size_t season,
                                       std::size_t horizon);

// One-step-ahead fits with fixed parameters, exposed for measuring held-out error: the forecast
// `horizon` steps ahead made at every origin in [firstOrigin, y.size() - horizon), compared with
// what happened. Returns pairs (predicted, actual).
struct Prediction
{
    double predicted = 0;
    double actual = 0;
};
std::vector<Prediction> rollingHoltWinters(std::span<const double> y, std::size_t season,
                                           const SmoothingParams& p, std::size_t firstOrigin,
                                           std::size_t horizon);
std::vector<Prediction> rollingHoltDamped(std::span<const double> y, const SmoothingParams& p,
                                          std::size_t firstOrigin, std::size_t horizon);

struct ForecastError
{
    double mae = 0;
    double mape = 0; // percent; actual values of 0 are skipped
    std::size_t n = 0;
};
ForecastError measureError(std::span<const Prediction> predictions);

// Irregular samples (ascending) onto `count` steps of `step` starting at `from`: the mean of the
// samples in each step, gaps filled by linear interpolation (ends held flat). Empty when no
// sample falls in the range.
std::vector<double> resample(std::span<const TimedValue> samples, TimePoint from, Seconds step,
                             std::size_t count);

// Early warning: the first forecast step whose value raises `level`, provided the latest real
// value does not already raise it (then it is an ordinary alert, not an early one).
std::optional<std::size_t> earlyCrossing(const Level& level, double latest,
                                         std::span<const ForecastPoint> points);

} // namespace ioc::domain
