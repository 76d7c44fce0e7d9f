// SPDX-License-Identifier: GPL-3.0-or-later
#include "CitizenReportStream.h"

#include "CitizenReportJson.h"

namespace ioc::server {

CitizenReportService::Publish citizenReportStreamPublisher(LiveData& live,
                                                           const UnitDirectory& units)
{
    // Wired to protocol::RecordUpdate once the generic record stream is on main.
    (void)live;
    (void)units;
    return [](const storage::CitizenReportRecord&, std::string_view) {};
}

} // namespace ioc::server
