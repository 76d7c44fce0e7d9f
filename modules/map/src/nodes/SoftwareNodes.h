// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PolygonLayer.h"
#include "QuadBatch.h"

#include <QPainterPath>
#include <QSGRenderNode>

namespace ioc::map {

// The software scene graph draws no custom geometry nodes, only render nodes that paint with
// the QPainter it hands over (the approach of Qt Quick Shapes' software backend).

class SoftwareQuadBatch final : public QSGRenderNode, public QuadBatch
{
public:
    explicit SoftwareQuadBatch(QQuickWindow *window);
    QSGNode *node() override { return this; }
    void setAtlas(const QImage& atlas, quint64 version) override;
    void setQuads(std::vector<TexturedQuad> quads) override;

    void render(const RenderState *state) override;
    StateFlags changedStates() const override { return {}; }
    RenderingFlags flags() const override { return BoundedRectRendering; }
    QRectF rect() const override { return m_bounds; }

private:
    QQuickWindow *m_window;
    QImage m_atlas;
    quint64 m_version = 0;
    std::vector<TexturedQuad> m_quads;
    QRectF m_bounds;
};

class SoftwarePolygonLayer final : public QSGRenderNode, public PolygonLayer
{
public:
    explicit SoftwarePolygonLayer(QQuickWindow *window);
    QSGNode *node() override { return this; }
    void setShapes(std::shared_ptr<const MapData> data, int level, std::vector<int> shapes,
                   std::vector<QRgb> fills) override;
    void setStroke(QColor color, qreal width) override;
    void setTransform(const QTransform& localToItem, const QRectF& itemRect) override;
    void setAntialiasing(bool antialiased) override;

    void render(const RenderState *state) override;
    StateFlags changedStates() const override { return {}; }
    RenderingFlags flags() const override { return BoundedRectRendering; }
    QRectF rect() const override { return m_itemRect; }

private:
    const QPainterPath& pathOf(std::size_t i);

    QQuickWindow *m_window;
    std::shared_ptr<const MapData> m_data;
    int m_level = 0;
    std::vector<int> m_shapes;
    // Built on first draw: at street zoom most of the city's 90k vertices are never drawn.
    std::vector<QPainterPath> m_paths; // one per listed shape, map units
    std::vector<bool> m_pathBuilt;
    std::vector<QRectF> m_bounds;
    std::vector<QRgb> m_fills;
    QColor m_strokeColor;
    qreal m_strokeWidth = 0;
    QTransform m_transform;
    QRectF m_itemRect;
    bool m_antialiased = true;
};

} // namespace ioc::map
