// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslConfiguration>
#include <QString>

namespace ioc::client {

// The client's TLS settings: the system's trust store, plus the certificates of `caFile` (PEM,
// one or more) when given, and the peer always verified. Returns false with `error` set when
// the file cannot be read or holds no certificate.
bool makeTlsConfiguration(const QString& caFile, QSslConfiguration *config, QString *error);

} // namespace ioc::client
