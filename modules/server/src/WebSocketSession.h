// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LiveData.h"
#include "SessionContext.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/websocket/stream.hpp>

#include <deque>
#include <memory>
#include <optional>
#include <set>
#include <string>

namespace ioc::server {

// One /api/v1/stream client. Messages are queued per client with one write in flight. A client
// that falls behind gets its backlog coalesced (latest value per series, one series_batch); one
// that stays behind is sent a resync and closed. Either way nobody else waits for it.
class WebSocketSession : public StreamSubscriber,
                         public std::enable_shared_from_this<WebSocketSession>
{
public:
    WebSocketSession(boost::asio::ip::tcp::socket&& socket, SessionContext& ctx);
    ~WebSocketSession() override;

    void run(boost::beast::http::request<boost::beast::http::string_body> request,
             std::optional<std::int64_t> since, std::string remote);
    void deliver(EncodedMessage message) override;
    // An agency key's stream: series messages outside `seriesIds` are dropped when queued.
    void restrictTo(std::set<std::string> seriesIds) { m_only = std::move(seriesIds); }

private:
    void onAccept(boost::beast::error_code ec);
    void doRead();
    void onRead(boost::beast::error_code ec, std::size_t bytes);
    void enqueue(EncodedMessage message);
    void coalesce();
    void giveUp(const char* reason);
    void doWrite();
    void onWrite(boost::beast::error_code ec, std::size_t bytes);
    void fail(boost::beast::error_code ec, const char* what);

    boost::beast::websocket::stream<boost::beast::tcp_stream> m_ws;
    boost::beast::flat_buffer m_buffer;
    std::deque<EncodedMessage> m_queue;
    SessionContext& m_ctx;
    std::optional<std::int64_t> m_since;
    std::string m_remote;
    bool m_subscribed = false;
    bool m_closeWhenDrained = false;
    bool m_closed = false;
    int m_coalesceRounds = 0;
    std::optional<std::set<std::string>> m_only;
};

} // namespace ioc::server
