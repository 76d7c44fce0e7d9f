// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace ioc::client {
Q_NAMESPACE

// How the console is attached to iocd, as operators see it.
enum class ConnectionState {
    Connecting,   // first contact not made yet (and not for long)
    Connected,    // snapshot held and the delta stream is open
    Reconnecting, // the stream was lost a short while ago; retrying
    Offline,      // lost (or never reached) for longer; still retrying
};
Q_ENUM_NS(ConnectionState)

} // namespace ioc::client
