// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentService.h"

namespace ioc::server {

class LiveData;

// Pushes every incident change on the WebSocket stream as
// {"seq","type":"incident","change","incident":{summary}}, numbered with the series messages.
IncidentService::Publish incidentStreamPublisher(LiveData& live, const UnitDirectory& units,
                                                 const domain::Clock& clock);

} // namespace ioc::server
