// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpUrl.h"

#include <charconv>

namespace ioc::server {

using protocol::Error;

std::string HttpUrl::hostHeader() const
{
    const bool v6 = host.find(':') != std::string::npos;
    std::string h = v6 ? "[" + host + "]" : host;
    if (port != (tls ? "443" : "80"))
        h += ":" + port;
    return h;
}

protocol::Result<HttpUrl> parseHttpUrl(std::string_view url)
{
    auto bad = [&](std::string why) {
        return Error{"bad_url", "'" + std::string(url) + "': " + why};
    };
    HttpUrl u;
    std::string_view rest;
    if (url.starts_with("http://")) {
        rest = url.substr(7);
    } else if (url.starts_with("https://")) {
        u.tls = true;
        rest = url.substr(8);
    } else {
        return bad("must start with http:// or https://");
    }
    for (char c : url)
        if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f)
            return bad("must not contain spaces or control characters");
    if (url.find('#') != std::string_view::npos)
        return bad("must not contain a fragment");
    const auto slash = rest.find_first_of("/?");
    std::string_view authority = rest.substr(0, slash);
    u.target = slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
    if (u.target.front() == '?')
        u.target.insert(0, "/");
    if (authority.find('@') != std::string_view::npos)
        return bad("user info is not supported; use 'headers' for credentials");
    std::string_view portText;
    if (authority.starts_with("[")) {
        const auto close = authority.find(']');
        if (close == std::string_view::npos)
            return bad("unterminated IPv6 address");
        u.host = std::string(authority.substr(1, close - 1));
        auto after = authority.substr(close + 1);
        if (!after.empty()) {
            if (after.front() != ':')
                return bad("unexpected text after the IPv6 address");
            portText = after.substr(1);
            if (portText.empty())
                return bad("empty port");
        }
    } else {
        const auto colon = authority.rfind(':');
        u.host = std::string(authority.substr(0, colon));
        if (colon != std::string_view::npos) {
            portText = authority.substr(colon + 1);
            if (portText.empty())
                return bad("empty port");
        }
    }
    if (u.host.empty())
        return bad("has no host");
    if (portText.empty()) {
        u.port = u.tls ? "443" : "80";
    } else {
        unsigned port = 0;
        auto [p, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), port);
        if (ec != std::errc{} || p != portText.data() + portText.size() || port == 0 ||
            port > 65535)
            return bad("port must be a number from 1 to 65535");
        u.port = std::to_string(port);
    }
    return u;
}

} // namespace ioc::server
