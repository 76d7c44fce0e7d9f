// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpFetch.h"

#include "ioc/server/Server.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <optional>

namespace ioc::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;
using protocol::Error;

namespace {

constexpr std::uint32_t kMaxHeaderBytes = 64 * 1024;

class FetchSession final : public Fetch, public std::enable_shared_from_this<FetchSession>
{
public:
    FetchSession(const net::any_io_executor& ex, ssl::context& tls, FetchRequest request,
                 FetchHandler handler)
        : m_request(std::move(request))
        , m_handler(std::move(handler))
        , m_resolver(ex)
        , m_deadlineTimer(ex)
    {
        if (m_request.url.tls)
            m_tls.emplace(ex, tls);
        else
            m_plain.emplace(ex);
    }

    void start()
    {
        m_deadline = std::chrono::steady_clock::now() + m_request.timeout;
        // The resolver has no timeout of its own; this timer bounds the whole exchange.
        m_deadlineTimer.expires_at(m_deadline);
        m_deadlineTimer.async_wait([self = shared_from_this()](beast::error_code ec) {
            if (!ec)
                self->abort(true);
        });
        m_phase = "resolving";
        m_resolver.async_resolve(
            m_request.url.host, m_request.url.port,
            [self = shared_from_this()](beast::error_code ec, tcp::resolver::results_type results) {
                self->onResolve(ec, std::move(results));
            });
    }

    void cancel() override { abort(false); }

private:
    beast::tcp_stream& lowest() { return m_tls ? beast::get_lowest_layer(*m_tls) : *m_plain; }

    // Runs `op` with whichever stream this exchange uses.
    template<class Op> void withStream(Op&& op)
    {
        if (m_tls)
            op(*m_tls);
        else
            op(*m_plain);
    }

    void abort(bool timedOut)
    {
        if (m_done)
            return;
        m_timedOut = m_timedOut || timedOut;
        m_cancelled = m_cancelled || !timedOut;
        m_resolver.cancel();
        beast::error_code ignored;
        lowest().socket().close(ignored);
    }

    void onResolve(beast::error_code ec, tcp::resolver::results_type results)
    {
        if (ec)
            return fail("resolve", ec);
        m_phase = "connecting";
        lowest().expires_after(std::min(m_request.connectTimeout, remaining()));
        lowest().async_connect(
            results, [self = shared_from_this()](beast::error_code ec, const tcp::endpoint&) {
                self->onConnect(ec);
            });
    }

    void onConnect(beast::error_code ec)
    {
        if (ec)
            return fail("connect", ec);
        if (!m_tls)
            return doWrite();
        // SNI (for names only: RFC 6066 has no IP literals), and a certificate that must name
        // the host or address we asked for.
        beast::error_code notAnAddress;
        net::ip::make_address(m_request.url.host, notAnAddress);
        if (notAnAddress && !SSL_set_tlsext_host_name(m_tls->native_handle(), m_request.url.host.c_str()))
            return finish(Error{"tls", "tls: cannot set server name"});
        m_tls->set_verify_callback(ssl::host_name_verification(m_request.url.host));
        m_phase = "in TLS handshake";
        lowest().expires_after(std::min(m_request.connectTimeout, remaining()));
        m_tls->async_handshake(ssl::stream_base::client,
                               [self = shared_from_this()](beast::error_code ec) {
                                   if (ec)
                                       return self->fail("tls handshake", ec);
                                   self->doWrite();
                               });
    }

    void doWrite()
    {
        m_req.method(http::verb::get);
        m_req.target(m_request.url.target);
        m_req.version(11);
        m_req.set(http::field::host, m_request.url.hostHeader());
        m_req.set(http::field::user_agent, "iocd/" + version());
        m_req.set(http::field::accept, "application/json");
        m_req.set(http::field::connection, "close");
        for (const auto& [name, value] : m_request.headers)
            m_req.set(name, value);
        m_phase = "sending";
        lowest().expires_at(m_deadline);
        withStream([&](auto& stream) {
            http::async_write(stream, m_req,
                              [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                  if (ec)
                                      return self->fail("send", ec);
                                  self->doRead();
                              });
        });
    }

    void doRead()
    {
        m_parser.header_limit(kMaxHeaderBytes);
        m_parser.body_limit(m_request.maxBodyBytes);
        m_phase = "receiving";
        lowest().expires_at(m_deadline);
        withStream([&](auto& stream) {
            http::async_read(stream, m_buffer, m_parser,
                             [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                 self->onRead(ec);
                             });
        });
    }

    void onRead(beast::error_code ec)
    {
        if (ec == http::error::body_limit)
            return finish(Error{"too_large", "response body exceeds " +
                                                 std::to_string(m_request.maxBodyBytes) +
                                                 " bytes"});
        if (ec == http::error::header_limit)
            return finish(Error{"too_large", "response headers exceed " +
                                                 std::to_string(kMaxHeaderBytes) + " bytes"});
        if (ec)
            return fail("receive", ec);
        auto& res = m_parser.get();
        FetchResponse out;
        out.status = static_cast<int>(res.result_int());
        out.reason = std::string(res.reason());
        out.body = std::move(res.body());
        finish(std::move(out));
    }

    void fail(const char *step, beast::error_code ec)
    {
        if (m_timedOut || ec == beast::error::timeout) {
            // Connect and handshake have their own, shorter limit; everything else the total.
            const bool connecting =
                !m_timedOut && (m_phase == std::string_view("connecting") ||
                                m_phase == std::string_view("in TLS handshake"));
            const auto limit = connecting ? m_request.connectTimeout : m_request.timeout;
            return finish(Error{"timeout", "timeout after " + std::to_string(limit.count()) +
                                               " ms while " + m_phase});
        }
        if (m_cancelled)
            return finish(Error{"cancelled", "cancelled"});
        finish(Error{"upstream_unreachable", std::string(step) + ": " + ec.message()});
    }

    void finish(protocol::Result<FetchResponse> result)
    {
        if (m_done)
            return;
        m_done = true;
        m_deadlineTimer.cancel();
        beast::error_code ignored;
        // One request per connection ("Connection: close"): no TLS close_notify round trip to
        // wait for, the socket simply goes.
        lowest().socket().close(ignored);
        auto handler = std::move(m_handler);
        handler(std::move(result));
    }

    std::chrono::milliseconds remaining() const
    {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            m_deadline - std::chrono::steady_clock::now());
        return std::max(left, std::chrono::milliseconds{1});
    }

    FetchRequest m_request;
    FetchHandler m_handler;
    tcp::resolver m_resolver;
    net::steady_timer m_deadlineTimer;
    std::optional<beast::tcp_stream> m_plain;
    std::optional<beast::ssl_stream<beast::tcp_stream>> m_tls;
    http::request<http::empty_body> m_req;
    http::response_parser<http::string_body> m_parser;
    beast::flat_buffer m_buffer;
    std::chrono::steady_clock::time_point m_deadline;
    const char *m_phase = "starting";
    bool m_done = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
};

} // namespace

std::shared_ptr<Fetch> startFetch(const net::any_io_executor& executor, ssl::context& tls,
                                  FetchRequest request, FetchHandler handler)
{
    auto session =
        std::make_shared<FetchSession>(executor, tls, std::move(request), std::move(handler));
    session->start();
    return session;
}

} // namespace ioc::server
