// SPDX-License-Identifier: GPL-3.0-or-later
#include "Poller.h"

#include "Log.h"
#include "PointMapper.h"

#include "ioc/protocol/Json.h"

#include <boost/asio/post.hpp>

namespace ioc::server {

namespace net = boost::asio;
using std::chrono::milliseconds;

Poller::Poller(net::io_context& ioc, net::ssl::context& tls, PollerConfig config,
               IngestService& ingest, SourceQuality& quality, const domain::Clock& clock)
    : m_config(std::move(config))
    , m_ingest(ingest)
    , m_quality(quality)
    , m_clock(clock)
    , m_tls(tls)
    , m_strand(net::make_strand(ioc))
    , m_timer(m_strand)
    , m_rng(std::random_device{}())
{
    m_status.id = m_config.id;
    m_status.kind = "poller";
}

void Poller::start()
{
    net::post(m_strand, [self = shared_from_this()] {
        self->publish();
        self->poll();
    });
}

void Poller::stop()
{
    net::post(m_strand, [self = shared_from_this()] {
        self->m_stopped = true;
        self->m_timer.cancel();
        if (self->m_fetch)
            self->m_fetch->cancel();
    });
}

void Poller::schedule(milliseconds delay)
{
    m_status.nextAttemptAt = m_clock.now() + delay;
    publish();
    m_timer.expires_after(delay);
    m_timer.async_wait([self = shared_from_this()](boost::system::error_code ec) {
        if (!ec && !self->m_stopped)
            self->poll();
    });
}

void Poller::poll()
{
    if (m_stopped)
        return;
    m_pollStarted = std::chrono::steady_clock::now();
    FetchRequest request;
    request.url = m_config.endpoint;
    request.headers = m_config.headers;
    request.timeout = m_config.timeout;
    request.connectTimeout = m_config.connectTimeout;
    request.maxBodyBytes = m_config.maxBodyBytes;
    m_fetch = startFetch(m_strand, m_tls, std::move(request),
                         [self = shared_from_this()](protocol::Result<FetchResponse> r) {
                             self->onFetched(std::move(r));
                         });
}

void Poller::onFetched(protocol::Result<FetchResponse> result)
{
    m_fetch.reset();
    if (m_stopped)
        return;
    if (!result)
        return failed(result.error().message);
    if (result->status < 200 || result->status > 299)
        return failed("HTTP " + std::to_string(result->status) +
                      (result->reason.empty() ? "" : " " + result->reason));
    ingestBody(result->body);
}

void Poller::ingestBody(const std::string& body)
{
    const auto receivedAt = m_clock.now();
    auto document = protocol::json::parse(body);
    if (!document) {
        const std::string why = "response is not valid JSON";
        m_ingest.recordRejection(m_config.source, "bad_upstream_json", why);
        return failed("bad_upstream_json: " + why);
    }
    auto mapped = mapPollResponse(*document, m_config, receivedAt);
    if (!mapped) {
        m_ingest.recordRejection(m_config.source, mapped.error().code, mapped.error().message);
        return failed(mapped.error().code + ": " + mapped.error().message);
    }
    auto outcome =
        m_ingest.ingestPoints(m_config.source, mapped->points, std::move(mapped->rejections));
    if (!outcome)
        return failed(outcome.error().code + ": " + outcome.error().message);
    if (outcome->rejected > 0) {
        std::string last;
        for (const auto& v : outcome->points)
            if (!v.reason.empty())
                last = v.series + " " + v.reason + ": " + v.message;
        log(LogLevel::Warning, "poller_points_rejected",
            {{"poller", m_config.id},
             {"source", m_config.source},
             {"accepted", std::to_string(outcome->accepted)},
             {"rejected", std::to_string(outcome->rejected)},
             {"last", last}});
        // An upstream that answers but yields nothing usable (its format changed) is broken
        // for the control room, whatever its HTTP status says.
        if (outcome->accepted == 0)
            return failed("no point accepted (" + std::to_string(outcome->rejected) +
                          " rejected; last: " + last + ")");
    }
    succeeded();
}

void Poller::succeeded()
{
    if (m_status.state != ConnectorStatus::State::Up)
        log(LogLevel::Info, "poller_up",
            {{"poller", m_config.id},
             {"source", m_config.source},
             {"after_failures", std::to_string(m_status.consecutiveFailures)}});
    m_status.state = ConnectorStatus::State::Up;
    m_status.consecutiveFailures = 0;
    m_status.lastSuccessAt = m_clock.now();
    // Fixed rate: the next poll is one interval after this one started, however long it took.
    const auto due = m_pollStarted + m_config.interval;
    const auto now = std::chrono::steady_clock::now();
    schedule(due > now ? std::chrono::duration_cast<milliseconds>(due - now) : milliseconds{0});
}

void Poller::failed(const std::string& error)
{
    m_status.state = ConnectorStatus::State::Failing;
    ++m_status.consecutiveFailures;
    m_status.lastError = error;
    m_status.lastErrorAt = m_clock.now();
    const auto delay = backoffDelay(m_config.backoff, m_status.consecutiveFailures,
                                    std::uniform_real_distribution<double>(0.0, 1.0)(m_rng));
    log(LogLevel::Warning, "poller_failed",
        {{"poller", m_config.id},
         {"source", m_config.source},
         {"host", m_config.endpoint.host},
         {"error", error},
         {"failures", std::to_string(m_status.consecutiveFailures)},
         {"retry_ms", std::to_string(delay.count())}});
    schedule(delay);
}

void Poller::publish()
{
    m_quality.setConnectorStatus(m_config.source, m_status);
}

} // namespace ioc::server
