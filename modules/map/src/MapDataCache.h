// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapData.h"

#include <QObject>

#include <functional>
#include <memory>

namespace ioc::map {

// Loads map files on a worker thread and shares each loaded file between all the views that use
// it (workstation map, wall map and incident form show the same city): the cache holds weak
// references, so data lives exactly as long as some view uses it. GUI-thread API.
class MapDataCache
{
public:
    using Callback = std::function<void(std::shared_ptr<const MapData>, const QString& error)>;

    // Calls `done` on the GUI thread (never synchronously) unless `receiver` is gone by then.
    static void request(const QString& path, QObject *receiver, Callback done);
};

} // namespace ioc::map
