// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../incidents/UnitDirectory.h"

#include "ioc/domain/Time.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace ioc::server {

// The demo city's citizens: intake bodies (JSON, as a channel system would send them) in
// Vietnamese, at real commune-level units and streets, some of them duplicates of a recent report
// (the same thing seen by a neighbour, often typed without diacritics), some junk (spam, a point
// outside the city, a "photo" that is no image, a text too short). Pure computation: the caller
// sends the bodies through the intake route.
class CitizenSimulator
{
public:
    CitizenSimulator(const UnitDirectory& units, std::uint32_t seed = 1307);

    struct Body
    {
        std::string json;
        std::string kind; // "report", "duplicate", "spam", "refusal"
    };
    // The next report observed at `observedAt`.
    Body next(domain::TimePoint observedAt);
    // A report with a photo, always the same: the first demo report (the route tests use it).
    Body first(domain::TimePoint observedAt);

    // A small synthetic scene (sky, road, water) as PNG; `water` 0..1 is how much is flooded.
    static std::string scenePng(int width, int height, double water, std::uint32_t tint);

private:
    struct Sent
    {
        std::string category;
        std::string text;
        std::string address;
        double lat = 0;
        double lon = 0;
        domain::TimePoint at;
    };
    Body report(domain::TimePoint at, bool withPhoto);
    const AdminUnitInfo& pickUnit(bool ward);
    Body duplicate(domain::TimePoint at);
    Body junk(domain::TimePoint at);
    std::string body(const std::string& category, const std::string& text,
                     const std::string& address, std::optional<std::pair<double, double>> point,
                     domain::TimePoint at, const std::vector<std::string>& photos,
                     bool withContact);

    const UnitDirectory& m_units;
    std::mt19937 m_rng;
    std::int64_t m_counter = 0;
    std::vector<Sent> m_recent; // the last few, for duplicates
};

} // namespace ioc::server
