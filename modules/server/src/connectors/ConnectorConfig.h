// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backoff.h"
#include "HttpUrl.h"
#include "SeriesCatalog.h"

#include "ioc/domain/Time.h"
#include "ioc/protocol/Result.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ioc::server {

// One value picked out of an upstream's JSON (see docs/connectors.md).
struct PointMapping
{
    std::string series;
    std::string record;       // key of the record to read, when the poller reads `records`
    std::string valuePointer; // JSON pointer, relative to the record (or the document)
    std::optional<std::string> observedAtPointer; // nothing: the time of receipt ("now")
    double scale = 1;
};

struct PollerConfig
{
    std::string id;
    std::string source;
    std::string url;
    HttpUrl endpoint;
    domain::Seconds interval{60};
    domain::Seconds timeout{10};        // whole request: resolve, connect, send, receive
    domain::Seconds connectTimeout{10}; // TCP (and TLS) connection alone, ≤ timeout
    std::vector<std::pair<std::string, std::string>> headers;
    std::string caFile; // extra trusted CAs for https (PEM), besides the system's
    std::string caPem;  // its content, read and checked on start
    std::size_t maxBodyBytes = 4 * 1024 * 1024;
    BackoffPolicy backoff;
    std::optional<std::string> recordsPointer; // array of records in the response
    std::string keyPointer;                    // key of a record, relative to it
    std::vector<PointMapping> mappings;
};

struct MqttPayload
{
    bool number = true; // bare number in text; otherwise JSON with pointers
    std::string valuePointer;
    std::optional<std::string> observedAtPointer;
};

struct MqttSubscription
{
    std::string topic;         // filter, wildcards allowed
    std::string series;        // fixed series, or empty when seriesPattern is used
    std::string seriesPattern; // series_from_topic: {N} is level N of the topic
    std::string source;
    MqttPayload payload;
    double scale = 1;
    int qos = 1;
};

struct MqttConfig
{
    std::string host;
    int port = 1883;
    std::string clientId;
    std::string username;
    std::string passwordEnv;
    std::optional<std::string> password; // read from passwordEnv at start
    domain::Seconds keepalive{30};
    domain::Seconds connectTimeout{10};
    std::size_t maxPayloadBytes = 256 * 1024;
    BackoffPolicy backoff;
    std::vector<MqttSubscription> subscriptions;
};

struct ConnectorConfig
{
    std::vector<PollerConfig> pollers;
    std::optional<MqttConfig> mqtt;
    bool empty() const { return pollers.empty() && !mqtt; }
};

// Reads an environment variable; injected so tests do not depend on the process environment.
using EnvLookup = std::function<std::optional<std::string>(const std::string&)>;
std::optional<std::string> processEnv(const std::string& name);

// Parses the optional top-level "connectors" section of the series registry JSON and checks it
// against the already parsed catalogue. Errors name the entry, e.g.
// "connectors.pollers[1] (poll.water): 'interval_s' must be a positive integer".
protocol::Result<ConnectorConfig> parseConnectorConfig(std::string_view registryJson,
                                                       const SeriesCatalog& catalog,
                                                       const EnvLookup& env = processEnv);

} // namespace ioc::server
