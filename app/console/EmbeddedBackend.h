// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <memory>

namespace ioc::server {
class Server;
}

// iocd inside the console process (demo simulator on), bound to a free loopback port. The
// console reaches it over HTTP/WebSocket exactly as it would a remote one.
class EmbeddedBackend
{
public:
    EmbeddedBackend();
    ~EmbeddedBackend();
    EmbeddedBackend(const EmbeddedBackend&) = delete;
    EmbeddedBackend& operator=(const EmbeddedBackend&) = delete;

    // Starts the server with its data in `dataDir`; returns its base URL, or an empty URL with
    // `error` set.
    QUrl start(const QString& dataDir, QString *error);

    // Where the embedded server keeps its data by default.
    static QString defaultDataDir();

private:
    std::unique_ptr<ioc::server::Server> m_server;
};
