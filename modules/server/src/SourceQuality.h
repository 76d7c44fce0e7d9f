// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SeriesCatalog.h"
#include "connectors/ConnectorStatus.h"

#include "ioc/domain/Time.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace ioc::server {

// "Đúng, đủ, sạch, sống" per source (regulation 12.1): when it last delivered, how late it is
// against its promised interval, how often it went silent, and what was refused and why.
struct SourceQualityReport
{
    std::string id;
    std::int64_t expectedIntervalS = 0;
    std::optional<domain::TimePoint> lastReceivedAt;
    std::int64_t latenessS = 0; // how far past due now (0 when on time)
    std::int64_t gaps = 0;      // silences longer than twice the interval
    std::int64_t accepted = 0;
    std::int64_t rejected = 0;
    std::map<std::string, std::int64_t> rejectedByReason;
    std::string lastRejection;
    std::vector<ConnectorStatus> connectors; // pollers / MQTT feeding this source, if any
};

class SourceQuality
{
public:
    SourceQuality(const SeriesCatalog& catalog, const domain::Clock& clock);

    void recordBatch(const std::string& source, std::int64_t accepted,
                     const std::map<std::string, std::int64_t>& rejectedByReason,
                     const std::string& lastRejection);
    // Replaces the status of the connector with the same id (or adds it) for this source.
    void setConnectorStatus(const std::string& source, const ConnectorStatus& status);
    std::vector<SourceQualityReport> reports() const;

private:
    const domain::Clock& m_clock;
    mutable std::mutex m_mutex;
    std::map<std::string, SourceQualityReport> m_sources;
};

} // namespace ioc::server
