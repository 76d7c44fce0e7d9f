// SPDX-License-Identifier: GPL-3.0-or-later
#include "Listener.h"

#include "HttpSession.h"
#include "Log.h"

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>

namespace ioc::server {

namespace net = boost::asio;
using tcp = net::ip::tcp;

Listener::Listener(net::io_context& ioc, SessionContext& ctx)
    : m_ioc(ioc)
    , m_acceptor(net::make_strand(ioc))
    , m_ctx(ctx)
{
}

protocol::Result<std::uint16_t> Listener::bind(const std::string& address, std::uint16_t port)
{
    boost::system::error_code ec;
    const auto addr = net::ip::make_address(address, ec);
    if (ec)
        return protocol::Error{"bad_address", "not an IP address: " + address};
    const tcp::endpoint endpoint{addr, port};
    m_acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        m_acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        m_acceptor.bind(endpoint, ec);
    if (!ec)
        m_acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        return protocol::Error{"listen_failed", "cannot listen on " + address + ":" +
                                                    std::to_string(port) + ": " + ec.message()};
    return m_acceptor.local_endpoint().port();
}

void Listener::start()
{
    doAccept();
}

void Listener::stop()
{
    net::post(m_acceptor.get_executor(), [self = shared_from_this()] {
        boost::system::error_code ec;
        self->m_acceptor.close(ec);
    });
}

void Listener::doAccept()
{
    m_acceptor.async_accept(net::make_strand(m_ioc),
                            boost::beast::bind_front_handler(&Listener::onAccept, shared_from_this()));
}

void Listener::onAccept(boost::system::error_code ec, tcp::socket socket)
{
    if (ec == net::error::operation_aborted)
        return;
    if (ec) {
        // Out of descriptors and the like: log, keep accepting.
        log(LogLevel::Warning, "accept_failed", {{"error", ec.message()}});
    } else {
        // Stream frames and answers are small and must leave at once: with Nagle on, a frame
        // written while the previous one is unacknowledged waits for the peer's (possibly
        // delayed) ACK, tens of milliseconds on the tail.
        boost::system::error_code ignored;
        socket.set_option(tcp::no_delay(true), ignored);
        startHttpSession(std::move(socket), m_ctx);
    }
    if (m_acceptor.is_open())
        doAccept();
}

} // namespace ioc::server
