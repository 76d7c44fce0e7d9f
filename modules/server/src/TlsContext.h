// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/protocol/Result.h"

#include <filesystem>
#include <memory>

namespace boost::asio::ssl {
class context;
}

namespace ioc::server {

// The server side of HTTPS/WSS: a PEM certificate chain and its private key, TLS 1.2 or newer.
// Fails with a message naming the file and the reason (unreadable, not PEM, key not matching
// the certificate) so a misconfigured server stops at start, not at the first client.
protocol::Result<std::shared_ptr<boost::asio::ssl::context>>
makeServerTlsContext(const std::filesystem::path& certFile, const std::filesystem::path& keyFile);

} // namespace ioc::server
