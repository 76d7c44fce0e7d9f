// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapDataCache.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QThreadPool>

#include <vector>

namespace ioc::map {

namespace {

struct Waiter
{
    QPointer<QObject> receiver;
    MapDataCache::Callback done;
};

struct Entry
{
    std::weak_ptr<const MapData> data;
    std::vector<Waiter> waiting; // non-empty while a load is running
};

// Only touched on the GUI thread; workers hand their result back through the event loop.
QHash<QString, Entry>& entries()
{
    static QHash<QString, Entry> cache;
    return cache;
}

void deliver(const QString& path, std::shared_ptr<const MapData> data, const QString& error)
{
    Entry& entry = entries()[path];
    entry.data = data;
    const std::vector<Waiter> waiting = std::exchange(entry.waiting, {});
    for (const Waiter& w : waiting) {
        if (w.receiver)
            w.done(data, error);
    }
}

} // namespace

void MapDataCache::request(const QString& path, QObject *receiver, Callback done)
{
    Entry& entry = entries()[path];
    if (auto data = entry.data.lock()) {
        QPointer<QObject> guard(receiver);
        QMetaObject::invokeMethod(
            qApp,
            [guard, data, done] {
                if (guard)
                    done(data, {});
            },
            Qt::QueuedConnection);
        return;
    }
    const bool loading = !entry.waiting.empty();
    entry.waiting.push_back({receiver, std::move(done)});
    if (loading)
        return;
    QThreadPool::globalInstance()->start([path] {
        QString error;
        std::shared_ptr<const MapData> data = MapData::load(path, &error);
        if (!data)
            qCWarning(lcMap) << "map data failed to load:" << error;
        QMetaObject::invokeMethod(
            qApp, [path, data, error] { deliver(path, data, error); }, Qt::QueuedConnection);
    });
}

} // namespace ioc::map
