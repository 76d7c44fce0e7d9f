// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Forecast.h"

#include <array>
#include <cmath>
#include <limits>
#include <numeric>

namespace ioc::domain {

namespace {
constexpr double kZ95 = 1.96;
constexpr std::array kAlphas{0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9};
constexpr std::array kBetas{0.0, 0.01, 0.05, 0.1, 0.2};
constexpr std::array kGammas{0.01, 0.05, 0.1, 0.2, 0.4};
// At most 0.9: the trend's whole future effect is then at most 9 steps' worth, so a surge that is
// about to level off (a storm's ramp) is not extrapolated into a false early warning.
constexpr std::array kPhis{0.8, 0.85, 0.9};

double mean(std::span<const double> v)
{
    return v.empty() ? 0 : std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

// Additive Holt-Winters state: level, trend and one seasonal term per step of the season,
// indexed by time modulo the season.
class HoltWintersState
{
public:
    HoltWintersState(std::span<const double> y, std::size_t m, const SmoothingParams& p)
        : m_p(p)
        , m_season(m)
    {
        const double first = mean(y.subspan(0, m));
        const double second = mean(y.subspan(m, m));
        m_level = first;
        m_trend = (second - first) / static_cast<double>(m);
        for (std::size_t i = 0; i < m; ++i)
            m_season[i] = y[i] - first;
        m_t = m; // the first season only initialises
    }
    double forecast(std::size_t h) const
    {
        return m_level + static_cast<double>(h) * m_trend +
               m_season[(m_t + h - 1) % m_season.size()];
    }
    void update(double y)
    {
        const std::size_t i = m_t % m_season.size();
        const double level = m_p.alpha * (y - m_season[i]) + (1 - m_p.alpha) * (m_level + m_trend);
        m_trend = m_p.beta * (level - m_level) + (1 - m_p.beta) * m_trend;
        m_season[i] = m_p.gamma * (y - level) + (1 - m_p.gamma) * m_season[i];
        m_level = level;
        ++m_t;
    }
    // Coefficient of the j-step-ahead error variance (Hyndman et al., class 1 models).
    double varianceFactor(std::size_t h) const
    {
        double sum = 1;
        for (std::size_t j = 1; j < h; ++j) {
            const double c = m_p.alpha * (1 + m_p.beta * static_cast<double>(j)) +
                             (j % m_season.size() == 0 ? m_p.gamma : 0.0);
            sum += c * c;
        }
        return sum;
    }

private:
    SmoothingParams m_p;
    std::vector<double> m_season;
    double m_level = 0;
    double m_trend = 0;
    std::size_t m_t = 0;
};

class DampedHoltState
{
public:
    DampedHoltState(std::span<const double> y, const SmoothingParams& p)
        : m_p(p)
    {
        m_level = y[0];
        m_trend = (y[3] - y[0]) / 3.0;
        m_t = 1;
    }
    double forecast(std::size_t h) const { return m_level + phiSum(h) * m_trend; }
    void update(double y)
    {
        const double level = m_p.alpha * y + (1 - m_p.alpha) * (m_level + m_p.phi * m_trend);
        m_trend = m_p.beta * (level - m_level) + (1 - m_p.beta) * m_p.phi * m_trend;
        m_level = level;
        ++m_t;
    }
    double varianceFactor(std::size_t h) const
    {
        double sum = 1;
        for (std::size_t j = 1; j < h; ++j) {
            const double c = m_p.alpha * (1 + m_p.beta * phiSum(j));
            sum += c * c;
        }
        return sum;
    }
    std::size_t start() const { return m_t; }

private:
    double phiSum(std::size_t h) const
    {
        double sum = 0, f = 1;
        for (std::size_t i = 0; i < h; ++i) {
            f *= m_p.phi;
            sum += f;
        }
        return sum;
    }
    SmoothingParams m_p;
    double m_level = 0;
    double m_trend = 0;
    std::size_t m_t = 0;
};

// Runs the filter over y from its first forecastable index; returns the one-step SSE and count.
template<class State>
std::pair<double, std::size_t> oneStepError(State& s, std::span<const double> y, std::size_t from)
{
    double sse = 0;
    std::size_t n = 0;
    for (std::size_t t = from; t < y.size(); ++t) {
        const double e = y[t] - s.forecast(1);
        sse += e * e;
        ++n;
        s.update(y[t]);
    }
    return {sse, n};
}

template<class State>
Forecast finish(State& s, std::string_view method, const SmoothingParams& p, double sse,
                std::size_t n, std::size_t horizon)
{
    Forecast f;
    f.method = method;
    f.params = p;
    f.residualSd = n > 1 ? std::sqrt(sse / static_cast<double>(n - 1)) : 0;
    f.points.reserve(horizon);
    for (std::size_t h = 1; h <= horizon; ++h) {
        const double v = s.forecast(h);
        const double half = kZ95 * f.residualSd * std::sqrt(s.varianceFactor(h));
        f.points.push_back({v, v - half, v + half});
    }
    return f;
}
} // namespace

std::optional<Forecast> holtWintersAdditive(std::span<const double> y, std::size_t season,
                                            std::size_t horizon)
{
    if (season < 2 || y.size() < 2 * season)
        return std::nullopt;
    SmoothingParams best;
    double bestSse = std::numeric_limits<double>::infinity();
    for (double a : kAlphas)
        for (double b : kBetas)
            for (double g : kGammas) {
                SmoothingParams p{a, b, g, 1.0};
                HoltWintersState s(y, season, p);
                const auto [sse, n] = oneStepError(s, y, season);
                if (sse < bestSse) {
                    bestSse = sse;
                    best = p;
                }
            }
    HoltWintersState s(y, season, best);
    const auto [sse, n] = oneStepError(s, y, season);
    return finish(s, "holt_winters_additive", best, sse, n, horizon);
}

std::optional<Forecast> holtDamped(std::span<const double> y, std::size_t horizon)
{
    if (y.size() < 4)
        return std::nullopt;
    SmoothingParams best;
    double bestSse = std::numeric_limits<double>::infinity();
    for (double a : kAlphas)
        for (double b : kBetas)
            for (double phi : kPhis) {
                SmoothingParams p{a, b, 0.0, phi};
                DampedHoltState s(y, p);
                const auto [sse, n] = oneStepError(s, y, s.start());
                if (sse < bestSse) {
                    bestSse = sse;
                    best = p;
                }
            }
    DampedHoltState s(y, best);
    const auto [sse, n] = oneStepError(s, y, s.start());
    return finish(s, "holt_damped", best, sse, n, horizon);
}

std::optional<Forecast> forecastSeries(std::span<const double> y, std::size_t season,
                                       std::size_t horizon)
{
    if (auto hw = holtWintersAdditive(y, season, horizon))
        return hw;
    return holtDamped(y, horizon);
}

std::vector<Prediction> rollingHoltWinters(std::span<const double> y, std::size_t season,
                                           const SmoothingParams& p, std::size_t firstOrigin,
                                           std::size_t horizon)
{
    std::vector<Prediction> out;
    if (season < 2 || y.size() < 2 * season || firstOrigin < season)
        return out;
    HoltWintersState s(y, season, p);
    for (std::size_t t = season; t < y.size(); ++t) {
        // The state has seen y[0..t-1]: a forecast made at origin t-1.
        if (t - 1 >= firstOrigin && t - 1 + horizon < y.size())
            out.push_back({s.forecast(horizon), y[t - 1 + horizon]});
        s.update(y[t]);
    }
    return out;
}

std::vector<Prediction> rollingHoltDamped(std::span<const double> y, const SmoothingParams& p,
                                          std::size_t firstOrigin, std::size_t horizon)
{
    std::vector<Prediction> out;
    if (y.size() < 4)
        return out;
    DampedHoltState s(y, p);
    for (std::size_t t = s.start(); t < y.size(); ++t) {
        if (t - 1 >= firstOrigin && t - 1 + horizon < y.size())
            out.push_back({s.forecast(horizon), y[t - 1 + horizon]});
        s.update(y[t]);
    }
    return out;
}

ForecastError measureError(std::span<const Prediction> predictions)
{
    ForecastError e;
    double abs = 0, pct = 0;
    std::size_t pctN = 0;
    for (const auto& p : predictions) {
        const double d = std::abs(p.predicted - p.actual);
        abs += d;
        if (p.actual != 0) {
            pct += d / std::abs(p.actual);
            ++pctN;
        }
    }
    e.n = predictions.size();
    e.mae = e.n ? abs / static_cast<double>(e.n) : 0;
    e.mape = pctN ? 100.0 * pct / static_cast<double>(pctN) : 0;
    return e;
}

std::vector<double> resample(std::span<const TimedValue> samples, TimePoint from, Seconds step,
                             std::size_t count)
{
    std::vector<double> sum(count, 0.0);
    std::vector<std::size_t> n(count, 0);
    const auto stepMs = std::chrono::duration_cast<Milliseconds>(step).count();
    if (stepMs <= 0 || count == 0)
        return {};
    for (const auto& s : samples) {
        if (s.t < from)
            continue;
        const auto i = static_cast<std::size_t>((s.t - from).count() / stepMs);
        if (i >= count)
            continue;
        sum[i] += s.v;
        ++n[i];
    }
    std::vector<double> out(count, std::numeric_limits<double>::quiet_NaN());
    std::optional<std::size_t> prev;
    for (std::size_t i = 0; i < count; ++i) {
        if (n[i] == 0)
            continue;
        out[i] = sum[i] / static_cast<double>(n[i]);
        if (prev && *prev + 1 < i) {
            const double a = out[*prev], b = out[i];
            for (std::size_t k = *prev + 1; k < i; ++k)
                out[k] =
                    a + (b - a) * static_cast<double>(k - *prev) / static_cast<double>(i - *prev);
        } else if (!prev) {
            for (std::size_t k = 0; k < i; ++k)
                out[k] = out[i];
        }
        prev = i;
    }
    if (!prev)
        return {};
    for (std::size_t k = *prev + 1; k < count; ++k)
        out[k] = out[*prev];
    return out;
}

std::optional<std::size_t> earlyCrossing(const Level& level, double latest,
                                         std::span<const ForecastPoint> points)
{
    if (level.raises(latest))
        return std::nullopt;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (level.raises(points[i].value))
            return i;
    return std::nullopt;
}

} // namespace ioc::domain
