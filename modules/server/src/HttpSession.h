// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionContext.h"
#include "Transport.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <memory>
#include <optional>

namespace ioc::server {

// Starts serving an accepted connection: over TLS when the server has a certificate.
void startHttpSession(boost::asio::ip::tcp::socket&& socket, SessionContext& ctx);

// One HTTP/1.1 connection (plain or TLS, see Transport.h): read a request, answer it, repeat
// while keep-alive; hands a WebSocket upgrade of /api/v1/stream over to WebSocketSession.
template<class Stream>
class HttpSession : public std::enable_shared_from_this<HttpSession<Stream>>
{
public:
    HttpSession(Stream&& stream, SessionContext& ctx);
    void run();

private:
    using Request = boost::beast::http::request<boost::beast::http::string_body>;

    void begin();
    void onHandshake(boost::beast::error_code ec);
    void doRead();
    void onRead(boost::beast::error_code ec, std::size_t bytes);
    void onHeader(boost::beast::error_code ec, std::size_t bytes);
    void handle(Request&& req);
    void finish(const HttpRequest& request, HttpResponse&& response, bool keepAlive);
    void send(const HttpRequest& request, HttpResponse&& response, bool keepAlive);
    template<class Body>
    void write(std::shared_ptr<boost::beast::http::response<Body>> res, const HttpRequest& request,
               const HttpResponse& response, bool keepAlive);
    void sendError(int status, const char* code, const char* message);
    void onWrite(bool keepAlive, boost::beast::error_code ec, std::size_t bytes);
    void doClose();
    void drain();

    Stream m_stream;
    boost::beast::flat_buffer m_buffer;
    std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> m_parser;
    std::shared_ptr<void> m_pendingResponse;
    std::shared_ptr<const std::string> m_pendingBody; // what a span_body response points into
    SessionContext& m_ctx;
    std::string m_remote;
    std::chrono::steady_clock::time_point m_started;
};

} // namespace ioc::server
