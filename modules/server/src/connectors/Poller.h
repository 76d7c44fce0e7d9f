// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectorConfig.h"
#include "ConnectorStatus.h"
#include "HttpFetch.h"
#include "IngestService.h"
#include "SourceQuality.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <memory>
#include <random>

namespace ioc::server {

// Polls one upstream REST API on its own strand and timer: fetch, map the JSON through the
// configured pointers, hand the points to IngestService. A failing or slow upstream is retried
// with exponential backoff and shown as failing; it never holds a thread while it waits.
class Poller : public std::enable_shared_from_this<Poller>
{
public:
    Poller(boost::asio::io_context& ioc, boost::asio::ssl::context& tls, PollerConfig config,
           IngestService& ingest, SourceQuality& quality, const domain::Clock& clock);

    void start(); // first poll right away
    void stop();  // from any thread; cancels the wait or the request in flight

private:
    void schedule(std::chrono::milliseconds delay);
    void poll();
    void onFetched(protocol::Result<FetchResponse> result);
    void ingestBody(const std::string& body);
    void succeeded();
    void failed(const std::string& error);
    void publish();

    PollerConfig m_config;
    IngestService& m_ingest;
    SourceQuality& m_quality;
    const domain::Clock& m_clock;
    boost::asio::ssl::context& m_tls;
    boost::asio::strand<boost::asio::io_context::executor_type> m_strand;
    boost::asio::steady_timer m_timer;
    std::shared_ptr<Fetch> m_fetch;
    ConnectorStatus m_status;
    std::chrono::steady_clock::time_point m_pollStarted;
    std::mt19937 m_rng;
    bool m_stopped = false;
};

} // namespace ioc::server
