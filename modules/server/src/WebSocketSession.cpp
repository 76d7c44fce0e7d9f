// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebSocketSession.h"

#include "Log.h"

#include "ioc/protocol/Stream.h"

#include "ioc/server/Server.h"

#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <unordered_map>

namespace ioc::server {

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace net = boost::asio;

template<class Stream>
WebSocketSession<Stream>::WebSocketSession(Stream&& stream, SessionContext& ctx)
    : m_ws(std::move(stream))
    , m_ctx(ctx)
    , m_expiry(m_ws.get_executor())
    , m_closeReason(websocket::close_code::try_again_later)
{}

template<class Stream> WebSocketSession<Stream>::~WebSocketSession()
{
    // Never touch LiveData here: the last reference may be dropped inside its lock.
    if (m_subscribed)
        --m_ctx.streamClients;
}

template<class Stream>
void WebSocketSession<Stream>::run(beast::http::request<beast::http::string_body> request,
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
    // Each message goes out as one frame: joined batches are large, and Beast's default of
    // 4 KiB fragments would multiply the frames (and their processing) the joining saves.
    m_ws.auto_fragment(false);
    m_ws.async_accept(
        request, beast::bind_front_handler(&WebSocketSession::onAccept, this->shared_from_this()));
}

template<class Stream> void WebSocketSession<Stream>::onAccept(beast::error_code ec)
{
    if (ec)
        return fail(ec, "accept");
    m_subscribed = true;
    ++m_ctx.streamClients;
    log(LogLevel::Info, "stream_open",
        {{"remote", m_remote}, {"since", m_since ? std::to_string(*m_since) : "-"}});
    m_ctx.live.subscribe(this->shared_from_this(), m_since);
    doRead();
    watchOwner();
}

namespace {
// Not a standard code: 4000-4999 are for applications (RFC 6455 7.4.2); 4401 reads as "401".
constexpr auto kCloseSessionEnded = static_cast<websocket::close_code>(4401);
} // namespace

template<class Stream> void WebSocketSession<Stream>::watchOwner()
{
    if (!m_owner || !m_ctx.auth)
        return;
    if (!m_ctx.auth->watchStream(*m_owner, this->weak_from_this()))
        return endSession("revoked");
    if (!m_owner->isUser())
        return;
    m_expiry.expires_after(m_ctx.auth->timeLeft(*m_owner));
    // Weak: an open stream must not be kept alive for the hours until its token expires.
    m_expiry.async_wait([weak = this->weak_from_this()](beast::error_code ec) {
        if (auto self = weak.lock(); self && !ec)
            self->endSession("expired");
    });
}

template<class Stream> void WebSocketSession<Stream>::sessionEnded()
{
    net::post(m_ws.get_executor(),
              [self = this->shared_from_this()] { self->endSession("revoked"); });
}

template<class Stream> void WebSocketSession<Stream>::endSession(const char *why)
{
    if (m_closed || m_closeWhenDrained)
        return;
    log(LogLevel::Info, "stream_session_ended",
        {{"remote", m_remote}, {"user", m_owner ? m_owner->actor() : "-"}, {"why", why}});
    m_expiry.cancel();
    // Data queued for someone no longer entitled to it is not sent.
    m_queue.clear();
    m_queue.push_back(m_ctx.live.resyncMessage("session_ended"));
    m_closeReason = websocket::close_reason(kCloseSessionEnded, "session_ended");
    m_closeWhenDrained = true;
    if (!m_writing)
        doWrite();
}

template<class Stream> void WebSocketSession<Stream>::doRead()
{
    // Clients have nothing to say yet, but a read must be pending to see pings and close frames.
    m_ws.async_read(m_buffer,
                    beast::bind_front_handler(&WebSocketSession::onRead, this->shared_from_this()));
}

template<class Stream> void WebSocketSession<Stream>::onRead(beast::error_code ec, std::size_t)
{
    if (ec)
        return fail(ec, "read");
    m_buffer.consume(m_buffer.size());
    doRead();
}

template<class Stream> void WebSocketSession<Stream>::deliver(EncodedBatch messages)
{
    net::post(m_ws.get_executor(),
              [self = this->shared_from_this(), m = std::move(messages)] { self->enqueue(m); });
}

template<class Stream> void WebSocketSession<Stream>::enqueue(const EncodedBatch& batch)
{
    if (m_closed || m_closeWhenDrained)
        return;
    // The common case, a client keeping up: the frame every client gets, joined once.
    if (!m_writing && m_queue.empty() && !m_only && !batch->joined.empty()) {
        m_writingBatch = batch;
        m_writing = true;
        m_ws.text(true);
        m_ws.async_write(
            net::buffer(batch->joined),
            beast::bind_front_handler(&WebSocketSession::onWrite, this->shared_from_this()));
        return;
    }
    for (const auto& message : batch->messages)
        if (!m_only || !message->series || m_only->contains(message->series->id))
            m_queue.push_back(message);
    if (!m_writing && !m_queue.empty())
        return doWrite();
    if (m_queue.size() > m_ctx.limits.coalesceAbove)
        coalesce();
    if (m_queue.size() > m_ctx.limits.maxStreamQueue)
        giveUp("queue_full");
}

template<class Stream> void WebSocketSession<Stream>::coalesce()
{
    if (++m_coalesceRounds > m_ctx.limits.maxCoalesceRounds)
        return giveUp("too_slow");
    // Nothing queued is being written yet, so all of it is fair game. Runs of series messages
    // become one batch each; anything else (future message kinds) keeps its place.
    std::deque<EncodedMessage> out;
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
    for (auto& item : m_queue) {
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
        {{"remote", m_remote},
         {"before", std::to_string(before)},
         {"after", std::to_string(m_queue.size())},
         {"round", std::to_string(m_coalesceRounds)}});
}

template<class Stream> void WebSocketSession<Stream>::giveUp(const char *reason)
{
    log(LogLevel::Warning, "stream_overflow",
        {{"remote", m_remote}, {"queued", std::to_string(m_queue.size())}, {"reason", reason}});
    m_queue.clear();
    m_queue.push_back(m_ctx.live.resyncMessage(reason));
    m_closeWhenDrained = true;
}

template<class Stream> void WebSocketSession<Stream>::doWrite()
{
    // The longest run of consecutive series messages at the front goes as one series_batch
    // listing every value; anything else (a coalesced batch, a resync) goes as it is.
    std::vector<std::string_view> objects;
    std::size_t bytes = 0;
    std::int64_t lastSeq = 0;
    for (const auto& item : m_queue) {
        if (!item->series || (!objects.empty() && item->seq != lastSeq + 1) ||
            (!objects.empty() && bytes + item->text.size() > kMaxJoinedFrameBytes))
            break;
        const auto object = protocol::seriesObjectOf(item->text);
        if (object.empty())
            break;
        objects.push_back(object);
        bytes += object.size() + 1;
        lastSeq = item->seq;
    }
    if (objects.size() > 1) {
        const std::int64_t first = m_queue.front()->seq;
        m_writingFrame = protocol::encodeSeriesBatch(first, lastSeq, objects);
        m_queue.erase(m_queue.begin(), m_queue.begin() + std::ptrdiff_t(objects.size()));
    } else {
        m_writingMessage = std::move(m_queue.front());
        m_queue.pop_front();
    }
    m_writing = true;
    const std::string& text = m_writingMessage ? m_writingMessage->text : m_writingFrame;
    m_ws.text(true);
    m_ws.async_write(net::buffer(text), beast::bind_front_handler(&WebSocketSession::onWrite,
                                                                  this->shared_from_this()));
}

template<class Stream> void WebSocketSession<Stream>::onWrite(beast::error_code ec, std::size_t)
{
    m_writing = false;
    m_writingMessage.reset();
    m_writingBatch.reset();
    std::string().swap(m_writingFrame); // up to kMaxJoinedFrameBytes: not kept per client
    if (ec)
        return fail(ec, "write");
    if (!m_queue.empty())
        return doWrite();
    m_coalesceRounds = 0; // caught up
    if (m_closeWhenDrained && !m_closed) {
        m_closed = true;
        m_ctx.live.unsubscribe(this);
        m_expiry.cancel();
        m_ws.async_close(m_closeReason, [self = this->shared_from_this()](beast::error_code) {});
    }
}

template<class Stream> void WebSocketSession<Stream>::fail(beast::error_code ec, const char *what)
{
    m_expiry.cancel();
    if (!m_closed) {
        m_closed = true;
        if (m_subscribed)
            m_ctx.live.unsubscribe(this);
    }
    if (ec == net::error::operation_aborted || ec == websocket::error::closed ||
        ec == net::error::eof || ec == net::error::connection_reset)
        log(LogLevel::Info, "stream_closed", {{"remote", m_remote}});
    else
        log(LogLevel::Info, "stream_error",
            {{"remote", m_remote}, {"op", what}, {"error", ec.message()}});
}

// Both transports, compiled once here.
template class WebSocketSession<PlainStream>;
template class WebSocketSession<TlsStream>;

} // namespace ioc::server
