// SPDX-License-Identifier: GPL-3.0-or-later
#include "WallLayoutSource.h"

#include "WallLogging.h"

#include <QFile>
#include <QFileInfo>

namespace ioc::console {

namespace {
constexpr int kDebounceMs = 200;
} // namespace

WallLayoutSource::WallLayoutSource(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_layout(defaultWallLayout())
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &WallLayoutSource::reload);
    if (m_path.isEmpty())
        return;
    m_path = QFileInfo(m_path).absoluteFilePath();
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce,
            qOverload<>(&QTimer::start));
    reload();
}

void WallLayoutSource::reload()
{
    if (m_path.isEmpty())
        return;
    watch();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        // Mid-rename, or deleted: keep what is shown; a new file is picked up by the directory
        // watch.
        setError(tr("cannot read %1: %2").arg(m_path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    if (bytes == m_lastBytes && m_generation > 0) {
        setError({});
        return;
    }
    auto parsed = parseWallLayout(bytes);
    if (const auto *error = std::get_if<QString>(&parsed)) {
        qCWarning(lcWall).noquote() << "layout" << m_path << "not applied:" << *error;
        setError(*error);
        return;
    }
    m_lastBytes = bytes;
    m_layout = std::get<WallLayout>(std::move(parsed));
    ++m_generation;
    qCInfo(lcWall).noquote() << "layout" << m_path << "applied, generation" << m_generation;
    setError({});
    emit layoutChanged();
}

void WallLayoutSource::watch()
{
    // A rename over the file drops it from the watcher: add it again whenever it exists.
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(dir))
        m_watcher.addPath(dir);
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

void WallLayoutSource::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace ioc::console
