// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpSession.h"

#include "Log.h"
#include "WebSocketSession.h"

#include "ioc/server/Server.h"

#include <algorithm>
#include <boost/asio/dispatch.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/span_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

#include <charconv>
#include <mutex>

namespace ioc::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

void startHttpSession(net::ip::tcp::socket&& socket, SessionContext& ctx)
{
    if (ctx.tls)
        std::make_shared<HttpSession<TlsStream>>(TlsStream(std::move(socket), *ctx.tls), ctx)
            ->run();
    else
        std::make_shared<HttpSession<PlainStream>>(PlainStream(std::move(socket)), ctx)->run();
}

template<class Stream>
HttpSession<Stream>::HttpSession(Stream&& stream, SessionContext& ctx)
    : m_stream(std::move(stream))
    , m_ctx(ctx)
{
    beast::error_code ec;
    const auto ep = beast::get_lowest_layer(m_stream).socket().remote_endpoint(ec);
    m_remote = ec ? "unknown" : ep.address().to_string() + ":" + std::to_string(ep.port());
}

template<class Stream> void HttpSession<Stream>::run()
{
    net::dispatch(m_stream.get_executor(),
                  beast::bind_front_handler(&HttpSession::begin, this->shared_from_this()));
}

template<class Stream> void HttpSession<Stream>::begin()
{
    if constexpr (kIsTls<Stream>) {
        // The handshake has the deadline of a request: a peer that never finishes it is cut off
        // like a slow-loris.
        beast::get_lowest_layer(m_stream).expires_after(m_ctx.limits.requestTimeout);
        m_stream.async_handshake(
            net::ssl::stream_base::server,
            beast::bind_front_handler(&HttpSession::onHandshake, this->shared_from_this()));
    } else {
        doRead();
    }
}

template<class Stream> void HttpSession<Stream>::onHandshake(beast::error_code ec)
{
    if (ec) {
        // Plain HTTP on the TLS port, a client that does not trust our certificate, a scanner.
        log(LogLevel::Info, "tls_handshake_failed",
            {{"remote", m_remote}, {"reason", ec.message()}});
        return;
    }
    doRead();
}

template<class Stream> void HttpSession<Stream>::doRead()
{
    m_parser.emplace();
    m_parser->header_limit(static_cast<std::uint32_t>(m_ctx.limits.maxHeaderBytes));
    // Beast checks a Content-Length against the limit while it parses the header, before the
    // path is known: admit the larger upload limit there and hold every other path to the
    // normal one in onHeader.
    m_parser->body_limit(std::max(m_ctx.limits.maxBodyBytes, m_ctx.limits.maxUploadBodyBytes));
    // One deadline for the whole request, idle keep-alive time included: a client trickling
    // bytes (slow-loris) cannot hold the connection.
    beast::get_lowest_layer(m_stream).expires_after(m_ctx.limits.requestTimeout);
    http::async_read_header(
        m_stream, m_buffer, *m_parser,
        beast::bind_front_handler(&HttpSession::onHeader, this->shared_from_this()));
}

template<class Stream> void HttpSession<Stream>::onHeader(beast::error_code ec, std::size_t bytes)
{
    if (ec)
        return onRead(ec, bytes);
    const auto& header = m_parser->get();
    std::size_t limit = m_ctx.limits.maxBodyBytes;
    if (header.method() == http::verb::post) {
        const std::string_view target = header.target();
        const auto path = target.substr(0, target.find('?'));
        for (const auto& p : m_ctx.limits.uploadPaths)
            if (path == p)
                limit = std::max(limit, m_ctx.limits.maxUploadBodyBytes);
    }
    if (const auto length = m_parser->content_length(); length && *length > limit)
        return onRead(http::error::body_limit, bytes);
    m_parser->body_limit(limit); // chunked bodies are counted as they arrive
    http::async_read(m_stream, m_buffer, *m_parser,
                     beast::bind_front_handler(&HttpSession::onRead, this->shared_from_this()));
}

