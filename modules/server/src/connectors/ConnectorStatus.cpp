// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectorStatus.h"

#include "ioc/protocol/Json.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace ioc::server {

namespace bj = boost::json;
using protocol::json::timeOrNull;

std::string_view toString(ConnectorStatus::State state)
{
    switch (state) {
    case ConnectorStatus::State::Pending:
        return "pending";
    case ConnectorStatus::State::Up:
        return "up";
    case ConnectorStatus::State::Failing:
        return "failing";
    case ConnectorStatus::State::Down:
        return "down";
    }
    return "pending";
}

bj::value connectorsToJson(const std::vector<ConnectorStatus>& connectors)
{
    bj::array out;
    out.reserve(connectors.size());
    for (const auto& c : connectors) {
        out.push_back(bj::object{
            {"id", c.id},
            {"kind", c.kind},
            {"state", toString(c.state)},
            {"last_error", c.lastError.empty() ? bj::value(nullptr) : bj::value(c.lastError)},
            {"last_error_at", timeOrNull(c.lastErrorAt)},
            {"last_success_at", timeOrNull(c.lastSuccessAt)},
            {"next_attempt_at", timeOrNull(c.nextAttemptAt)},
            {"consecutive_failures", c.consecutiveFailures}});
    }
    return out;
}

} // namespace ioc::server
