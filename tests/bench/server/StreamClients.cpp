// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamClients.h"

#include "BenchStats.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json/parse.hpp>

#include <atomic>
#include <charconv>
#include <optional>
#include <thread>

namespace ioc::bench {

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace net = boost::asio;
namespace bj = boost::json;
using tcp = net::ip::tcp;

namespace {

class Client : public std::enable_shared_from_this<Client>
{
public:
    Client(net::io_context& ioc, std::int64_t since, StreamClients::TimePoint epoch,
           std::size_t expected, std::atomic<int>& connected)
        : m_ws(net::make_strand(ioc))
        , m_epoch(epoch)
        , m_connected(connected)
        , m_since(since)
    {
        m_result.lastSeq = since;
        m_result.latencyUs.reserve(expected + expected / 8);
    }

    void start(tcp::endpoint endpoint, std::string target)
    {
        m_target = std::move(target);
        beast::get_lowest_layer(m_ws).async_connect(
            endpoint, beast::bind_front_handler(&Client::onConnect, shared_from_this()));
    }

    void close()
    {
        net::post(m_ws.get_executor(), [self = shared_from_this()] {
            self->m_closing = true;
            if (self->m_ws.is_open())
                self->m_ws.async_close(websocket::close_code::normal, [self](beast::error_code) {});
        });
    }

    std::int64_t progress() const { return m_progress.load(std::memory_order_relaxed); }
    // Read only after the io_context threads have been joined.
    ClientResult& result() { return m_result; }

private:
    void onConnect(beast::error_code ec)
    {
        if (ec)
            return fail(ec);
        beast::get_lowest_layer(m_ws).socket().set_option(tcp::no_delay(true));
        m_ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
        m_ws.async_handshake("127.0.0.1", m_target,
                             beast::bind_front_handler(&Client::onHandshake, shared_from_this()));
    }

    void onHandshake(beast::error_code ec)
    {
        if (ec)
            return fail(ec);
        ++m_connected;
        doRead();
    }

    void doRead()
    {
        m_ws.async_read(m_buffer, beast::bind_front_handler(&Client::onRead, shared_from_this()));
    }

    void onRead(beast::error_code ec, std::size_t)
    {
        if (ec)
            return fail(ec);
        // Stamp first: parsing is the client's cost, not the server's delivery time.
        const auto now = std::chrono::steady_clock::now();
        const auto data = m_buffer.cdata();
        handle({static_cast<const char *>(data.data()), data.size()}, now);
        m_buffer.consume(m_buffer.size());
        doRead();
    }

    void handle(std::string_view text, StreamClients::TimePoint now)
    {
        Parsed m;
        if (!quickParse(text, m) && !fullParse(text, m)) {
            ++m_result.unexpected;
            return;
        }
        if (m.type == "resync") {
            // Not data: it carries the server's newest seq. Counted, and the run then fails.
            ++m_result.resyncs;
            return;
        }
        const bool batch = m.type == "series_batch";
        const std::int64_t first = batch ? m.fromSeq : m.seq;
        if (first <= m_result.lastSeq || m.seq < first) {
            ++m_result.outOfOrder;
            return;
        }
        m_result.lost += std::uint64_t(first - m_result.lastSeq - 1);
        m_result.lastSeq = m.seq;
        m_progress.store(m.seq - m_since, std::memory_order_relaxed);
        if ((m.type != "series" && !batch) || m.values.empty()) {
            ++m_result.unexpected;
            return;
        }
        if (batch) {
            ++m_result.batches;
            m_result.coalesced += std::uint64_t(m.seq - first + 1);
        } else {
            ++m_result.received;
        }
        const double nowUs =
            double(std::chrono::duration_cast<std::chrono::microseconds>(now - m_epoch).count());
        for (const double sentUs : m.values)
            m_result.latencyUs.push_back(static_cast<std::uint32_t>(std::max(0.0, nowUs - sentUs)));
    }

    struct Parsed
    {
        std::int64_t seq = 0;
        std::int64_t fromSeq = 0; // series_batch only
        std::string type;
        std::vector<double> values;
    };

    // The clients share the machine's two cores with the server: reading the three fields of
    // the server's own compact encoding directly costs far less than a full parse. Anything
    // else falls back to the full parser.
    static bool quickParse(std::string_view t, Parsed& m)
    {
        constexpr std::string_view seqKey = R"({"seq":)", typeKey = R"(,"type":")",
                                   valueKey = R"("value":)";
        if (!t.starts_with(seqKey))
            return false;
        const char *p = t.data() + seqKey.size();
        const char *end = t.data() + t.size();
        auto [afterSeq, ec] = std::from_chars(p, end, m.seq);
        std::string_view rest(afterSeq, std::size_t(end - afterSeq));
        if (ec != std::errc{} || !rest.starts_with(typeKey))
            return false;
        rest.remove_prefix(typeKey.size());
        const auto quote = rest.find('"');
        if (quote == std::string_view::npos)
            return false;
        m.type = rest.substr(0, quote);
        if (m.type != "series")
            return m.type == "resync"; // series_batch and the unknown: the full parser

        const auto v = rest.find(valueKey);
        if (v == std::string_view::npos)
            return false;
        double value = 0;
        const char *vp = rest.data() + v + valueKey.size();
        if (std::from_chars(vp, end, value).ec != std::errc{})
            return false; // null, or something unexpected: let the full parser judge
        m.values.push_back(value);
        return true;
    }

    static bool fullParse(std::string_view text, Parsed& m)
    {
        boost::system::error_code ec;
        const auto v = bj::parse(text, ec);
        const auto *o = ec ? nullptr : v.if_object();
        const auto *seqV = o ? o->if_contains("seq") : nullptr;
        const auto *typeV = o ? o->if_contains("type") : nullptr;
        if (!seqV || !seqV->is_int64() || !typeV || !typeV->is_string())
            return false;
        m.seq = seqV->get_int64();
        m.type = typeV->get_string();
        auto addValue = [&](const bj::value& series) {
            const auto *value =
                series.is_object() ? series.get_object().if_contains("value") : nullptr;
            if (value && value->is_number())
                m.values.push_back(value->to_number<double>());
        };
        const auto *series = o->if_contains("series");
        if (m.type == "series_batch") {
            const auto *from = o->if_contains("from_seq");
            if (!from || !from->is_int64() || !series || !series->is_array())
                return false;
            m.fromSeq = from->get_int64();
            for (const auto& s : series->get_array())
                addValue(s);
        } else if (series) {
            addValue(*series);
        }
        return true;
    }

    void fail(beast::error_code ec)
    {
        if (m_closing && (ec == websocket::error::closed || ec == net::error::operation_aborted ||
                          ec == net::error::eof))
            return;
        m_result.error = ec.message();
    }

    websocket::stream<beast::tcp_stream> m_ws;
    beast::flat_buffer m_buffer;
    std::string m_target;
    StreamClients::TimePoint m_epoch;
    std::atomic<int>& m_connected;
    std::int64_t m_since;
    std::atomic<std::int64_t> m_progress{0};
    ClientResult m_result;
    bool m_closing = false;
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
    const std::string target = "/api/v1/stream?since=" + std::to_string(since);
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
    // Closing handshakes finish within the suggested client timeout; then run() returns.
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
