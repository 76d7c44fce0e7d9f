// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <type_traits>

// The two transports a session runs on. HttpSession and WebSocketSession are templates over
// them, each explicitly instantiated for both in its own .cpp, so the Beast code is compiled
// once per transport and nowhere else.
namespace ioc::server {

using PlainStream = boost::beast::tcp_stream;
using TlsStream = boost::beast::ssl_stream<boost::beast::tcp_stream>;

template<class Stream>
inline constexpr bool kIsTls = std::is_same_v<Stream, TlsStream>;

} // namespace ioc::server
