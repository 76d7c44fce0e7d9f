// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LiveData.h"
#include "SessionContext.h"
#include "Transport.h"
#include "auth/Principal.h"
#include "auth/SessionBoundStream.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/websocket/stream.hpp>

#include <deque>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ioc::server {

// One /api/v1/stream client. Messages are queued per client with one write in flight; each
// write sends everything waiting as one frame (a series_batch listing every value when more than
// one series message waits), so a busy stream costs a frame per write, not per change; a client
// with nothing waiting sends the publish's frame that was joined once for everybody. A client
// that falls behind gets its backlog coalesced (latest value per series, one series_batch); one
// that stays behind is sent a resync and closed. Either way nobody else waits for it.
// A stream opened with a login token or an agency key ends with it (logout, revocation, expiry):
// the client gets a resync with reason "session_ended", then a close with code 4401.
// Stream: PlainStream or TlsStream (Transport.h), already connected (TLS: handshake done).
template<class Stream>
class WebSocketSession : public StreamSubscriber,
                         public SessionBoundStream,
                         public std::enable_shared_from_this<WebSocketSession<Stream>>
{
public:
    WebSocketSession(Stream&& stream, SessionContext& ctx);
    ~WebSocketSession() override;

    void run(boost::beast::http::request<boost::beast::http::string_body> request,
             std::optional<std::int64_t> since, std::string remote);
    void deliver(EncodedBatch messages) override;
    // An agency key's stream: series messages outside `seriesIds` are dropped when queued.
    void restrictTo(std::set<std::string> seriesIds) { m_only = std::move(seriesIds); }
    // The login session or API key that opened the stream; the stream ends when it does.
    void ownedBy(Principal owner) { m_owner = std::move(owner); }
    void sessionEnded() override;

private:
    void onAccept(boost::beast::error_code ec);
    void doRead();
    void onRead(boost::beast::error_code ec, std::size_t bytes);
    void enqueue(const EncodedBatch& batch);
    void coalesce();
    void giveUp(const char *reason);
    void watchOwner();
    void endSession(const char *why);
    void doWrite();
    void onWrite(boost::beast::error_code ec, std::size_t bytes);
    void fail(boost::beast::error_code ec, const char *what);

    boost::beast::websocket::stream<Stream> m_ws;
    boost::beast::flat_buffer m_buffer;
    std::deque<EncodedMessage> m_queue; // waiting, not yet being written
    // What the write in flight sends: one message as it is, a frame joining several, or a
    // published batch's shared frame.
    EncodedMessage m_writingMessage;
    std::string m_writingFrame;
    EncodedBatch m_writingBatch;
    bool m_writing = false;
    SessionContext& m_ctx;
    std::optional<std::int64_t> m_since;
    std::string m_remote;
    bool m_subscribed = false;
    bool m_closeWhenDrained = false;
    bool m_closed = false;
    int m_coalesceRounds = 0;
    std::optional<std::set<std::string>> m_only;
    std::optional<Principal> m_owner;
    boost::asio::steady_timer m_expiry;
    // How the stream is closed once the queue has drained.
    boost::beast::websocket::close_reason m_closeReason;
};

} // namespace ioc::server
