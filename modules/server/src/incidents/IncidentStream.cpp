// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentStream.h"

#include "../LiveData.h"
#include "IncidentJson.h"

#include "ioc/protocol/Stream.h"

namespace ioc::server {

IncidentService::Publish incidentStreamPublisher(LiveData& live, const UnitDirectory& units,
                                                 const domain::Clock& clock)
{
    return [&live, &units, &clock](const storage::IncidentRecord& r, std::string_view change) {
        auto summary = incidentSummaryJson(r, units, clock.now());
        live.publishEvent([&](std::int64_t seq) {
            return protocol::encodeStreamMessage(
                {seq, protocol::RecordUpdate{"incident", std::string(change), std::move(summary)}});
        });
    };
}

} // namespace ioc::server
