// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/protocol/Result.h"

#include <string>
#include <string_view>

namespace ioc::server {

// An upstream address for a poller: http or https, host, port and request target.
struct HttpUrl
{
    bool tls = false;
    std::string host;   // without IPv6 brackets
    std::string port;   // always set: 80 / 443 when the URL has none
    std::string target; // path and query, at least "/"
    std::string hostHeader() const;
};

// Accepts http://host[:port][/path][?query] and https://…; no user info, no fragment.
protocol::Result<HttpUrl> parseHttpUrl(std::string_view url);

} // namespace ioc::server
