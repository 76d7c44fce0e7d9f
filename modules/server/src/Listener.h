// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionContext.h"

#include "ioc/protocol/Result.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <memory>
#include <string>

namespace ioc::server {

// Accepts connections and starts an HttpSession on its own strand for each.
class Listener : public std::enable_shared_from_this<Listener>
{
public:
    Listener(boost::asio::io_context& ioc, SessionContext& ctx);
    protocol::Result<std::uint16_t> bind(const std::string& address, std::uint16_t port);
    void start();
    void stop();

private:
    void doAccept();
    void onAccept(boost::system::error_code ec, boost::asio::ip::tcp::socket socket);

    boost::asio::io_context& m_ioc;
    boost::asio::ip::tcp::acceptor m_acceptor;
    SessionContext& m_ctx;
};

} // namespace ioc::server
