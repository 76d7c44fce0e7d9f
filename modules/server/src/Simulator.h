// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LiveData.h"
#include "SeriesCatalog.h"

#include "ioc/domain/Time.h"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string_view>
#include <random>
#include <vector>

namespace ioc::server {

// The demo city: moves every series that has a `sim` spec, each on its own source's interval.
// Pure computation on an injected clock; the caller drives it with tick().
class Simulator
{
public:
    Simulator(const SeriesCatalog& catalog, const domain::Clock& clock, std::uint32_t seed = 4260);

    // Points due at the clock's current time (all of them on the first call). Thread-safe.
    std::vector<IncomingPoint> tick();

    // Starts a scenario from the catalogue (replacing a running one); false if unknown.
    bool startScenario(std::string_view id);
    void stopScenario();
    struct ScenarioState
    {
        std::string id;
        domain::TimePoint startedAt;
        domain::TimePoint endsAt;
    };
    std::optional<ScenarioState> activeScenario() const;

    static double localHour(domain::TimePoint t); // Asia/Ho_Chi_Minh (UTC+7, no DST)

private:
    struct Track
    {
        std::string id;
        SimSpec spec;
        domain::Seconds interval;
        domain::TimePoint nextAt;
        double walk = 0;
        double last = 0;
        std::int64_t day = -1;
        bool started = false;
        double scenarioAdd = 0; // this series' share of the running scenario
    };
    double next(Track& t, domain::TimePoint now);
    double scenarioOffset(const Track& t, domain::TimePoint now) const;

    const domain::Clock& m_clock;
    const SeriesCatalog& m_catalog;
    mutable std::mutex m_mutex;
    std::vector<Track> m_tracks;
    std::optional<ScenarioState> m_scenario;
    std::mt19937 m_rng;
    std::normal_distribution<double> m_gauss{0.0, 1.0};
};

} // namespace ioc::server
