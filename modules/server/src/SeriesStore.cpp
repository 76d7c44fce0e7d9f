// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesStore.h"

namespace ioc::server {

SeriesStore::SeriesStore(std::vector<protocol::SeriesInfo> series, domain::FreshnessPolicy policy)
    : m_policy(policy)
{
    m_states.reserve(series.size());
    for (auto& info : series) {
        m_index.emplace(info.id, m_states.size());
        protocol::SeriesState s;
        s.current.id = info.id;
        s.info = std::move(info);
        m_states.push_back(std::move(s));
    }
}

std::optional<protocol::SeriesValue> SeriesStore::apply(const IncomingPoint& point,
                                                        domain::TimePoint now)
{
    auto it = m_index.find(point.seriesId);
    if (it == m_index.end())
        return std::nullopt;
    auto& state = m_states[it->second];
    auto& cur = state.current;
    // Late-arriving older points belong to history, not to "latest".
    if (cur.observedAt && point.observedAt < *cur.observedAt)
        return std::nullopt;
    const domain::Seconds interval{state.info.expectedIntervalS};
    cur.value = point.value;
    cur.observedAt = point.observedAt;
    cur.nextDueAt = domain::nextDueAt(point.observedAt, interval);
    cur.status = domain::classifyFreshness(cur.observedAt, now, interval, m_policy);
    return cur;
}

std::vector<protocol::SeriesValue> SeriesStore::refreshFreshness(domain::TimePoint now)
{
    std::vector<protocol::SeriesValue> changed;
    for (auto& s : m_states) {
        const auto status = domain::classifyFreshness(
            s.current.observedAt, now, domain::Seconds{s.info.expectedIntervalS}, m_policy);
        if (status != s.current.status) {
            s.current.status = status;
            changed.push_back(s.current);
        }
    }
    return changed;
}

} // namespace ioc::server
