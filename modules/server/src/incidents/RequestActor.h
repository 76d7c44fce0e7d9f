// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../HttpTypes.h"

#include "ioc/domain/IncidentLifecycle.h"

#include <optional>

namespace ioc::server {

// The person a request comes from, as the lifecycle knows them; nullopt when the request carries
// no logged-in user (anonymous, or an API key).
std::optional<domain::Actor> requestActor(const HttpRequest& request);

} // namespace ioc::server
