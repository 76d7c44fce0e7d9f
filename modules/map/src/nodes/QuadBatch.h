// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRectF>

#include <vector>

class QQuickWindow;
class QSGNode;

namespace ioc::map {

struct TexturedQuad
{
    QRectF target; // item pixels
    QRectF source; // atlas pixels
};

// Screen-space sprites from one atlas image, drawn as one node: one draw call on the GPU, one
// pass over an image for the software renderer. Lives on the render thread; its setters are
// called from updatePaintNode while the GUI thread is blocked.
class QuadBatch
{
public:
    virtual ~QuadBatch() = default;
    virtual QSGNode *node() = 0;
    virtual void setAtlas(const QImage& atlas, quint64 version) = 0;
    virtual void setQuads(std::vector<TexturedQuad> quads) = 0;

    // The implementation the window's scene graph can draw (RHI geometry or software painter).
    static QuadBatch *create(QQuickWindow *window);
};

} // namespace ioc::map
