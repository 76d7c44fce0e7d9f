// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoftwareNodes.h"
#include "MapData.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace ioc::map {

namespace {

QPainter *painterOf(QQuickWindow *window)
{
    return static_cast<QPainter *>(
        window->rendererInterface()->getResource(window, QSGRendererInterface::PainterResource));
}

void applyState(QPainter *p, const QSGRenderNode::RenderState *state, const QMatrix4x4 *matrix,
                qreal opacity)
{
    const QRegion *clip = state->clipRegion();
    if (clip && !clip->isEmpty())
        p->setClipRegion(*clip, Qt::ReplaceClip); // before setTransform: it is in window pixels
    p->setTransform(matrix->toTransform());
    p->setOpacity(opacity);
}

} // namespace

SoftwareQuadBatch::SoftwareQuadBatch(QQuickWindow *window)
    : m_window(window)
{}

void SoftwareQuadBatch::setAtlas(const QImage& atlas, quint64 version)
{
    if (version == m_version)
        return;
    m_atlas = atlas;
    m_version = version;
    markDirty(DirtyMaterial);
}

void SoftwareQuadBatch::setQuads(std::vector<TexturedQuad> quads)
{
    m_quads = std::move(quads);
    QRectF bounds;
    for (const TexturedQuad& q : m_quads)
        bounds |= q.target;
    m_bounds = bounds.adjusted(-1, -1, 1, 1);
    markDirty(DirtyMaterial);
}

void SoftwareQuadBatch::render(const RenderState *state)
{
    if (m_quads.empty() || m_atlas.isNull())
        return;
    QPainter *p = painterOf(m_window);
    p->save();
    applyState(p, state, matrix(), inheritedOpacity());
    // Sprites are drawn 1:1 at whole pixels (MarkerLayerView aligns them): QPainter's plain
    // blending blit, no scaling.
    for (const TexturedQuad& q : m_quads)
        p->drawImage(q.target.topLeft(), m_atlas, q.source);
    p->restore();
}

SoftwarePolygonLayer::SoftwarePolygonLayer(QQuickWindow *window)
    : m_window(window)
{}

void SoftwarePolygonLayer::setShapes(std::shared_ptr<const MapData> data, int level,
                                     std::vector<int> shapes, std::vector<QRgb> fills)
{
    m_data = std::move(data);
    m_level = level;
    m_shapes = m_data ? std::move(shapes) : std::vector<int>{};
    m_fills = std::move(fills);
    m_paths.assign(m_shapes.size(), QPainterPath());
    m_pathBuilt.assign(m_shapes.size(), false);
    m_bounds.clear();
    // The original geometry's boxes, grown by the simplification error: good enough to cull.
    const double grow = m_data ? m_data->level(level).tolerance : 0;
    for (int shape : m_shapes)
        m_bounds.push_back(m_data->shapeBounds(shape).adjusted(-grow, -grow, grow, grow));
    markDirty(DirtyMaterial);
}

const QPainterPath& SoftwarePolygonLayer::pathOf(std::size_t i)
{
    if (m_pathBuilt[i])
        return m_paths[i];
    const ShapeLevel& l = m_data->level(m_level);
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const Span rings = l.shapeRings[std::size_t(m_shapes[i])];
    for (std::uint32_t r = rings.first; r < rings.first + rings.count; ++r) {
        const Span ring = l.rings[r];
        QPolygonF polygon;
        polygon.reserve(ring.count + 1);
        for (std::uint32_t k = ring.first; k < ring.first + ring.count; ++k)
            polygon.append(QPointF(l.ringPoints[k].x, l.ringPoints[k].y));
        polygon.append(polygon.front());
        path.addPolygon(polygon);
    }
    m_paths[i] = std::move(path);
    m_pathBuilt[i] = true;
    return m_paths[i];
}

void SoftwarePolygonLayer::setStroke(QColor color, qreal width)
{
    if (m_strokeColor == color && qFuzzyCompare(m_strokeWidth, width))
        return;
    m_strokeColor = color;
    m_strokeWidth = width;
    markDirty(DirtyMaterial);
}

void SoftwarePolygonLayer::setTransform(const QTransform& localToItem, const QRectF& itemRect)
{
    if (m_transform == localToItem && m_itemRect == itemRect)
        return;
    m_transform = localToItem;
    m_itemRect = itemRect;
    markDirty(DirtyMaterial);
}

void SoftwarePolygonLayer::setAntialiasing(bool antialiased)
{
    if (m_antialiased == antialiased)
        return;
    m_antialiased = antialiased;
    markDirty(DirtyMaterial);
}

void SoftwarePolygonLayer::render(const RenderState *state)
{
    if (m_paths.empty())
        return;
    QPainter *p = painterOf(m_window);
    p->save();
    applyState(p, state, matrix(), inheritedOpacity());
    p->setTransform(m_transform, true);
    p->setRenderHint(QPainter::Antialiasing, m_antialiased);
    // Skip shapes entirely off screen: at street zoom that is most of the city.
    const QRectF visible = m_transform.inverted().mapRect(m_itemRect);
    p->setPen(Qt::NoPen);
    for (std::size_t i = 0; i < m_paths.size() && i < m_fills.size(); ++i) {
        if (qAlpha(m_fills[i]) == 0 || !visible.intersects(m_bounds[i]))
            continue;
        p->setBrush(QColor::fromRgba(m_fills[i]));
        p->drawPath(pathOf(i));
    }
    if (m_strokeWidth > 0 && m_strokeColor.alpha() > 0) {
        // Moving: thin outlines become one pixel, QPainter's fast cosmetic line path; wider
        // ones go through the general stroker (joins, trigonometry), several times the cost.
        // A selection outline keeps its width.
        QPen pen(m_strokeColor, m_antialiased || m_strokeWidth > 2 ? m_strokeWidth : 1);
        pen.setCosmetic(true); // width in pixels whatever the zoom
        pen.setJoinStyle(Qt::RoundJoin);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        for (std::size_t i = 0; i < m_paths.size(); ++i) {
            if (visible.intersects(m_bounds[i]))
                p->drawPath(pathOf(i));
        }
    }
    p->restore();
}

} // namespace ioc::map
