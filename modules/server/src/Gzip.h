// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace ioc::server {

// gzip (RFC 1952) at a fast level: snapshots are large and repetitive, CPU matters more.
std::string gzipCompress(std::string_view data);

// True when an Accept-Encoding header value admits gzip (q=0 excluded).
bool acceptsGzip(std::string_view acceptEncoding);

} // namespace ioc::server
