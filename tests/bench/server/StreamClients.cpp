// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamClients.h"

#include "BenchHttp.h"
#include "BenchStats.h"
#include "StreamChecker.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

#include <atomic>
#include <deque>
#include <optional>
#include <thread>

namespace ioc::bench {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

// A minimal RFC 6455 client: the upgrade through Beast's HTTP, then frames read straight off the
// socket, many per read. The clients share the machine's two cores with the server they
// measure; Beast's websocket::stream costs a completion per message, this a completion per read.
// Server frames are never masked; the client's few frames (pong) are, with a zero key.
class Client : public std::enable_shared_from_this<Client>
{
public:
    Client(net::io_context& ioc, std::int64_t since, StreamClients::TimePoint epoch,
           std::size_t expected, std::atomic<int>& connected)
        : m_stream(net::make_strand(ioc))
        , m_checker(since, epoch, expected)
        , m_connected(connected)
    {}

    void start(tcp::endpoint endpoint, std::string target)
    {
        m_upgrade = {http::verb::get, target, 11};
        m_upgrade.set(http::field::host, "127.0.0.1");
        m_upgrade.set(http::field::upgrade, "websocket");
        m_upgrade.set(http::field::connection, "Upgrade");
        m_upgrade.set(http::field::sec_websocket_key, "dGhlIHNhbXBsZSBub25jZQ==");
        m_upgrade.set(http::field::sec_websocket_version, "13");
        m_stream.async_connect(endpoint,
                               beast::bind_front_handler(&Client::onConnect, shared_from_this()));
    }

    void close()
    {
        net::post(m_stream.get_executor(), [self = shared_from_this()] {
            self->m_closing = true;
            beast::error_code ec;
            self->m_stream.socket().shutdown(tcp::socket::shutdown_both, ec);
            self->m_stream.socket().close(ec);
        });
    }

    std::int64_t progress() const { return m_checker.progress(); }
    // Read only after the io_context threads have been joined.
    ClientResult& result() { return m_checker.result(); }

private:
    void onConnect(beast::error_code ec)
    {
        if (ec)
            return fail(ec);
        m_stream.socket().set_option(tcp::no_delay(true));
        http::async_write(m_stream, m_upgrade,
                          beast::bind_front_handler(&Client::onUpgradeSent, shared_from_this()));
    }

    void onUpgradeSent(beast::error_code ec, std::size_t)
    {
        if (ec)
            return fail(ec);
        // Frames sent right after the 101 stay in m_buffer behind the response.
        http::async_read(m_stream, m_buffer, m_response,
                         beast::bind_front_handler(&Client::onUpgraded, shared_from_this()));
    }

    void onUpgraded(beast::error_code ec, std::size_t)
    {
        if (ec)
            return fail(ec);
        if (m_response.result() != http::status::switching_protocols) {
            result().error = "upgrade answered " + std::to_string(m_response.result_int());
            return;
        }
        ++m_connected;
        parseFrames(std::chrono::steady_clock::now());
        doRead();
    }

    void doRead()
    {
        m_stream.async_read_some(m_buffer.prepare(64 * 1024),
                                 beast::bind_front_handler(&Client::onRead, shared_from_this()));
    }

    void onRead(beast::error_code ec, std::size_t bytes)
    {
        if (ec)
            return fail(ec);
        // Stamp first: parsing is the client's cost, not the server's delivery time.
        const auto now = std::chrono::steady_clock::now();
        m_buffer.commit(bytes);
        if (parseFrames(now))
            doRead();
    }

