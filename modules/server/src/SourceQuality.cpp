// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceQuality.h"

namespace ioc::server {

SourceQuality::SourceQuality(const SeriesCatalog& catalog, const domain::Clock& clock)
    : m_clock(clock)
{
    for (const auto& s : catalog.sources) {
        SourceQualityReport r;
        r.id = s.id;
        r.expectedIntervalS = s.expectedIntervalS;
        m_sources.emplace(s.id, std::move(r));
    }
}

void SourceQuality::recordBatch(const std::string& source, std::int64_t accepted,
                                const std::map<std::string, std::int64_t>& rejectedByReason,
                                const std::string& lastRejection)
{
    const auto now = m_clock.now();
    std::lock_guard lock(m_mutex);
    auto it = m_sources.find(source);
    if (it == m_sources.end())
        return;
    auto& r = it->second;
    if (accepted > 0) {
        const auto interval = domain::Seconds{r.expectedIntervalS};
        if (r.lastReceivedAt && now - *r.lastReceivedAt > 2 * interval)
            ++r.gaps;
        r.lastReceivedAt = now;
        r.accepted += accepted;
    }
    for (const auto& [reason, n] : rejectedByReason) {
        r.rejectedByReason[reason] += n;
        r.rejected += n;
    }
    if (!lastRejection.empty())
        r.lastRejection = lastRejection;
}

void SourceQuality::setConnectorStatus(const std::string& source, const ConnectorStatus& status)
{
    std::lock_guard lock(m_mutex);
    auto it = m_sources.find(source);
    if (it == m_sources.end())
        return;
    auto& list = it->second.connectors;
    for (auto& c : list) {
        if (c.id == status.id) {
            c = status;
            return;
        }
    }
    list.push_back(status);
}

std::vector<SourceQualityReport> SourceQuality::reports() const
{
    const auto now = m_clock.now();
    std::lock_guard lock(m_mutex);
    std::vector<SourceQualityReport> out;
    out.reserve(m_sources.size());
    for (auto [id, r] : m_sources) {
        if (r.lastReceivedAt) {
            const auto due = *r.lastReceivedAt + domain::Seconds{r.expectedIntervalS};
            r.latenessS =
                now > due ? std::chrono::duration_cast<std::chrono::seconds>(now - due).count() : 0;
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace ioc::server
