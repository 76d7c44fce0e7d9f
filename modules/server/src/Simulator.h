// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LiveData.h"
#include "SeriesCatalog.h"

#include "ioc/domain/Time.h"

#include <cstdint>
#include <random>
#include <vector>

namespace ioc::server {

// The demo city: moves every series that has a `sim` spec, each on its own source's interval.
// Pure computation on an injected clock; the caller drives it with tick().
class Simulator
{
public:
    Simulator(const SeriesCatalog& catalog, const domain::Clock& clock, std::uint32_t seed = 4260);

    // Points due at the clock's current time (all of them on the first call).
    std::vector<IncomingPoint> tick();

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
    };
    double next(Track& t, domain::TimePoint now);

    const domain::Clock& m_clock;
    std::vector<Track> m_tracks;
    std::mt19937 m_rng;
    std::normal_distribution<double> m_gauss{0.0, 1.0};
};

} // namespace ioc::server
