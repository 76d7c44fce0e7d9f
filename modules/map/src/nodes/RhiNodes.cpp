// SPDX-License-Identifier: GPL-3.0-or-later
#include "RhiNodes.h"
#include "MapData.h"

#include <QQuickWindow>

#include <cmath>

namespace ioc::map {

RhiQuadBatch::RhiQuadBatch(QQuickWindow *window)
    : m_window(window)
    , m_geometry(QSGGeometry::defaultAttributes_TexturedPoint2D(), 0, 0,
                 QSGGeometry::UnsignedIntType)
{
    m_geometry.setDrawingMode(QSGGeometry::DrawTriangles);
    m_geometry.setVertexDataPattern(QSGGeometry::DynamicPattern);
    m_material.setFiltering(QSGTexture::Linear);
    setGeometry(&m_geometry);
    setMaterial(&m_material);
}

RhiQuadBatch::~RhiQuadBatch()
{
    delete m_texture;
}

void RhiQuadBatch::setAtlas(const QImage& atlas, quint64 version)
{
    if (version == m_version || atlas.isNull())
        return;
    delete m_texture;
    m_texture = m_window->createTextureFromImage(atlas);
    m_material.setTexture(m_texture);
    m_version = version;
    markDirty(DirtyMaterial);
    if (m_atlasSize != QSizeF(atlas.size())) {
        // Texture coordinates are normalised: an atlas that grew moves them all.
        m_atlasSize = atlas.size();
        rebuild();
    }
}

void RhiQuadBatch::setQuads(std::vector<TexturedQuad> quads)
{
    m_quads = std::move(quads);
    rebuild();
}

void RhiQuadBatch::rebuild()
{
    const std::vector<TexturedQuad>& quads = m_texture ? m_quads : std::vector<TexturedQuad>{};
    m_geometry.allocate(int(quads.size() * 4), int(quads.size() * 6));
    auto *v = m_geometry.vertexDataAsTexturedPoint2D();
    auto *index = m_geometry.indexDataAsUInt();
    const double sw = m_atlasSize.width() > 0 ? m_atlasSize.width() : 1;
    const double sh = m_atlasSize.height() > 0 ? m_atlasSize.height() : 1;
    for (std::size_t i = 0; i < quads.size(); ++i) {
        const QRectF& t = quads[i].target;
        const QRectF& s = quads[i].source;
        const float tx0 = float(s.left() / sw), tx1 = float(s.right() / sw);
        const float ty0 = float(s.top() / sh), ty1 = float(s.bottom() / sh);
        v[0].set(float(t.left()), float(t.top()), tx0, ty0);
        v[1].set(float(t.right()), float(t.top()), tx1, ty0);
        v[2].set(float(t.left()), float(t.bottom()), tx0, ty1);
        v[3].set(float(t.right()), float(t.bottom()), tx1, ty1);
        const auto base = std::uint32_t(i * 4);
        const std::uint32_t pattern[6] = {base, base + 1, base + 2, base + 2, base + 1, base + 3};
        std::copy(std::begin(pattern), std::end(pattern), index);
        v += 4;
        index += 6;
    }
    markDirty(DirtyGeometry);
}

RhiPolygonLayer::RhiPolygonLayer()
    : m_fillGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0, 0,
                     QSGGeometry::UnsignedIntType)
    , m_strokeGeometry(QSGGeometry::defaultAttributes_Point2D(), 0)
{
    m_fillGeometry.setDrawingMode(QSGGeometry::DrawTriangles);
    m_fillNode.setGeometry(&m_fillGeometry);
    m_fillNode.setMaterial(&m_fillMaterial);
    m_strokeNode.setGeometry(&m_strokeGeometry);
    m_strokeNode.setMaterial(&m_strokeMaterial);
    appendChildNode(&m_fillNode);
    appendChildNode(&m_strokeNode);
    // Members, not heap children: the base class must not delete them.
    m_fillNode.setFlag(OwnedByParent, false);
    m_strokeNode.setFlag(OwnedByParent, false);
}

void RhiPolygonLayer::setShapes(std::shared_ptr<const MapData> data, int level,
                                std::vector<int> shapes, std::vector<QRgb> fills)
{
    m_data = std::move(data);
    m_level = level;
    m_shapes = std::move(shapes);
    m_fills = std::move(fills);
    rebuildFill();
    m_strokeScale = 0;
    rebuildStroke();
}

