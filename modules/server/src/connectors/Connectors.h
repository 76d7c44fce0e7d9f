// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectorConfig.h"
#include "IngestService.h"
#include "SourceQuality.h"

#include <boost/asio/io_context.hpp>

#include <memory>
#include <vector>

namespace boost::asio::ssl {
class context;
}

namespace ioc::server {

class MqttSubscriber;
class Poller;

// The pull and subscribe side of ingest: REST pollers on the server's io_context, the MQTT
// subscriber on its own thread. Built by Server from the registry's "connectors" section.
class Connectors
{
public:
    Connectors(boost::asio::io_context& ioc, ConnectorConfig config, IngestService& ingest,
               SourceQuality& quality, const domain::Clock& clock);
    ~Connectors(); // stops
    Connectors(const Connectors&) = delete;
    Connectors& operator=(const Connectors&) = delete;

    void start();
    // Stops the MQTT thread (joined here) and cancels every poll; call before the io_context stops.
    void stop();

private:
    std::unique_ptr<boost::asio::ssl::context> m_tls; // system CAs, shared by https pollers
    std::vector<std::unique_ptr<boost::asio::ssl::context>> m_privateTls; // one per ca_file
    std::vector<std::shared_ptr<Poller>> m_pollers;
    std::unique_ptr<MqttSubscriber> m_mqtt;
};

} // namespace ioc::server
