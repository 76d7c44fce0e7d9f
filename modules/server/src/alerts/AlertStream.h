// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../LiveData.h"
#include "AlertService.h"

namespace ioc::server {

// Publishes alert and source-urge changes in the numbered stream:
// {"seq":N,"type":"alert","change":"raised","alert":{…as GET /api/v1/alerts lists…}}.
AlertService::Publish alertStreamPublisher(LiveData& live);

} // namespace ioc::server
