// SPDX-License-Identifier: GPL-3.0-or-later
#include "WallScreens.h"

#include "WallController.h"
#include "WallLogging.h"
#include "WallScreenState.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QScreen>

namespace ioc::console {

struct WallScreens::Entry
{
    QPointer<QScreen> screen; // null for a detached (screenshot) window
    int layoutIndex = -1;     // index into layout.screens; -1: other_screens
    std::unique_ptr<WallScreenState> state;
    std::unique_ptr<QQuickWindow> window;
};

WallScreens::WallScreens(QQmlEngine *engine, WallController *wall, QUrl windowUrl, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_wall(wall)
    , m_windowUrl(std::move(windowUrl))
{}

WallScreens::~WallScreens()
{
    // Now, not deleteLater: the event loop may be over, and the windows bind to the controller
    // that goes next.
    m_entries.clear();
}

void WallScreens::start()
{
    auto *app = qGuiApp;
    connect(app, &QGuiApplication::screenAdded, this, [this](QScreen *screen) {
        qCInfo(lcWall).noquote() << "screen added:" << screen->name() << screen->geometry();
        sync();
    });
    connect(app, &QGuiApplication::screenRemoved, this, &WallScreens::onScreenRemoved);
    connect(m_wall->layoutSource(), &WallLayoutSource::layoutChanged, this, &WallScreens::sync);
    sync();
}

void WallScreens::startDetached(QSize size)
{
    m_detached = true;
    m_detachedSize = size;
    connect(m_wall->layoutSource(), &WallLayoutSource::layoutChanged, this, &WallScreens::sync);
    sync();
}

QList<QQuickWindow *> WallScreens::windows() const
{
    QList<QQuickWindow *> list;
    for (const auto& entry : m_entries)
        list.append(entry->window.get());
    return list;
}

QScreen *WallScreens::screenOf(const QQuickWindow *window) const
{
    for (const auto& entry : m_entries)
        if (entry->window.get() == window)
            return entry->screen;
    return nullptr;
}

const WallScreenLayout *WallScreens::layoutFor(const WallLayout& layout, QScreen *screen,
                                               int index) const
{
    const QString name = screen ? screen->name() : QString();
    for (const WallScreenLayout& s : layout.screens)
        if (!s.name.isEmpty() && s.name == name)
            return &s;
    for (const WallScreenLayout& s : layout.screens)
        if (s.name.isEmpty() && s.index == index)
            return &s;
    return layout.otherScreens ? &*layout.otherScreens : nullptr;
}

bool WallScreens::isFocusScreen(const WallLayout& layout, const QString& name, int index) const
{
    if (!layout.focusScreenName.isEmpty())
        return layout.focusScreenName == name;
    return layout.focusScreenIndex == index;
}

WallScreens::Entry *WallScreens::createWindow(const QString& name)
{
    auto entry = std::make_unique<Entry>();
    entry->state = std::make_unique<WallScreenState>(name, [wall = m_wall] { return wall->now(); });
    QQmlComponent component(m_engine, m_windowUrl);
    QObject *object = component.createWithInitialProperties(
        {{QStringLiteral("wall"), QVariant::fromValue(m_wall)},
         {QStringLiteral("screenState"), QVariant::fromValue(entry->state.get())}});
    auto *window = qobject_cast<QQuickWindow *>(object);
    if (!window) {
        qCCritical(lcWall).noquote() << "wall window failed to load:" << component.errorString();
        delete object;
        return nullptr;
    }
    entry->window.reset(window);
    m_entries.push_back(std::move(entry));
    return m_entries.back().get();
}

void WallScreens::sync()
{
    const WallLayout& layout = m_wall->layoutSource()->layout();
    if (m_detached) {
        const int count = layout.screens.isEmpty() ? 1 : int(layout.screens.size());
        while (int(m_entries.size()) > count)
            closeEntry(int(m_entries.size()) - 1);
        for (int i = 0; i < count; ++i) {
            const WallScreenLayout& s =
                layout.screens.isEmpty() ? *layout.otherScreens : layout.screens[i];
            Entry *entry = i < int(m_entries.size())
                               ? m_entries[i].get()
                               : createWindow(QStringLiteral("screen-%1").arg(i));
            if (!entry)
                return;
            entry->layoutIndex = i;
            entry->state->setLayout(s, isFocusScreen(layout, s.name, i));
            entry->window->resize(m_detachedSize);
            entry->window->show();
        }
        emit windowsChanged();
        return;
    }
    const QList<QScreen *> screens = QGuiApplication::screens();
    // Windows whose screen is gone or no longer in the layout.
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        QScreen *screen = m_entries[i]->screen;
        if (!screen || !screens.contains(screen) ||
            !layoutFor(layout, screen, int(screens.indexOf(screen))))
            closeEntry(i);
    }
    for (int index = 0; index < screens.size(); ++index) {
        QScreen *screen = screens[index];
        const WallScreenLayout *screenLayout = layoutFor(layout, screen, index);
        if (!screenLayout)
            continue;
        Entry *entry = nullptr;
        for (const auto& e : m_entries)
            if (e->screen == screen)
                entry = e.get();
        if (!entry) {
            entry = createWindow(screen->name());
            if (!entry)
                return;
            entry->screen = screen;
            QQuickWindow *window = entry->window.get();
            window->setFlags(Qt::Window | Qt::FramelessWindowHint);
            window->setScreen(screen);
            window->setGeometry(screen->geometry());
            window->showFullScreen();
            // A screen that changes size (resolution switch) keeps its window filling it.
            connect(screen, &QScreen::geometryChanged, window,
                    [window](const QRect& geometry) { window->setGeometry(geometry); });
            qCInfo(lcWall).noquote()
                << "window on screen" << index << screen->name() << screen->geometry();
        }
        entry->state->setLayout(*screenLayout, isFocusScreen(layout, screen->name(), index));
    }
    emit windowsChanged();
}

void WallScreens::onScreenRemoved(QScreen *screen)
{
    qCInfo(lcWall).noquote() << "screen removed:" << screen->name();
    // Close its window before Qt moves it onto another screen, then re-match the rest (indices
    // shift when a screen goes).
    for (int i = int(m_entries.size()) - 1; i >= 0; --i)
        if (m_entries[i]->screen == screen)
            closeEntry(i);
    QMetaObject::invokeMethod(this, &WallScreens::sync, Qt::QueuedConnection);
}

void WallScreens::closeEntry(int i)
{
    std::unique_ptr<Entry> entry = std::move(m_entries[i]);
    m_entries.erase(m_entries.begin() + i);
    if (entry->window) {
        entry->window->close();
        entry->window.release()->deleteLater();
    }
    entry->state.release()->deleteLater(); // after the window that binds to it
}

} // namespace ioc::console
