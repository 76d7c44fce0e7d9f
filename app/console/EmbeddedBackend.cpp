// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmbeddedBackend.h"

#include "ioc/server/Server.h"

#include <QDir>
#include <QStandardPaths>

EmbeddedBackend::EmbeddedBackend() = default;

EmbeddedBackend::~EmbeddedBackend()
{
    if (m_server)
        m_server->stop();
}

QString EmbeddedBackend::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/embedded-iocd");
}

QUrl EmbeddedBackend::start(const QString& dataDir, QString *error)
{
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("cannot create data directory %1").arg(dataDir);
        return {};
    }
    ioc::server::ServerOptions options;
    options.address = "127.0.0.1";
    options.port = 0;
    options.dataDir = dataDir.toStdString();
    options.demo = true;
    auto server = std::make_unique<ioc::server::Server>(std::move(options));
    auto port = server->start();
    if (!port) {
        *error = QStringLiteral("embedded iocd did not start: %1")
                     .arg(QString::fromStdString(port.error().message));
        return {};
    }
    m_server = std::move(server);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(*port);
    return url;
}
