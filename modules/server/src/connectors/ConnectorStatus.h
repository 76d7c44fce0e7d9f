// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"

#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ioc::server {

// How a pull or subscribe connector feeding a source is doing, shown per source in
// GET /api/v1/sources so the control room sees a broken feed, not just a silent one.
struct ConnectorStatus
{
    enum class State {
        Pending, // not tried yet
        Up,      // last poll succeeded / connected and subscribed
        Failing, // poller: last attempt failed, retrying with backoff
        Down,    // MQTT: not connected, reconnecting with backoff
    };

    std::string id;
    std::string kind; // poller | mqtt
    State state = State::Pending;
    std::string lastError;
    std::optional<domain::TimePoint> lastErrorAt;
    std::optional<domain::TimePoint> lastSuccessAt;
    std::optional<domain::TimePoint> nextAttemptAt;
    std::int64_t consecutiveFailures = 0;
};

std::string_view toString(ConnectorStatus::State state);
boost::json::value connectorsToJson(const std::vector<ConnectorStatus>& connectors);

} // namespace ioc::server
