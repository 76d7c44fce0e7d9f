// SPDX-License-Identifier: GPL-3.0-or-later
#include "WallScreenshot.h"

#include "WallController.h"
#include "WallScreens.h"
#include "ioc/client/BackendClient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdio>

namespace {
constexpr int kDeltasWanted = 3;
constexpr int kTimeoutMs = 30'000;
constexpr int kSettleMs = 2'500; // chart history replies and the map's first frame

// The kinds of the visible tiles under `item`, in creation order ("map", "clock", …).
void collectTiles(QQuickItem *item, QStringList *kinds)
{
    const QString name = item->objectName();
    if (name.startsWith(QLatin1String("wallTile_")) && item->isVisible() && item->width() > 0)
        kinds->append(name.mid(9));
    for (QQuickItem *child : item->childItems())
        if (child->isVisible())
            collectTiles(child, kinds);
}
} // namespace

using ioc::console::WallPolledFeed;

WallScreenshot::WallScreenshot(ioc::console::WallScreens *screens,
                               ioc::console::WallController *wall,
                               ioc::client::BackendClient *client, QString path, QObject *parent)
    : QObject(parent)
    , m_screens(screens)
    , m_wall(wall)
    , m_client(client)
    , m_path(std::move(path))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        std::fprintf(stderr,
                     "ioc-console: the wall showed no live data within %d s (snapshots %d, "
                     "deltas %d); screenshots not taken\n",
                     kTimeoutMs / 1000, m_client->snapshotCount(), m_deltas);
        QCoreApplication::exit(3);
    });
}

void WallScreenshot::start()
{
    m_timeout.start(kTimeoutMs);
    connect(m_client, &ioc::client::BackendClient::seriesUpdated, this, [this] {
        ++m_deltas;
        check();
    });
    for (WallPolledFeed *feed : {m_wall->incidents(), m_wall->alerts(), m_wall->sources()})
        connect(feed, &WallPolledFeed::stateChanged, this, &WallScreenshot::check);
}

void WallScreenshot::check()
{
    if (m_grabbing || m_client->snapshotCount() == 0 || m_deltas < kDeltasWanted)
        return;
    for (WallPolledFeed *feed : {m_wall->incidents(), m_wall->alerts(), m_wall->sources()})
        if (!feed->loaded())
            return;
    m_grabbing = true;
    QTimer::singleShot(kSettleMs, this, &WallScreenshot::grab);
}

QString WallScreenshot::pathFor(int index) const
{
    const QFileInfo info(m_path);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("png") : info.suffix();
    const QString base =
        info.suffix().isEmpty() ? m_path : m_path.left(m_path.size() - suffix.size() - 1);
    return QStringLiteral("%1-%2.%3").arg(base).arg(index).arg(suffix);
}

void WallScreenshot::grab()
{
    m_timeout.stop();
    const QList<QQuickWindow *> windows = m_screens->windows();
    for (int i = 0; i < windows.size(); ++i) {
        const QImage image = windows[i]->grabWindow();
        const QString path = pathFor(i);
        if (image.isNull() || !image.save(path, "PNG")) {
            std::fprintf(stderr, "ioc-console: cannot save screenshot to %s\n", qPrintable(path));
            QCoreApplication::exit(4);
            return;
        }
        QStringList tiles;
        collectTiles(windows[i]->contentItem(), &tiles);
        std::printf("ioc-console: wall screen %d %dx%d saved to %s; tiles: %s\n", i, image.width(),
                    image.height(), qPrintable(path), qPrintable(tiles.join(QLatin1Char(','))));
    }
    std::fflush(stdout);
    QCoreApplication::exit(0);
}
