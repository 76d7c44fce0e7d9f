// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QUrl>

#include <memory>

class QQmlEngine;
class QQuickWindow;
class QScreen;

namespace ioc::console {

class WallController;
class WallScreenState;
struct WallLayout;
struct WallScreenLayout;

// One borderless full-screen window per screen the layout names (by QScreen name, else by its
// index in QGuiApplication::screens(), else the layout's "other_screens"). Follows screens being
// added and removed, and layout changes, without a restart.
class WallScreens : public QObject
{
    Q_OBJECT

public:
    // `windowUrl`: the QML window (a Window with required properties `wall` and `screenState`).
    WallScreens(QQmlEngine *engine, WallController *wall, QUrl windowUrl,
                QObject *parent = nullptr);
    ~WallScreens() override;

    // Opens the windows on the screens present and follows changes from now on.
    void start();
    // For --screenshot: one window of `size` per screen of the layout, whatever screens exist.
    void startDetached(QSize size);

    QList<QQuickWindow *> windows() const;
    // The screen a window was made for (nullptr for a detached one).
    QScreen *screenOf(const QQuickWindow *window) const;

signals:
    void windowsChanged();

private:
    struct Entry;

    void sync();
    void onScreenRemoved(QScreen *screen);
    const WallScreenLayout *layoutFor(const WallLayout& layout, QScreen *screen, int index) const;
    bool isFocusScreen(const WallLayout& layout, const QString& name, int index) const;
    Entry *createWindow(const QString& name);
    void closeEntry(int i);

    QQmlEngine *m_engine;
    WallController *m_wall;
    QUrl m_windowUrl;
    std::vector<std::unique_ptr<Entry>> m_entries;
    bool m_detached = false;
    QSize m_detachedSize;
};

} // namespace ioc::console
