// SPDX-License-Identifier: GPL-3.0-or-later
#include "Connectors.h"

#include "Log.h"
#include "MqttSubscriber.h"
#include "Poller.h"

#include <boost/asio/buffer.hpp>
#include <boost/asio/ssl/context.hpp>

namespace ioc::server {

namespace ssl = boost::asio::ssl;

namespace {
// https pollers check the upstream's certificate against the system's CAs (and a poller's own
// ca_file, when it has one); the host name is checked per connection in HttpFetch.
std::unique_ptr<ssl::context> makeTlsContext(const std::string& extraCaPem)
{
    auto tls = std::make_unique<ssl::context>(ssl::context::tls_client);
    boost::system::error_code ec;
    tls->set_default_verify_paths(ec);
    if (ec)
        log(LogLevel::Warning, "tls_ca_unavailable", {{"error", ec.message()}});
    // Checked when the configuration was read (loadCaBundle); cannot fail here.
    if (!extraCaPem.empty())
        tls->add_certificate_authority(boost::asio::buffer(extraCaPem), ec);
    tls->set_verify_mode(ssl::verify_peer);
    return tls;
}
} // namespace

Connectors::Connectors(boost::asio::io_context& ioc, ConnectorConfig config, IngestService& ingest,
                       SourceQuality& quality, const domain::Clock& clock)
    : m_tls(makeTlsContext({}))
{
    for (auto& p : config.pollers) {
        ssl::context* tls = m_tls.get();
        if (!p.caPem.empty()) {
            m_privateTls.push_back(makeTlsContext(p.caPem));
            tls = m_privateTls.back().get();
        }
        m_pollers.push_back(std::make_shared<Poller>(ioc, *tls, std::move(p), ingest, quality, clock));
    }
    if (config.mqtt)
        m_mqtt = std::make_unique<MqttSubscriber>(std::move(*config.mqtt), ingest, quality, clock);
}

Connectors::~Connectors()
{
    stop();
}

void Connectors::start()
{
    for (auto& p : m_pollers)
        p->start();
    if (m_mqtt)
        m_mqtt->start();
    if (!m_pollers.empty() || m_mqtt)
        log(LogLevel::Info, "connectors_started",
            {{"pollers", std::to_string(m_pollers.size())}, {"mqtt", m_mqtt ? "on" : "off"}});
}

void Connectors::stop()
{
    if (m_mqtt)
        m_mqtt->stop();
    for (auto& p : m_pollers)
        p->stop();
}

} // namespace ioc::server
