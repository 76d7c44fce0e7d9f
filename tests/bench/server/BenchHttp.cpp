// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchHttp.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <cctype>
#include <stdexcept>

namespace ioc::bench {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

struct HttpConnection::Impl
{
    net::io_context ioc;
    beast::tcp_stream stream{ioc};
    beast::flat_buffer buffer;
};

HttpConnection::HttpConnection(std::uint16_t port)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->stream.connect(net::ip::tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
    m_impl->stream.socket().set_option(net::ip::tcp::no_delay(true));
}

HttpConnection::~HttpConnection()
{
    beast::error_code ec;
    m_impl->stream.socket().shutdown(net::ip::tcp::socket::shutdown_both, ec);
}

HttpResult HttpConnection::request(const std::string& method, const std::string& target,
                                   const std::string& body,
                                   const std::vector<std::pair<std::string, std::string>>& headers)
{
    http::request<http::string_body> req{http::string_to_verb(method), target, 11};
    req.set(http::field::host, "127.0.0.1");
    req.set(http::field::content_type, "application/json");
    bool ownCredentials = false;
    for (const auto& [k, v] : headers) {
        req.set(k, v);
        ownCredentials = ownCredentials || beast::iequals(k, "authorization") || beast::iequals(k, "x-api-key");
    }
    if (!ownCredentials && !bearerToken().empty())
        req.set(http::field::authorization, "Bearer " + bearerToken());
    req.keep_alive(true);
    req.body() = body;
    req.prepare_payload();
    http::write(m_impl->stream, req);

    http::response_parser<http::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    http::read(m_impl->stream, m_impl->buffer, parser);
    auto res = parser.release();
    HttpResult out;
    out.status = static_cast<int>(res.result_int());
    out.body = std::move(res.body());
    for (const auto& field : res) {
        std::string name(field.name_string());
        for (auto& c : name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out.headers[std::move(name)] = std::string(field.value());
    }
    return out;
}

namespace {
std::string& tokenStore()
{
    static std::string token;
    return token;
}
} // namespace

const std::string& bearerToken()
{
    return tokenStore();
}

void loginAsDemoOfficer(std::uint16_t port)
{
    HttpConnection http(port);
    const auto r = http.request("POST", "/api/v1/login", R"({"username":"officer","password":"demo"})");
    const auto at = r.body.find(R"("token":")");
    if (r.status != 200 || at == std::string::npos)
        throw std::runtime_error("login as the demo officer failed: " + r.body);
    const auto start = at + 9;
    tokenStore() = r.body.substr(start, r.body.find('"', start) - start);
}

} // namespace ioc::bench
