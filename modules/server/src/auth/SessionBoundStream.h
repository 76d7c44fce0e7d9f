// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ioc::server {

// An open stream that lives only as long as the login session or API key that opened it
// (WebSocketSession). AuthService calls sessionEnded() when that login is logged out or revoked,
// or the key is revoked; it may be called from any thread, under AuthService's lock, so it must
// only hand the work to the stream's own strand.
class SessionBoundStream
{
public:
    virtual ~SessionBoundStream() = default;
    virtual void sessionEnded() = 0;
};

} // namespace ioc::server