void RhiPolygonLayer::setStroke(QColor color, qreal width)
{
    if (m_strokeMaterial.color() != color) {
        m_strokeMaterial.setColor(color);
        m_strokeNode.markDirty(DirtyMaterial);
    }
    if (!qFuzzyCompare(m_strokeWidth, width)) {
        m_strokeWidth = width;
        m_strokeScale = 0;
        rebuildStroke();
    }
}

void RhiPolygonLayer::setTransform(const QTransform& localToItem, const QRectF&)
{
    setMatrix(QMatrix4x4(localToItem));
    m_scale = localToItem.m11();
    // Wide outlines are extruded in map units: rebuild when the zoom (not the pan) changes.
    if (m_strokeWidth > 1.5 && std::abs(m_scale / m_strokeScale - 1) > 0.01)
        rebuildStroke();
}

void RhiPolygonLayer::rebuildFill()
{
    int vertices = 0;
    int indices = 0;
    if (m_data) {
        const ShapeLevel& l = m_data->level(m_level);
        for (std::size_t i = 0; i < m_shapes.size() && i < m_fills.size(); ++i) {
            if (qAlpha(m_fills[i]) != 0)
                indices += int(l.shapeTriangles[std::size_t(m_shapes[i])].count);
        }
        vertices = indices; // unshared vertices: each carries its shape's colour
    }
    m_fillGeometry.allocate(vertices, indices);
    if (vertices > 0) {
        const ShapeLevel& l = m_data->level(m_level);
        auto *v = m_fillGeometry.vertexDataAsColoredPoint2D();
        auto *index = m_fillGeometry.indexDataAsUInt();
        std::uint32_t n = 0;
        for (std::size_t i = 0; i < m_shapes.size() && i < m_fills.size(); ++i) {
            const QRgb c = qPremultiply(m_fills[i]);
            if (qAlpha(c) == 0)
                continue;
            const Span tris = l.shapeTriangles[std::size_t(m_shapes[i])];
            for (std::uint32_t k = tris.first; k < tris.first + tris.count; ++k) {
                const MapPoint p = l.triPoints[l.triIndices[k]];
                v[n].set(p.x, p.y, uchar(qRed(c)), uchar(qGreen(c)), uchar(qBlue(c)),
                         uchar(qAlpha(c)));
                index[n] = n;
                ++n;
            }
        }
    }
    m_fillNode.markDirty(DirtyGeometry);
}

void RhiPolygonLayer::rebuildStroke()
{
    if (!m_data || m_strokeWidth <= 0) {
        m_strokeGeometry.allocate(0);
        m_strokeNode.markDirty(DirtyGeometry);
        return;
    }
    const ShapeLevel& l = m_data->level(m_level);
    std::vector<QSGGeometry::Point2D> out;
    const bool wide = m_strokeWidth > 1.5;
    const double half = wide ? m_strokeWidth / 2 / m_scale : 0;
    for (int shape : m_shapes) {
        const Span rings = l.shapeRings[std::size_t(shape)];
        for (std::uint32_t r = rings.first; r < rings.first + rings.count; ++r) {
            const Span ring = l.rings[r];
            for (std::uint32_t i = 0; i < ring.count; ++i) {
                const MapPoint a = l.ringPoints[ring.first + i];
                const MapPoint b = l.ringPoints[ring.first + (i + 1) % ring.count];
                if (!wide) {
                    out.push_back({a.x, a.y});
                    out.push_back({b.x, b.y});
                    continue;
                }
                // A quad along the segment, lengthened by half the width to close the joints.
                const double dx = b.x - a.x, dy = b.y - a.y;
                const double len = std::hypot(dx, dy);
                if (len <= 0)
                    continue;
                const double ux = dx / len * half, uy = dy / len * half;
                const QPointF a0(a.x - ux - uy, a.y - uy + ux), a1(a.x - ux + uy, a.y - uy - ux);
                const QPointF b0(b.x + ux - uy, b.y + uy + ux), b1(b.x + ux + uy, b.y + uy - ux);
                for (const QPointF& p : {a0, a1, b0, b0, a1, b1})
                    out.push_back({float(p.x()), float(p.y())});
            }
        }
    }
    m_strokeGeometry.setDrawingMode(wide ? QSGGeometry::DrawTriangles : QSGGeometry::DrawLines);
    m_strokeGeometry.setLineWidth(1);
    m_strokeGeometry.allocate(int(out.size()));
    std::copy(out.begin(), out.end(), m_strokeGeometry.vertexDataAsPoint2D());
    m_strokeScale = m_scale;
    m_strokeNode.markDirty(DirtyGeometry);
}

} // namespace ioc::map
