// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Freshness.h"
#include "ioc/protocol/Series.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ioc::server {

struct IncomingPoint
{
    std::string seriesId;
    double value = 0;
    domain::TimePoint observedAt;
};

// Latest value and freshness of every configured series. Not thread-safe: LiveData guards it.
class SeriesStore
{
public:
    explicit SeriesStore(std::vector<protocol::SeriesInfo> series,
                         domain::FreshnessPolicy policy = {});

    // Applies a point if it is newer than what is held; returns the new value when it changed.
    std::optional<protocol::SeriesValue> apply(const IncomingPoint& point, domain::TimePoint now);

    // Re-judges freshness of every series; returns those whose status changed.
    std::vector<protocol::SeriesValue> refreshFreshness(domain::TimePoint now);

    bool contains(std::string_view id) const { return m_index.contains(std::string(id)); }
    const std::vector<protocol::SeriesState>& states() const { return m_states; }
    std::size_t size() const { return m_states.size(); }

private:
    std::vector<protocol::SeriesState> m_states; // catalogue order
    std::unordered_map<std::string, std::size_t> m_index;
    domain::FreshnessPolicy m_policy;
};

} // namespace ioc::server
