// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PolygonLayer.h"
#include "QuadBatch.h"

#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGTextureMaterial>
#include <QSGTransformNode>
#include <QSGVertexColorMaterial>

namespace ioc::map {

// GPU scene graph (OpenGL, Vulkan, …): plain geometry nodes the renderer batches.

class RhiQuadBatch final : public QSGGeometryNode, public QuadBatch
{
public:
    explicit RhiQuadBatch(QQuickWindow *window);
    ~RhiQuadBatch() override;
    QSGNode *node() override { return this; }
    void setAtlas(const QImage& atlas, quint64 version) override;
    void setQuads(std::vector<TexturedQuad> quads) override;

private:
    void rebuild();

    QQuickWindow *m_window;
    std::vector<TexturedQuad> m_quads;
    QSGGeometry m_geometry;
    QSGTextureMaterial m_material;
    QSGTexture *m_texture = nullptr;
    quint64 m_version = 0;
    QSizeF m_atlasSize;
};

// Fills (vertex-coloured triangles) and outlines under one transform node. One-pixel outlines
// are GL lines in map units; wider ones are triangles rebuilt only when the zoom changes.
class RhiPolygonLayer final : public QSGTransformNode, public PolygonLayer
{
public:
    RhiPolygonLayer();
    QSGNode *node() override { return this; }
    void setShapes(std::shared_ptr<const MapData> data, int level, std::vector<int> shapes,
                   std::vector<QRgb> fills) override;
    void setStroke(QColor color, qreal width) override;
    void setTransform(const QTransform& localToItem, const QRectF& itemRect) override;
    void setAntialiasing(bool) override {}

private:
    void rebuildFill();
    void rebuildStroke();

    std::shared_ptr<const MapData> m_data;
    int m_level = 0;
    std::vector<int> m_shapes;
    std::vector<QRgb> m_fills;
    qreal m_strokeWidth = 0;
    double m_scale = 1;       // item pixels per map unit
    double m_strokeScale = 0; // m_scale the wide stroke was built for
    QSGGeometryNode m_fillNode;
    QSGGeometry m_fillGeometry;
    QSGVertexColorMaterial m_fillMaterial;
    QSGGeometryNode m_strokeNode;
    QSGGeometry m_strokeGeometry;
    QSGFlatColorMaterial m_strokeMaterial;
};

} // namespace ioc::map
