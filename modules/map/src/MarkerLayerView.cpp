// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkerLayerView.h"
#include "MarkerStyle.h"
#include "SpriteAtlas.h"
#include "WebMercator.h"

#include <cmath>

namespace ioc::map {

namespace {

QRectF centred(const QPointF& centre, const QSizeF& size)
{
    return QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(),
                  size.height());
}

} // namespace

MarkerLayerView::MarkerLayerView(MapMarkerLayer* layer)
    : m_layer(layer)
{
}

bool MarkerLayerView::update(int bucketZoom)
{
    if (!m_dirty && bucketZoom == m_bucket)
        return false;
    m_dirty = false;
    m_bucket = bucketZoom;
    m_inputs.clear();
    const MapMarkerModel* model = m_layer ? m_layer->model() : nullptr;
    if (model && m_layer->isVisible()) {
        const QDateTime now = m_layer->now();
        m_inputs.reserve(std::size_t(model->rowCount()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const MapMarker& m = model->at(row);
            if (m_layer->accepts(m, now)) {
                m_inputs.push_back(
                    {WebMercator::project(m.latitude, m.longitude), row, m.severity, m.overdue});
            }
        }
    }
    m_accepted = int(m_inputs.size());
    const double world = WebMercator::worldSize(bucketZoom);
    const bool cluster = m_layer && m_layer->clustering() && bucketZoom < m_layer->clusterMaxZoom();
    m_clusterer.build(m_inputs, cluster ? 2 * m_layer->clusterRadius() / world : 0);
    m_grid.clear();
    const auto& clusters = m_clusterer.clusters();
    for (std::size_t i = 0; i < clusters.size(); ++i)
        m_grid.insert(int(i), clusters[i].position * world);
    return true;
}

int MarkerLayerView::hitTest(const MapViewport& viewport, const QPointF& itemPoint) const
{
    if (!m_layer || !m_layer->isVisible() || m_bucket < 0)
        return -1;
    // The grid is in world pixels of the integer zoom; the symbols have a fixed screen size.
    const double toBucket = WebMercator::worldSize(m_bucket) / viewport.worldSize();
    const QPointF p = viewport.toUnitSquare(itemPoint) * WebMercator::worldSize(m_bucket);
    const int i = m_grid.nearest(p, MarkerStyle::clusterSize(1000) / 2.0 * toBucket);
    if (i < 0)
        return -1;
    // The grid found the nearest centre within the largest symbol; check this one's own size.
    const auto& c = clusters()[std::size_t(i)];
    const MapMarkerModel* model = m_layer->model();
    const double radius = c.count > 1 || !model
                              ? MarkerStyle::clusterSize(c.count) / 2.0
                              : MarkerStyle::sizeOf(model->at(c.row).kind) / 2.0 + 3;
    const QPointF d = viewport.toItem(c.position) - itemPoint;
    return std::hypot(d.x(), d.y()) <= radius ? i : -1;
}

void MarkerLayerView::appendQuads(const MapViewport& viewport, const QRectF& itemRect,
                                  SpriteAtlas& atlas, const QFont& countFont,
                                  const QString& selectedId, std::vector<TexturedQuad>& quads,
                                  std::vector<TexturedQuad>& overlay) const
{
    const MapMarkerModel* model = m_layer ? m_layer->model() : nullptr;
    if (!model || !m_layer->isVisible())
        return;
    const QRectF cull = itemRect.adjusted(-30, -30, 30, 30);
    for (const auto& c : clusters()) {
        const QPointF p = viewport.toItem(c.position);
        if (!cull.contains(p))
            continue;
        const MapMarker& m = model->at(c.row);
        if (c.count == 1) {
            const int size = MarkerStyle::sizeOf(m.kind);
            const auto s = atlas.symbol(MarkerStyle::shapeOf(m.kind), MarkerStyle::colorOf(m), size);
            quads.push_back({centred(p, s.size), s.source});
            if (m.overdue) {
                const auto b = atlas.symbol(SpriteAtlas::Shape::OverdueBadge,
                                            MarkerStyle::severityColor(4), 11);
                quads.push_back({centred(p + QPointF(size / 2.0, -size / 2.0), b.size), b.source});
            }
            if (!selectedId.isEmpty() && m.id == selectedId) {
                const auto r = atlas.symbol(SpriteAtlas::Shape::SelectionRing,
                                            QColor(255, 255, 255), size + 14);
                overlay.push_back({centred(p, r.size), r.source});
            }
            continue;
        }
        const QColor color = m.kind == QLatin1String("incident") && !m.color.isValid()
                                 ? MarkerStyle::severityColor(c.maxSeverity)
                                 : MarkerStyle::colorOf(m);
        const auto s = atlas.symbol(SpriteAtlas::Shape::Cluster, color,
                                    MarkerStyle::clusterSize(c.count));
        quads.push_back({centred(p, s.size), s.source});
        const QString digits = c.count > 9999 ? QStringLiteral("9999+") : QString::number(c.count);
        double width = 0;
        for (QChar ch : digits)
            width += atlas.glyph(ch, countFont).size.width();
        double x = p.x() - width / 2;
        for (QChar ch : digits) {
            const auto g = atlas.glyph(ch, countFont);
            quads.push_back({QRectF(QPointF(x, p.y() - g.size.height() / 2), g.size), g.source});
            x += g.size.width();
        }
        if (c.anyOverdue) {
            const auto b = atlas.symbol(SpriteAtlas::Shape::OverdueBadge,
                                        MarkerStyle::severityColor(4), 11);
            const double r = s.size.width() * 0.34;
            quads.push_back({centred(p + QPointF(r, -r), b.size), b.source});
        }
    }
}

} // namespace ioc::map
