// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/protocol/Result.h"

#include <string>

namespace ioc::server {

// Reads a PEM file of CA certificates (a private CA, as government networks often use for
// LGSP) and checks that it holds at least one certificate OpenSSL accepts.
protocol::Result<std::string> loadCaBundle(const std::string& path);

} // namespace ioc::server
