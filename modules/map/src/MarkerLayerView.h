// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapMarkerLayer.h"
#include "MapViewport.h"
#include "MarkerClusterer.h"
#include "SpatialGrid.h"
#include "nodes/QuadBatch.h"

#include <QObject>
#include <QPointer>

namespace ioc::map {

class SpriteAtlas;

// What a MapView derives from one MapMarkerLayer: the filtered markers clustered for the current
// zoom level, and a spatial index of them for picking. Rebuilt only when the layer's content or
// the integer zoom level changes; panning only re-places the sprites. Projected positions are
// kept per model row and refreshed only for the rows a dataChanged names, so a stream of small
// updates costs a re-clustering (linear, allocation-free) rather than 20,000 projections.
class MarkerLayerView : public QObject
{
public:
    explicit MarkerLayerView(MapMarkerLayer *layer);

    MapMarkerLayer *layer() const { return m_layer; }
    // Re-evaluate every marker (the clock moved a relative time window).
    void invalidateAll()
    {
        m_allRowsStale = true;
        m_dirty = true;
    }
    // Returns true when it rebuilt.
    bool update(int bucketZoom);

    // The cluster (index into clusters()) whose symbol is under `itemPoint`, or -1.
    int hitTest(const MapViewport& viewport, const QPointF& itemPoint);
    const std::vector<MarkerClusterer::Cluster>& clusters() const { return m_clusterer.clusters(); }
    const MarkerClusterer& clusterer() const { return m_clusterer; }
    // Markers after filtering (what the layer shows, clustered or not).
    int acceptedCount() const { return int(m_inputs.size()); }

    // Sprites of the clusters and markers inside `itemRect`; the selection ring goes to `overlay`.
    void appendQuads(const MapViewport& viewport, const QRectF& itemRect, SpriteAtlas& atlas,
                     const QFont& countFont, const QString& selectedId,
                     std::vector<TexturedQuad>& quads, std::vector<TexturedQuad>& overlay) const;

private:
    struct Row
    {
        QPointF position; // Web Mercator unit square
        bool accepted = false;
    };
    void attachModel();
    void refreshRows(int first, int last, const QDateTime& now);

    QPointer<MapMarkerLayer> m_layer;
    QPointer<MapMarkerModel> m_model;
    bool m_dirty = true;
    bool m_allRowsStale = true; // filters or structure changed: refresh every row
    std::vector<std::pair<int, int>> m_staleRanges; // rows a dataChanged named
    std::vector<Row> m_rows;
    int m_bucket = -1;
    MarkerClusterer m_clusterer;
    std::vector<MarkerClusterer::Input> m_inputs;
    SpatialGrid m_grid{64}; // world pixels at m_bucket; built on the first pick after a rebuild
    bool m_gridStale = true;
};

} // namespace ioc::map
