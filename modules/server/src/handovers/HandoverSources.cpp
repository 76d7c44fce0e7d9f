// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoverSources.h"

#include "../SourceQuality.h"

namespace ioc::server {

HandoverService::SourceProvider handoverSourceProvider(const SourceQuality& quality,
                                                       const domain::Clock& clock)
{
    return [&quality, &clock] {
        std::vector<domain::SourceFact> out;
        const auto now = clock.now();
        for (const auto& r : quality.reports()) {
            if (r.expectedIntervalS <= 0)
                continue; // a source that promises no rhythm cannot be late
            out.push_back({r.id,
                           domain::classifyFreshness(r.lastReceivedAt, now,
                                                     domain::Seconds(r.expectedIntervalS)),
                           r.lastReceivedAt, r.latenessS});
        }
        return out;
    };
}

} // namespace ioc::server