template<class Stream> void HttpSession<Stream>::onRead(beast::error_code ec, std::size_t)
{
    if (ec == http::error::end_of_stream)
        return doClose();
    if (ec == http::error::body_limit)
        return sendError(413, "body_too_large", "request body exceeds the limit");
    if (ec == http::error::header_limit)
        return sendError(431, "headers_too_large", "request headers exceed the limit");
    if (ec == beast::error::timeout) {
        log(LogLevel::Info, "http_timeout", {{"remote", m_remote}});
        return doClose();
    }
    if (ec) {
        if (ec.category() == make_error_code(http::error::bad_method).category()) {
            log(LogLevel::Warning, "http_bad_request",
                {{"remote", m_remote}, {"reason", ec.message()}});
            return sendError(400, "bad_request", "malformed HTTP request");
        }
        return; // connection reset and the like: nothing to answer
    }
    m_started = std::chrono::steady_clock::now();
    handle(m_parser->release());
}

template<class Stream> void HttpSession<Stream>::handle(Request&& req)
{
    HttpRequest r;
    r.method = std::string(req.method_string());
    r.target = std::string(req.target());
    r.remote = m_remote;
    r.requestId = std::to_string(m_ctx.nextRequestId++);
    if (!parseTarget(r.target, r.path, r.query))
        return send(r, HttpResponse::error(400, "bad_target", "malformed request target"), false);
    for (const auto& field : req) {
        std::string name(field.name_string());
        for (auto& c : name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        r.headers[std::move(name)] = std::string(field.value());
    }
    const bool upgrade = beast::websocket::is_upgrade(req);
    // Browsers cannot set headers on a WebSocket upgrade, so it alone may carry ?access_token=.
    if (m_ctx.auth)
        m_ctx.auth->authenticate(r, upgrade);

    if (upgrade) {
        if (r.path != "/api/v1/stream")
            return send(r, HttpResponse::error(404, "not_found", "no WebSocket at " + r.path),
                        false);
        if (auto denied = m_ctx.router.authorize(r))
            return send(r, std::move(*denied), false);
        std::optional<std::int64_t> since;
        if (auto s = r.queryParam("since")) {
            std::int64_t v = 0;
            auto [p, err] = std::from_chars(s->data(), s->data() + s->size(), v);
            if (err != std::errc{} || p != s->data() + s->size() || v < 0)
                return send(
                    r, HttpResponse::error(400, "bad_since", "'since' must be a sequence number"),
                    false);
            since = v;
        }
        beast::get_lowest_layer(m_stream).expires_never();
        auto ws = std::make_shared<WebSocketSession<Stream>>(std::move(m_stream), m_ctx);
        if (r.principal && r.principal->kind == Principal::Kind::AgencyKey)
            ws->restrictTo(r.principal->scope);
        if (r.principal)
            ws->ownedBy(*r.principal);
        ws->run(std::move(req), since, m_remote);
        return;
    }

    r.body = std::move(req.body());
    const bool keepAlive = req.keep_alive();
    auto request = std::make_shared<HttpRequest>(std::move(r));
    // Most handlers answer inside dispatch(): send right here. Async ones (login: Argon2id on
    // another pool) answer later from another thread: come back to this connection's strand.
    struct Handoff
    {
        std::mutex mutex;
        bool dispatching = true;
        std::optional<HttpResponse> early;
    };
    auto handoff = std::make_shared<Handoff>();
    m_ctx.router.dispatch(*request, [self = this->shared_from_this(), request, keepAlive,
                                     handoff](HttpResponse response) {
        {
            std::lock_guard lock(handoff->mutex);
            if (handoff->dispatching) {
                handoff->early = std::move(response);
                return;
            }
        }
        net::post(self->m_stream.get_executor(),
                  [self, request, keepAlive, response = std::move(response)]() mutable {
                      self->finish(*request, std::move(response), keepAlive);
                  });
    });
    std::lock_guard lock(handoff->mutex);
    handoff->dispatching = false;
    if (handoff->early)
        finish(*request, std::move(*handoff->early), keepAlive);
}

template<class Stream>
void HttpSession<Stream>::finish(const HttpRequest& request, HttpResponse&& response,
                                 bool keepAlive)
{
    if (request.method == "HEAD") {
        response.body.clear();
        response.sharedBody.reset();
    }
    send(request, std::move(response), keepAlive);
}

template<class Stream>
void HttpSession<Stream>::send(const HttpRequest& request, HttpResponse&& response, bool keepAlive)
{
    const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - m_started);
    log(response.status >= 500 ? LogLevel::Error
                               : (response.status >= 400 ? LogLevel::Warning : LogLevel::Debug),
        "http",
        {{"id", request.requestId},
         {"method", request.method},
         {"path", request.path},
         {"status", std::to_string(response.status)},
         {"us", std::to_string(elapsed.count())},
         {"remote", m_remote}});
    if (response.sharedBody) {
        // Written straight from the shared string (the cached snapshot): no copy per request.
        auto res = std::make_shared<http::response<http::span_body<const char>>>(
            static_cast<http::status>(response.status), 11);
        res->body() = {response.sharedBody->data(), response.sharedBody->size()};
        m_pendingBody = std::move(response.sharedBody);
        return write(std::move(res), request, response, keepAlive);
    }
    auto res = std::make_shared<http::response<http::string_body>>(
        static_cast<http::status>(response.status), 11);
    res->body() = std::move(response.body);
    write(std::move(res), request, response, keepAlive);
}

