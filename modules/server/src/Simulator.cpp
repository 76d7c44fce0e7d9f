// SPDX-License-Identifier: GPL-3.0-or-later
#include "Simulator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ioc::server {

namespace {
constexpr auto kLocalOffset = std::chrono::hours{7};

double roundTo(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

// Share of a day's total that has arrived by `hour`, for traffic-like daily curves.
double cumulativeShare(double hour, double peakHour)
{
    constexpr double a = 0.8;
    constexpr double w = 2 * std::numbers::pi / 24;
    const double integral = hour + a / w * (std::sin(w * (hour - peakHour)) - std::sin(-w * peakHour));
    return std::clamp(integral / 24.0, 0.0, 1.0);
}
} // namespace

Simulator::Simulator(const SeriesCatalog& catalog, const domain::Clock& clock, std::uint32_t seed)
    : m_clock(clock)
    , m_catalog(catalog)
    , m_rng(seed)
{
    for (const auto& def : catalog.series) {
        if (!def.sim)
            continue;
        Track t;
        t.id = def.info.id;
        t.spec = *def.sim;
        t.interval = domain::Seconds{def.info.expectedIntervalS};
        m_tracks.push_back(std::move(t));
    }
}

double Simulator::localHour(domain::TimePoint t)
{
    const auto local = t + kLocalOffset;
    const auto sinceMidnight = local - std::chrono::floor<std::chrono::days>(local);
    return std::chrono::duration<double, std::ratio<3600>>(sinceMidnight).count();
}

double Simulator::next(Track& t, domain::TimePoint now)
{
    const auto& s = t.spec;
    const double hour = localHour(now);
    switch (s.model) {
    case SimSpec::Model::Daily: {
        t.walk = 0.8 * t.walk + s.noise * m_gauss(m_rng);
        const double shape = std::cos(2 * std::numbers::pi * (hour - s.peakHour) / 24);
        t.last = std::clamp(s.base + s.amplitude * shape + t.walk, s.min, s.max);
        break;
    }
    case SimSpec::Model::Walk: {
        if (!t.started)
            t.last = s.base;
        t.last += s.noise * m_gauss(m_rng) - 0.1 * (t.last - s.base);
        t.last = std::clamp(t.last, s.min, s.max);
        break;
    }
    case SimSpec::Model::Counter: {
        const auto day =
            std::chrono::floor<std::chrono::days>(now + kLocalOffset).time_since_epoch().count();
        if (day != t.day) {
            t.day = day;
            t.last = 0;
            if (m_scenario && now > m_scenario->endsAt)
                t.scenarioAdd = 0; // yesterday's storm is not today's rainfall
        }
        const double expected = s.dailyTotal * cumulativeShare(hour, s.peakHour);
        const double jitter = s.noise * m_gauss(m_rng);
        // Counts never go down within a day.
        t.last = std::max(t.last, std::floor(expected + jitter));
        break;
    }
    }
    t.started = true;
    const double offset = scenarioOffset(t, now);
    double out = t.last + offset;
    if (s.model != SimSpec::Model::Counter)
        out = std::clamp(out, s.min, s.max + std::max(0.0, offset));
    return roundTo(out, s.decimals);
}

double Simulator::scenarioOffset(const Track& t, domain::TimePoint now) const
{
    if (!m_scenario || t.scenarioAdd == 0)
        return 0;
    const double total = std::chrono::duration<double>(m_scenario->endsAt - m_scenario->startedAt).count();
    const double x = std::chrono::duration<double>(now - m_scenario->startedAt).count() / total;
    if (t.spec.model == SimSpec::Model::Counter) {
        // What fell stays counted: the share of the scenario's total that has arrived.
        return t.scenarioAdd * std::clamp(x, 0.0, 1.0);
    }
    if (x < 0 || x > 1)
        return 0;
    // Ramp up over the first 30 %, hold, ease off over the last 30 %.
    const double intensity = std::min({1.0, x / 0.3, (1.0 - x) / 0.3});
    return t.scenarioAdd * intensity;
}

bool Simulator::startScenario(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    const Scenario* found = nullptr;
    for (const auto& sc : m_catalog.scenarios)
        if (sc.id == id)
            found = &sc;
    if (!found)
        return false;
    const auto now = m_clock.now();
    m_scenario = ScenarioState{found->id, now, now + domain::Seconds{found->durationS}};
    for (auto& t : m_tracks) {
        t.scenarioAdd = 0;
        std::size_t best = 0; // the most specific prefix wins
        for (const auto& e : found->effects) {
            if (t.id.starts_with(e.prefix) && e.prefix.size() > best) {
                best = e.prefix.size();
                t.scenarioAdd = e.add;
            }
        }
    }
    return true;
}

void Simulator::stopScenario()
{
    std::lock_guard lock(m_mutex);
    m_scenario.reset();
}

std::optional<Simulator::ScenarioState> Simulator::activeScenario() const
{
    std::lock_guard lock(m_mutex);
    if (m_scenario && m_clock.now() > m_scenario->endsAt)
        return std::nullopt;
    return m_scenario;
}

std::vector<IncomingPoint> Simulator::tick()
{
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    std::vector<IncomingPoint> out;
    for (auto& t : m_tracks) {
        if (t.started && now < t.nextAt)
            continue;
        out.push_back({t.id, next(t, now), now});
        // Spread first updates over the interval so sources do not all beat in step.
        if (!t.nextAt.time_since_epoch().count()) {
            std::uniform_int_distribution<long long> phase(0, t.interval.count() * 1000);
            t.nextAt = now + domain::Milliseconds{phase(m_rng)};
        } else {
            t.nextAt = std::max(t.nextAt + t.interval, now);
        }
    }
    return out;
}

} // namespace ioc::server
