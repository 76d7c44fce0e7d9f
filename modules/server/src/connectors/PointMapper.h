// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectorConfig.h"
#include "IngestService.h"

#include "ioc/domain/Time.h"
#include "ioc/protocol/Result.h"

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include <string_view>
#include <vector>

namespace ioc::server {

// What a connector read from one delivery: points for IngestService to validate (exactly as it
// validates pushed points) and those it could not even assemble, with the reason.
struct MappedPoints
{
    boost::json::array points; // {series, observed_at, value}
    std::vector<PointVerdict> rejections;
};

// Applies a poller's mappings to its upstream's parsed response. Only a response whose shape
// makes every mapping meaningless (the `records` pointer names no array) is an Error.
protocol::Result<MappedPoints> mapPollResponse(const boost::json::value& document,
                                               const PollerConfig& poller,
                                               domain::TimePoint receivedAt);

// Turns one MQTT message on `topic` into a point for the subscription's series.
MappedPoints mapMqttMessage(const MqttSubscription& subscription, std::string_view topic,
                            std::string_view payload, domain::TimePoint receivedAt);

// A strictly numeric text ("12.5", " -3e2 "), as MQTT sensors and some department APIs send.
std::optional<double> parseNumberText(std::string_view text);

} // namespace ioc::server
