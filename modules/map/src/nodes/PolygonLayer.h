// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRectF>
#include <QTransform>

#include <memory>
#include <vector>

class QQuickWindow;
class QSGNode;

namespace ioc::map {

class MapData;

// Filled and outlined shapes of one level of detail of the map data, in map units. Geometry is
// rebuilt only by setShapes/setFills/setStroke; panning and zooming within a level is
// setTransform alone (a matrix on the GPU). Render-thread object, like QuadBatch.
class PolygonLayer
{
public:
    virtual ~PolygonLayer() = default;
    virtual QSGNode *node() = 0;
    // Draw these shapes of `level`; fills (one per listed shape, alpha 0 = unfilled) may be empty.
    virtual void setShapes(std::shared_ptr<const MapData> data, int level, std::vector<int> shapes,
                           std::vector<QRgb> fills) = 0;
    // Outline of every listed shape; width in item pixels, 0 for none.
    virtual void setStroke(QColor color, qreal width) = 0;
    virtual void setTransform(const QTransform& localToItem, const QRectF& itemRect) = 0;
    // While the map moves the software renderer drops antialiasing (a frame at a time is all the
    // eye gets); the settled frame is smooth again. GPU renderers ignore it.
    virtual void setAntialiasing(bool antialiased) = 0;

    static PolygonLayer *create(QQuickWindow *window);
};

} // namespace ioc::map
