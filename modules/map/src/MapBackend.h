// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapData.h"
#include "MapViewport.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQuickWindow;
class QSGNode;

namespace ioc::map {

// What a base layer is given to draw one frame.
struct MapRenderContext
{
    QQuickWindow *window = nullptr;
    MapViewport viewport;                // Web Mercator, 256-px tiles: what tile servers use
    QRectF itemRect;                     // the map item, in its own coordinates
    std::shared_ptr<const MapData> data; // the city's units; null until loaded
    bool moving = false;                 // panning/zooming: favour speed over smoothness
};

// The base layer under the units, labels and markers. The product ships OfflineMapBackend
// (the city drawn from its own boundary data). A tile backend — Qt Location's tile engines on
// Qt >= 6.5, or any XYZ tile source — implements this to draw tiles instead; see docs/map.md.
class MapBackend : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MapBackend is an interface: use OfflineMapBackend or another backend")
    Q_PROPERTY(QString attribution READ attribution NOTIFY attributionChanged)

public:
    using QObject::QObject;

    // Builds or updates the base layer's subtree. Called on the render thread from
    // MapView::updatePaintNode with the GUI thread blocked; `old` is what it returned last time
    // (owned by the scene graph).
    virtual QSGNode *updateNode(QSGNode *old, const MapRenderContext& context) = 0;
    // One line crediting the data shown, displayed on the map.
    virtual QString attribution() const = 0;

signals:
    // The base layer must be redrawn (style changed, new tiles arrived, …).
    void changed();
    void attributionChanged();
};

} // namespace ioc::map
