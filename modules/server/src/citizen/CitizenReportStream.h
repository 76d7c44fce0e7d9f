// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../LiveData.h"
#include "CitizenReportService.h"

namespace ioc::server {

// Publishes each change as a stream message of type "citizen_report" (the report's summary,
// without contact details: the stream reaches every logged-in console).
CitizenReportService::Publish citizenReportStreamPublisher(LiveData& live,
                                                           const UnitDirectory& units);

} // namespace ioc::server
