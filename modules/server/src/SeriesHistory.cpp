// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesHistory.h"

#include <algorithm>

namespace ioc::server {

SeriesHistory::SeriesHistory(HistoryOptions options)
    : m_options(options)
{
}

const SeriesHistory::Track* SeriesHistory::find(std::string_view series) const
{
    auto it = m_tracks.find(std::string(series));
    return it == m_tracks.end() ? nullptr : &it->second;
}

void SeriesHistory::add(std::string_view series, domain::TimePoint t, double v)
{
    auto& track = m_tracks[std::string(series)];
    auto& raw = track.raw;
    if (raw.empty() || raw.back().t <= t) {
        raw.push_back({t, v});
    } else if (t >= raw.front().t) {
        // Late point: keep the ring ordered (rare, so a linear insert is fine).
        raw.insert(std::upper_bound(raw.begin(), raw.end(), t,
                                    [](domain::TimePoint a, const HistoryPoint& p) { return a < p.t; }),
                   {t, v});
    }
    while (raw.size() > m_options.rawCapacity)
        raw.pop_front();
    addToBucket(track, t, v);
}

void SeriesHistory::addToBucket(Track& track, domain::TimePoint t, double v)
{
    const auto width = std::chrono::duration_cast<domain::Milliseconds>(m_options.bucketWidth);
    const domain::TimePoint start{(t.time_since_epoch() / width) * width};
    auto& b = track.buckets;
    auto it = std::lower_bound(b.begin(), b.end(), start,
                               [](const HistoryBucket& x, domain::TimePoint s) { return x.start < s; });
    if (it != b.end() && it->start == start) {
        it->min = std::min(it->min, v);
        it->max = std::max(it->max, v);
        it->sum += v;
        ++it->count;
        return;
    }
    if (it == b.begin() && b.size() >= m_options.bucketCapacity)
        return; // older than everything we keep
    b.insert(it, {start, v, v, v, 1});
    while (b.size() > m_options.bucketCapacity)
        b.pop_front();
}

std::vector<HistoryPoint> SeriesHistory::points(std::string_view series, domain::TimePoint from,
                                                domain::TimePoint to) const
{
    std::vector<HistoryPoint> out;
    const Track* track = find(series);
    if (!track || from > to)
        return out;
    const auto rawStart = track->raw.empty() ? to + domain::Milliseconds{1} : track->raw.front().t;
    // Older than the raw ring: bucket averages, stamped at the middle of their bucket.
    for (const auto& b : track->buckets) {
        const auto mid = b.start + m_options.bucketWidth / 2;
        if (b.start + m_options.bucketWidth > rawStart)
            break;
        if (mid >= from && mid <= to)
            out.push_back({mid, b.avg()});
    }
    for (const auto& p : track->raw)
        if (p.t >= from && p.t <= to)
            out.push_back(p);
    return out;
}

std::vector<HistoryBucket> SeriesHistory::aggregate(std::string_view series, domain::TimePoint from,
                                                    domain::TimePoint to, domain::Seconds step) const
{
    std::vector<HistoryBucket> out;
    const auto width = std::chrono::duration_cast<domain::Milliseconds>(step);
    if (width.count() <= 0)
        return out;
    for (const auto& p : points(series, from, to)) {
        const domain::TimePoint start{(p.t.time_since_epoch() / width) * width};
        if (out.empty() || out.back().start != start)
            out.push_back({start, p.v, p.v, 0, 0});
        auto& b = out.back();
        b.min = std::min(b.min, p.v);
        b.max = std::max(b.max, p.v);
        b.sum += p.v;
        ++b.count;
    }
    return out;
}

std::size_t SeriesHistory::rawSize(std::string_view series) const
{
    const Track* t = find(series);
    return t ? t->raw.size() : 0;
}

std::size_t SeriesHistory::bucketSize(std::string_view series) const
{
    const Track* t = find(series);
    return t ? t->buckets.size() : 0;
}

} // namespace ioc::server
