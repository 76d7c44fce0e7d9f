// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkerLayerView.h"
#include "MarkerStyle.h"
#include "SpriteAtlas.h"
#include "WebMercator.h"

#include <cmath>

namespace ioc::map {

namespace {

// Whole pixels: sprites are blitted 1:1, never resampled.
QRectF centred(const QPointF& centre, const QSizeF& size)
{
    return QRectF(std::round(centre.x() - size.width() / 2),
                  std::round(centre.y() - size.height() / 2), size.width(), size.height());
}

} // namespace

MarkerLayerView::MarkerLayerView(MapMarkerLayer *layer)
    : m_layer(layer)
{
    const auto everything = [this] {
        m_allRowsStale = true;
        m_dirty = true;
    };
    connect(layer, &MapMarkerLayer::kindsChanged, this, everything);
    connect(layer, &MapMarkerLayer::visibleChanged, this, everything);
    connect(layer, &MapMarkerLayer::timeFilterChanged, this, everything);
    connect(layer, &MapMarkerLayer::clusteringChanged, this, [this] { m_dirty = true; });
    connect(layer, &MapMarkerLayer::modelChanged, this, [this, everything] {
        attachModel();
        everything();
    });
    attachModel();
}

void MarkerLayerView::attachModel()
{
    if (m_model)
        m_model->disconnect(this);
    m_model = m_layer ? m_layer->model() : nullptr;
    if (!m_model)
        return;
    const auto everything = [this] {
        m_allRowsStale = true;
        m_dirty = true;
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                m_staleRanges.emplace_back(from.row(), to.row());
                m_dirty = true;
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, everything);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, everything);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, everything);
    connect(m_model, &QAbstractItemModel::modelReset, this, everything);
}

void MarkerLayerView::refreshRows(int first, int last, const QDateTime& now)
{
    for (int row = first; row <= last && row < int(m_rows.size()); ++row) {
        const MapMarker& m = m_model->at(row);
        m_rows[std::size_t(row)] = {WebMercator::project(m.latitude, m.longitude),
                                    m_layer->accepts(m, now)};
    }
}

bool MarkerLayerView::update(int bucketZoom)
{
    if (!m_dirty && bucketZoom == m_bucket)
        return false;
    m_dirty = false;
    m_bucket = bucketZoom;
    m_gridStale = true;
    m_inputs.clear();
    const bool visible = m_model && m_layer && m_layer->isVisible();
    if (!visible) {
        m_rows.clear();
        m_staleRanges.clear();
        m_allRowsStale = true;
    } else {
        const QDateTime now = m_layer->now();
        if (m_allRowsStale || int(m_rows.size()) != m_model->rowCount()) {
            m_rows.resize(std::size_t(m_model->rowCount()));
            refreshRows(0, m_model->rowCount() - 1, now);
        } else {
            for (const auto& [first, last] : m_staleRanges)
                refreshRows(first, last, now);
        }
        m_allRowsStale = false;
        m_staleRanges.clear();
        m_inputs.reserve(m_rows.size());
        for (std::size_t row = 0; row < m_rows.size(); ++row) {
            if (!m_rows[row].accepted)
                continue;
            const MapMarker& m = m_model->at(int(row));
            m_inputs.push_back({m_rows[row].position, int(row), m.severity, m.overdue});
        }
    }
    const double world = WebMercator::worldSize(bucketZoom);
    const bool cluster = m_layer && m_layer->clustering() && bucketZoom < m_layer->clusterMaxZoom();
    m_clusterer.build(m_inputs, cluster ? 2 * m_layer->clusterRadius() / world : 0);
    return true;
}

int MarkerLayerView::hitTest(const MapViewport& viewport, const QPointF& itemPoint)
{
    if (!m_layer || !m_layer->isVisible() || m_bucket < 0)
        return -1;
    const double world = WebMercator::worldSize(m_bucket);
    if (m_gridStale) {
        // Picking happens on hover and click, not every frame: index lazily.
        m_grid.clear();
        const auto& all = clusters();
        for (std::size_t i = 0; i < all.size(); ++i)
            m_grid.insert(int(i), all[i].position * world);
        m_gridStale = false;
    }
    // The grid is in world pixels of the integer zoom; the symbols have a fixed screen size.
    const double toBucket = world / viewport.worldSize();
    const QPointF p = viewport.toUnitSquare(itemPoint) * world;
    const int i = m_grid.nearest(p, MarkerStyle::clusterSize(1000) / 2.0 * toBucket);
    if (i < 0)
        return -1;
    // The grid found the nearest centre within the largest symbol; check this one's own size.
    const auto& c = clusters()[std::size_t(i)];
    const double radius = c.count > 1 ? MarkerStyle::clusterSize(c.count) / 2.0
                                      : MarkerStyle::sizeOf(m_model->at(c.row).kind) / 2.0 + 3;
    const QPointF d = viewport.toItem(c.position) - itemPoint;
    return std::hypot(d.x(), d.y()) <= radius ? i : -1;
}

void MarkerLayerView::appendQuads(const MapViewport& viewport, const QRectF& itemRect,
                                  SpriteAtlas& atlas, const QFont& countFont,
                                  const QString& selectedId, std::vector<TexturedQuad>& quads,
                                  std::vector<TexturedQuad>& overlay) const
{
    const MapMarkerModel *model = m_model;
    if (!model || !m_layer || !m_layer->isVisible())
        return;
    const QRectF cull = itemRect.adjusted(-30, -30, 30, 30);
    for (const auto& c : clusters()) {
        const QPointF p = viewport.toItem(c.position);
        if (!cull.contains(p))
            continue;
        const MapMarker& m = model->at(c.row);
        if (c.count == 1) {
            const int size = MarkerStyle::sizeOf(m.kind);
            const auto s =
                atlas.symbol(MarkerStyle::shapeOf(m.kind), MarkerStyle::colorOf(m), size);
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
        const auto s =
            atlas.symbol(SpriteAtlas::Shape::Cluster, color, MarkerStyle::clusterSize(c.count));
        quads.push_back({centred(p, s.size), s.source});
        if (c.count < 1000) {
            const auto n = atlas.count(c.count, countFont);
            quads.push_back({centred(p, n.size), n.source});
        } else {
            const QString digits =
                c.count > 9999 ? QStringLiteral("9999+") : QString::number(c.count);
            double width = 0;
            for (QChar ch : digits)
                width += atlas.glyph(ch, countFont).size.width();
            double x = std::round(p.x() - width / 2);
            for (QChar ch : digits) {
                const auto g = atlas.glyph(ch, countFont);
                quads.push_back(
                    {QRectF(QPointF(x, std::round(p.y() - g.size.height() / 2)), g.size),
                     g.source});
                x += g.size.width();
            }
        }
        if (c.anyOverdue) {
            const auto b =
                atlas.symbol(SpriteAtlas::Shape::OverdueBadge, MarkerStyle::severityColor(4), 11);
            const double r = s.size.width() * 0.34;
            quads.push_back({centred(p + QPointF(r, -r), b.size), b.source});
        }
    }
}

} // namespace ioc::map
