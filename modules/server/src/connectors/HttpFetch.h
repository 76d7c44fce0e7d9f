// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpUrl.h"

#include "ioc/protocol/Result.h"

#include <boost/asio/any_io_executor.hpp>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace boost::asio::ssl {
class context;
}

namespace ioc::server {

struct FetchRequest
{
    HttpUrl url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::chrono::milliseconds timeout{10000};        // the whole exchange
    std::chrono::milliseconds connectTimeout{10000}; // TCP connect plus TLS handshake
    std::size_t maxBodyBytes = 4 * 1024 * 1024;
};

struct FetchResponse
{
    int status = 0;
    std::string reason;
    std::string body;
};

// One HTTP(S) GET in flight. Every Beast template of the connectors lives behind this interface
// (HttpFetch.cpp), so pollers compile quickly.
class Fetch
{
public:
    virtual ~Fetch() = default;
    // Abandons the exchange; the handler still runs once, with a "cancelled" error.
    virtual void cancel() = 0;
};

using FetchHandler = std::function<void(protocol::Result<FetchResponse>)>;

// Starts a GET on `executor` (the caller's strand); every step has a deadline and the handler
// runs exactly once, on that executor. Errors read like "connect: Connection refused" or
// "timeout after 2000 ms while receiving".
std::shared_ptr<Fetch> startFetch(const boost::asio::any_io_executor& executor,
                                  boost::asio::ssl::context& tls, FetchRequest request,
                                  FetchHandler handler);

} // namespace ioc::server
