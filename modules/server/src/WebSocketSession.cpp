// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebSocketSession.h"

#include "Log.h"

#include "ioc/server/Server.h"

#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/websocket.hpp>

namespace ioc::server {

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace net = boost::asio;

WebSocketSession::WebSocketSession(net::ip::tcp::socket&& socket, SessionContext& ctx)
    : m_ws(std::move(socket))
    , m_ctx(ctx)
{
}

WebSocketSession::~WebSocketSession()
{
    // Never touch LiveData here: the last reference may be dropped inside its lock.
    if (m_subscribed)
        --m_ctx.streamClients;
}

void WebSocketSession::run(beast::http::request<beast::http::string_body> request,
                           std::optional<std::int64_t> since, std::string remote)
{
    m_since = since;
    m_remote = std::move(remote);
    auto timeouts = websocket::stream_base::timeout::suggested(beast::role_type::server);
    // Pings keep dead peers (pulled cable, frozen laptop) from holding a queue forever.
    timeouts.idle_timeout = std::chrono::seconds(20);
    timeouts.keep_alive_pings = true;
    m_ws.set_option(timeouts);
    m_ws.set_option(websocket::stream_base::decorator([](websocket::response_type& res) {
        res.set(beast::http::field::server, "iocd/" + version());
    }));
    m_ws.read_message_max(m_ctx.limits.maxClientMessageBytes);
    m_ws.async_accept(request,
                      beast::bind_front_handler(&WebSocketSession::onAccept, shared_from_this()));
}

void WebSocketSession::onAccept(beast::error_code ec)
{
    if (ec)
        return fail(ec, "accept");
    m_subscribed = true;
    ++m_ctx.streamClients;
    log(LogLevel::Info, "stream_open",
        {{"remote", m_remote}, {"since", m_since ? std::to_string(*m_since) : "-"}});
    m_ctx.live.subscribe(shared_from_this(), m_since);
    doRead();
}

void WebSocketSession::doRead()
{
    // Clients have nothing to say yet, but a read must be pending to see pings and close frames.
    m_ws.async_read(m_buffer, beast::bind_front_handler(&WebSocketSession::onRead, shared_from_this()));
}

void WebSocketSession::onRead(beast::error_code ec, std::size_t)
{
    if (ec)
        return fail(ec, "read");
    m_buffer.consume(m_buffer.size());
    doRead();
}

void WebSocketSession::deliver(EncodedMessage message)
{
    net::post(m_ws.get_executor(), [self = shared_from_this(), m = std::move(message)]() mutable {
        self->enqueue(std::move(m));
    });
}

void WebSocketSession::enqueue(EncodedMessage message)
{
    if (m_closed || m_closeWhenDrained)
        return;
    if (m_queue.size() >= m_ctx.limits.maxStreamQueue) {
        // Too slow for too long: keep the write in flight, drop the rest, tell it to resync.
        log(LogLevel::Warning, "stream_overflow",
            {{"remote", m_remote}, {"queued", std::to_string(m_queue.size())}});
        m_queue.erase(m_queue.begin() + 1, m_queue.end());
        m_queue.push_back(m_ctx.live.resyncMessage("too_slow"));
        m_closeWhenDrained = true;
        return;
    }
    m_queue.push_back(std::move(message));
    if (m_queue.size() == 1)
        doWrite();
}

void WebSocketSession::doWrite()
{
    m_ws.text(true);
    m_ws.async_write(net::buffer(*m_queue.front()),
                     beast::bind_front_handler(&WebSocketSession::onWrite, shared_from_this()));
}

void WebSocketSession::onWrite(beast::error_code ec, std::size_t)
{
    if (ec)
        return fail(ec, "write");
    m_queue.pop_front();
    if (!m_queue.empty())
        return doWrite();
    if (m_closeWhenDrained && !m_closed) {
        m_closed = true;
        m_ctx.live.unsubscribe(this);
        m_ws.async_close(websocket::close_code::try_again_later,
                         [self = shared_from_this()](beast::error_code) {});
    }
}

void WebSocketSession::fail(beast::error_code ec, const char* what)
{
    if (!m_closed) {
        m_closed = true;
        if (m_subscribed)
            m_ctx.live.unsubscribe(this);
    }
    if (ec == net::error::operation_aborted || ec == websocket::error::closed ||
        ec == net::error::eof || ec == net::error::connection_reset)
        log(LogLevel::Info, "stream_closed", {{"remote", m_remote}});
    else
        log(LogLevel::Info, "stream_error", {{"remote", m_remote}, {"op", what}, {"error", ec.message()}});
}

} // namespace ioc::server