    // Consumes every complete frame in m_buffer; false once the server has closed.
    bool parseFrames(StreamClients::TimePoint now)
    {
        for (;;) {
            const auto data = m_buffer.cdata();
            const auto *p = static_cast<const unsigned char *>(data.data());
            const std::size_t size = data.size();
            if (size < 2)
                return true;
            const bool fin = p[0] & 0x80;
            const int opcode = p[0] & 0x0f;
            std::size_t header = 2;
            std::uint64_t length = p[1] & 0x7f;
            if (p[1] & 0x80) {
                result().error = "masked frame from the server";
                return false;
            }
            if (length == 126 || length == 127) {
                const std::size_t bytes = length == 126 ? 2 : 8;
                if (size < 2 + bytes)
                    return true;
                length = 0;
                for (std::size_t i = 0; i < bytes; ++i)
                    length = (length << 8) | p[2 + i];
                header += bytes;
            }
            if (size < header + length)
                return true;
            const std::string_view payload(reinterpret_cast<const char *>(p + header),
                                           std::size_t(length));
            if (opcode == 0x1 && fin) {
                m_checker.onMessage(payload, now);
            } else if (opcode == 0x1 || opcode == 0x0) {
                // Fragmented: large series_batch messages arrive in several frames.
                m_message.append(payload);
                if (fin) {
                    m_checker.onMessage(m_message, now);
                    m_message.clear();
                }
            } else if (opcode == 0x9) {
                sendControl(0xA, payload);
            } else if (opcode == 0x8) {
                m_closedByServer = true;
                result().error = "closed by the server";
                return false;
            }
            m_buffer.consume(header + std::size_t(length));
        }
    }

    void sendControl(int opcode, std::string_view payload)
    {
        std::string frame;
        frame += char(0x80 | opcode);
        frame += char(0x80 | payload.size()); // control payloads are at most 125 bytes
        frame.append(4, '\0');                // masking key 0: the payload goes as it is
        frame.append(payload);
        m_writes.push_back(std::move(frame));
        if (m_writes.size() == 1)
            doWrite();
    }

    void doWrite()
    {
        net::async_write(m_stream.socket(), net::buffer(m_writes.front()),
                         [self = shared_from_this()](beast::error_code ec, std::size_t) {
                             self->m_writes.pop_front();
                             if (!ec && !self->m_writes.empty())
                                 self->doWrite();
                         });
    }

    void fail(beast::error_code ec)
    {
        if (m_closing || m_closedByServer)
            return;
        result().error = ec.message();
    }

    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    http::request<http::empty_body> m_upgrade;
    http::response<http::empty_body> m_response;
    std::string m_message;
    std::deque<std::string> m_writes;
    StreamChecker m_checker;
    std::atomic<int>& m_connected;
    bool m_closing = false;
    bool m_closedByServer = false;
};

} // namespace

struct StreamClients::Impl
{
    net::io_context ioc;
    std::optional<net::executor_work_guard<net::io_context::executor_type>> work;
    std::vector<std::shared_ptr<Client>> clients;
    std::vector<std::thread> threads;
    std::atomic<int> connected{0};
};

StreamClients::StreamClients(std::uint16_t port, std::int64_t since, int count, int threads,
                             TimePoint epoch, std::size_t expectedPerClient)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->work.emplace(m_impl->ioc.get_executor());
    const tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), port);
    const std::string target = "/api/v1/stream?since=" + std::to_string(since) +
                               "&access_token=" + bearerToken(); // docs/security.md
    for (int i = 0; i < count; ++i) {
        auto c = std::make_shared<Client>(m_impl->ioc, since, epoch, expectedPerClient,
                                          m_impl->connected);
        c->start(endpoint, target);
        m_impl->clients.push_back(std::move(c));
    }
    for (int i = 0; i < threads; ++i)
        m_impl->threads.emplace_back([this] {
            nameThisThread("bench-clients");
            m_impl->ioc.run();
        });
}

StreamClients::~StreamClients()
{
    if (!m_impl->threads.empty())
        finish();
}

bool StreamClients::waitConnected(std::chrono::milliseconds timeout)
{
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (m_impl->connected.load() < int(m_impl->clients.size())) {
        if (std::chrono::steady_clock::now() > until)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
}

std::int64_t StreamClients::minProgress() const
{
    std::int64_t least = INT64_MAX;
    for (const auto& c : m_impl->clients)
        least = std::min(least, c->progress());
    return m_impl->clients.empty() ? 0 : least;
}

std::vector<ClientResult> StreamClients::finish()
{
    for (auto& c : m_impl->clients)
        c->close();
    m_impl->work.reset();
    for (auto& t : m_impl->threads)
        t.join();
    m_impl->threads.clear();
    std::vector<ClientResult> out;
    for (auto& c : m_impl->clients)
        out.push_back(std::move(c->result()));
    m_impl->clients.clear();
    return out;
}

} // namespace ioc::bench
