// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WallLayout.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace ioc::console {

// The wall's layout as it is now: the built-in default, or a file that is watched and re-read
// when it changes (editors that save by writing a new file and renaming it over the old one
// included: the directory is watched too). A file that does not parse keeps the last good
// layout on screen and says why in `error`, until a good version is saved.
class WallLayoutSource : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int generation READ generation NOTIFY layoutChanged)

public:
    // Empty `path`: the built-in default layout, nothing watched.
    explicit WallLayoutSource(QString path, QObject *parent = nullptr);

    QString path() const { return m_path; }
    const WallLayout& layout() const { return m_layout; }
    // Why the file's current contents were not applied; empty when they were.
    QString error() const { return m_error; }
    // Bumped on every applied layout.
    int generation() const { return m_generation; }

    // Reads the file now (also called by the watcher, debounced).
    void reload();

signals:
    void layoutChanged();
    void errorChanged();

private:
    void setError(const QString& error);
    void watch();

    QString m_path;
    WallLayout m_layout;
    QString m_error;
    QByteArray m_lastBytes;
    int m_generation = 0;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce; // an editor's save is several events: read once they settle
};

} // namespace ioc::console
