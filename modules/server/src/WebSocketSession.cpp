// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebSocketSession.h"

#include "Log.h"

#include "ioc/protocol/Stream.h"

#include "ioc/server/Server.h"

#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/websocket.hpp>

#include <unordered_map>

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
    if (m_only && message->series && !m_only->contains(message->series->id))
        return;
    m_queue.push_back(std::move(message));
    if (m_queue.size() == 1)
        return doWrite();
    if (m_queue.size() > m_ctx.limits.coalesceAbove)
        coalesce();
    if (m_queue.size() > m_ctx.limits.maxStreamQueue)
        giveUp("queue_full");
}

void WebSocketSession::coalesce()
{
    if (++m_coalesceRounds > m_ctx.limits.maxCoalesceRounds)
        return giveUp("too_slow");
    // The front is being written; everything behind it is fair game. Runs of series messages
    // become one batch each; anything else (future message kinds) keeps its place.
    std::deque<EncodedMessage> out;
    out.push_back(std::move(m_queue.front()));
    std::vector<protocol::SeriesValue> run;
    std::unordered_map<std::string, std::size_t> slot;
    std::int64_t runFrom = 0, runTo = 0;
    std::size_t before = m_queue.size();
    auto flush = [&] {
        if (run.empty())
            return;
        auto text = protocol::encodeStreamMessage({runTo, protocol::SeriesBatch{runFrom, run}});
        out.push_back(std::make_shared<const StreamItem>(StreamItem{std::move(text), runTo, {}}));
        run.clear();
        slot.clear();
    };
    for (std::size_t i = 1; i < m_queue.size(); ++i) {
        auto& item = m_queue[i];
        if (!item->series) {
            flush();
            out.push_back(std::move(item));
            continue;
        }
        if (run.empty())
            runFrom = item->seq;
        runTo = item->seq;
        auto [it, fresh] = slot.try_emplace(item->series->id, run.size());
        if (fresh)
            run.push_back(*item->series);
        else
            run[it->second] = *item->series;
    }
    flush();
    m_queue.swap(out);
    log(LogLevel::Info, "stream_coalesced",
        {{"remote", m_remote}, {"before", std::to_string(before)},
         {"after", std::to_string(m_queue.size())}, {"round", std::to_string(m_coalesceRounds)}});
}

void WebSocketSession::giveUp(const char* reason)
{
    log(LogLevel::Warning, "stream_overflow",
        {{"remote", m_remote}, {"queued", std::to_string(m_queue.size())}, {"reason", reason}});
    m_queue.erase(m_queue.begin() + 1, m_queue.end());
    m_queue.push_back(m_ctx.live.resyncMessage(reason));
    m_closeWhenDrained = true;
}

void WebSocketSession::doWrite()
{
    m_ws.text(true);
    m_ws.async_write(net::buffer(m_queue.front()->text),
                     beast::bind_front_handler(&WebSocketSession::onWrite, shared_from_this()));
}

void WebSocketSession::onWrite(beast::error_code ec, std::size_t)
{
    if (ec)
        return fail(ec, "write");
    m_queue.pop_front();
    if (!m_queue.empty())
        return doWrite();
    m_coalesceRounds = 0; // caught up
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
