// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ioc::server {

struct HistoryOptions
{
    std::size_t rawCapacity = 2000;         // newest raw points kept per series
    domain::Seconds bucketWidth{300};       // downsampled window: 5-minute buckets…
    std::size_t bucketCapacity = 7 * 288;   // …for 7 days
};

struct HistoryPoint
{
    domain::TimePoint t;
    double v = 0;
};

struct HistoryBucket
{
    domain::TimePoint start;
    double min = 0;
    double max = 0;
    double sum = 0;
    std::uint32_t count = 0;
    double avg() const { return count ? sum / count : 0; }
};

// Short history per series: a raw ring plus a downsampled ring. Memory per series is bounded by
// the capacities whatever the input rate. Not thread-safe (LiveData guards it).
class SeriesHistory
{
public:
    explicit SeriesHistory(HistoryOptions options = {});

    void add(std::string_view series, domain::TimePoint t, double v);

    // Raw points in [from, to] where the raw ring still reaches, older parts as bucket averages.
    std::vector<HistoryPoint> points(std::string_view series, domain::TimePoint from,
                                     domain::TimePoint to) const;
    // Everything in [from, to] aggregated into `step`-wide bins (min/max/avg/count).
    std::vector<HistoryBucket> aggregate(std::string_view series, domain::TimePoint from,
                                         domain::TimePoint to, domain::Seconds step) const;

    std::size_t rawSize(std::string_view series) const;
    std::size_t bucketSize(std::string_view series) const;

private:
    struct Track
    {
        std::deque<HistoryPoint> raw;      // ordered by t
        std::deque<HistoryBucket> buckets; // ordered by start
    };
    void addToBucket(Track& track, domain::TimePoint t, double v);
    const Track* find(std::string_view series) const;

    HistoryOptions m_options;
    std::unordered_map<std::string, Track> m_tracks;
};

} // namespace ioc::server
