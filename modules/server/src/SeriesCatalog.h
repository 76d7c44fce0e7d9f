// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/protocol/Result.h"
#include "ioc/protocol/Series.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ioc::server {

struct SourceInfo
{
    std::string id;
    protocol::LocalizedText label;
    std::string kind; // department | commune | sensor
    std::int64_t expectedIntervalS = 60;
    std::string apiKeySha256; // lowercase hex; empty: the source cannot push
};

// How the demo simulator moves a series (see docs/configuration.md).
struct SimSpec
{
    enum class Model { Daily, Walk, Counter };
    Model model = Model::Walk;
    double base = 0;
    double amplitude = 0;
    double peakHour = 12;
    double noise = 0;
    double min = 0;
    double max = 0;
    int decimals = 1;
    double dailyTotal = 0;
};

// A demo scenario (e.g. a storm): for its duration, series whose id starts with `prefix` move by
// up to `add` (intensity ramps up, holds, and eases off). Counters keep what was added.
struct ScenarioEffect
{
    std::string prefix;
    double add = 0;
};

struct Scenario
{
    std::string id;
    protocol::LocalizedText label;
    std::int64_t durationS = 1800;
    std::vector<ScenarioEffect> effects;
};

struct SeriesDefinition
{
    protocol::SeriesInfo info;
    std::optional<SimSpec> sim;
};

// The series registry: domains, sources and series, from one JSON file.
struct SeriesCatalog
{
    std::vector<protocol::Domain> domains;
    std::vector<SourceInfo> sources;
    std::vector<SeriesDefinition> series;
    std::vector<Scenario> scenarios;

    const SourceInfo* source(std::string_view id) const;
};

// Validates references (series → domain, series → source), ids unique, intervals positive.
protocol::Result<SeriesCatalog> parseSeriesCatalog(std::string_view json);

// The catalogue compiled into the binary (resources/config/demo-series.json).
std::string_view builtinDemoCatalog();

} // namespace ioc::server
