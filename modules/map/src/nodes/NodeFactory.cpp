// SPDX-License-Identifier: GPL-3.0-or-later
// Picks the node implementation the window's scene graph backend can draw.
#include "RhiNodes.h"
#include "SoftwareNodes.h"

#include <QQuickWindow>
#include <QSGRendererInterface>

namespace ioc::map {

namespace {

bool isSoftware(QQuickWindow *window)
{
    return window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
}

} // namespace

QuadBatch *QuadBatch::create(QQuickWindow *window)
{
    if (isSoftware(window))
        return new SoftwareQuadBatch(window);
    return new RhiQuadBatch(window);
}

PolygonLayer *PolygonLayer::create(QQuickWindow *window)
{
    if (isSoftware(window))
        return new SoftwarePolygonLayer(window);
    return new RhiPolygonLayer;
}

} // namespace ioc::map
