// SPDX-License-Identifier: GPL-3.0-or-later
#include "CitizenReportStream.h"

#include "CitizenReportJson.h"

#include "ioc/protocol/Stream.h"

namespace ioc::server {

CitizenReportService::Publish citizenReportStreamPublisher(LiveData& live,
                                                           const UnitDirectory& units)
{
    return [&live, &units](const storage::CitizenReportRecord& r, std::string_view change) {
        auto record = reportRecordJson(r, units, false);
        live.publishEvent([&](std::int64_t seq) {
            return protocol::encodeStreamMessage(
                {seq,
                 protocol::RecordUpdate{"citizen_report", std::string(change), std::move(record)}});
        });
    };
}

} // namespace ioc::server
