// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectorConfig.h"
#include "ConnectorStatus.h"
#include "IngestService.h"
#include "SourceQuality.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <thread>

struct mosquitto;
struct mosquitto_message;

namespace ioc::server {

// Subscribes to an MQTT broker with libmosquitto on a network thread of its own (see
// docs/connectors.md for why not on the io_context) and feeds each message through
// IngestService. Connects, subscribes, and after any loss reconnects with backoff by itself;
// the connection state is shown on every source its subscriptions feed.
class MqttSubscriber
{
public:
    MqttSubscriber(MqttConfig config, IngestService& ingest, SourceQuality& quality,
                   const domain::Clock& clock);
    ~MqttSubscriber(); // stops
    MqttSubscriber(const MqttSubscriber&) = delete;
    MqttSubscriber& operator=(const MqttSubscriber&) = delete;

    void start();
    void stop(); // disconnects and joins the network thread; idempotent

private:
    void run();
    // One connection attempt, from connect to its loss (or to stop); updates the status.
    void session();
    bool waitBeforeRetry(std::chrono::milliseconds delay); // false when stopping
    bool stopping();

    void onConnect(int rc);
    void onSubscribe(int mid, int count, const int *granted);
    void onMessage(const mosquitto_message& message);

    void up();
    void down(const std::string& error);
    void publish();

    MqttConfig m_config;
    IngestService& m_ingest;
    SourceQuality& m_quality;
    const domain::Clock& m_clock;
    std::set<std::string> m_sources;

    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stopping = false;
    std::thread m_thread;

    // Touched only by the network thread once started.
    mosquitto *m_mosq = nullptr;
    ConnectorStatus m_status;
    std::set<int> m_pendingSubacks;
    std::optional<std::string> m_refusal; // CONNACK or SUBACK refused
    bool m_up = false;
    std::mt19937 m_rng;
};

} // namespace ioc::server
