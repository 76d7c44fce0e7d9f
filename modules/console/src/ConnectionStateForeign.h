// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/client/ConnectionState.h"

#include <QtQml/qqmlregistration.h>

// Makes the client's enum usable in QML as ConnectionState.Connected etc.
namespace ConnectionStateForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(ioc::client)
QML_NAMED_ELEMENT(ConnectionState)
} // namespace ConnectionStateForeign
