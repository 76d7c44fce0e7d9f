// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LiveData.h"
#include "Router.h"
#include "auth/AuthService.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace boost::asio::ssl {
class context;
}

namespace ioc::server {

// Limits every connection lives by. Tight defaults: a control room's server talks to consoles
// and known systems, not to the open web.
struct SessionLimits
{
    std::size_t maxHeaderBytes = 16 * 1024;
    std::size_t maxBodyBytes = 1024 * 1024;
    // POSTs to these paths carry photos (citizen reports, base64 in JSON) and may be larger.
    std::size_t maxUploadBodyBytes = 24 * 1024 * 1024;
    std::vector<std::string> uploadPaths{"/api/v1/citizen-reports"};
    // Whole request (headers and body) must arrive within this; cuts slow-loris connections.
    std::chrono::seconds requestTimeout{15};
    // A client with more than this many messages waiting gets its backlog coalesced into one
    // series_batch (latest value per series)…
    std::size_t coalesceAbove = 4096;
    // …and one that needs coalescing this many times without ever catching up is told to resync.
    int maxCoalesceRounds = 50;
    std::size_t maxStreamQueue = 16384; // hard cap whatever the message kinds
    std::size_t maxClientMessageBytes = 4096;
};

// Shared by every session; owned by Server and outliving the io_context's handlers.
struct SessionContext
{
    Router& router;
    LiveData& live;
    SessionLimits limits;
    // Set when serving HTTPS/WSS (--tls-cert/--tls-key): every connection starts with a TLS
    // handshake, and plain HTTP is not served.
    std::shared_ptr<boost::asio::ssl::context> tls;
    std::atomic<std::size_t> streamClients{0};
    std::atomic<std::uint64_t> nextRequestId{1};
    // Sets each request's principal before routing; null only in tests without authentication.
    AuthService* auth = nullptr;
};

} // namespace ioc::server