template<class Stream>
template<class Body>
void HttpSession<Stream>::write(std::shared_ptr<boost::beast::http::response<Body>> res,
                                const HttpRequest& request, const HttpResponse& response,
                                bool keepAlive)
{
    res->set(http::field::server, "iocd/" + version());
    res->set(http::field::content_type, response.contentType);
    res->set("X-Request-Id", request.requestId);
    // Revalidate every time (ETag), never serve a stale copy of live data.
    res->set(http::field::cache_control, "no-cache");
    for (const auto& [k, v] : response.headers)
        res->set(k, v);
    res->keep_alive(keepAlive);
    res->prepare_payload();
    m_pendingResponse = res;
    beast::get_lowest_layer(m_stream).expires_after(m_ctx.limits.requestTimeout);
    http::async_write(
        m_stream, *res,
        beast::bind_front_handler(&HttpSession::onWrite, this->shared_from_this(), keepAlive));
}

template<class Stream>
void HttpSession<Stream>::sendError(int status, const char *code, const char *message)
{
    HttpRequest r;
    r.method = "-";
    r.path = "-";
    r.requestId = std::to_string(m_ctx.nextRequestId++);
    m_started = std::chrono::steady_clock::now();
    send(r, HttpResponse::error(status, code, message), false);
}

template<class Stream>
void HttpSession<Stream>::onWrite(bool keepAlive, beast::error_code ec, std::size_t)
{
    m_pendingResponse.reset();
    m_pendingBody.reset();
    if (ec)
        return;
    if (!keepAlive)
        return doClose();
    doRead();
}

template<class Stream> void HttpSession<Stream>::doClose()
{
    beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(5));
    if constexpr (kIsTls<Stream>) {
        // close_notify both ways; reading the peer's also drains what it still sends.
        m_stream.async_shutdown([self = this->shared_from_this()](beast::error_code) {});
        return;
    } else {
        beast::error_code ec;
        m_stream.socket().shutdown(net::ip::tcp::socket::shutdown_send, ec);
        // Read and discard what the peer is still sending (say, the rest of a refused body):
        // closing with unread data would reset the connection and the peer might never see our
        // answer.
        drain();
    }
}

template<class Stream> void HttpSession<Stream>::drain()
{
    m_buffer.clear();
    m_stream.async_read_some(m_buffer.prepare(64 * 1024),
                             [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                                 if (!ec)
                                     self->drain();
                             });
}

// Both transports, compiled once here (Beast templates are the slow part of the build).
template class HttpSession<PlainStream>;
template class HttpSession<TlsStream>;

} // namespace ioc::server
