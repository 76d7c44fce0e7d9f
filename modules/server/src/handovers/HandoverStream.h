// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HandoverService.h"

namespace ioc::server {

class LiveData;

// Pushes handover and standing-order changes on the WebSocket stream as generic record updates:
// {"seq","type":"handover","change":"escalated","handover":{summary}} and
// {"seq","type":"standing_order","change":"created","standing_order":{…}}.
HandoverService::Publish handoverStreamPublisher(LiveData& live);

} // namespace ioc::server
