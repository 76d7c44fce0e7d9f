// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapMarkerLayer.h"
#include "MapViewport.h"
#include "MarkerClusterer.h"
#include "SpatialGrid.h"
#include "nodes/QuadBatch.h"

#include <QPointer>

namespace ioc::map {

class SpriteAtlas;

// What a MapView derives from one MapMarkerLayer: the filtered markers clustered for the current
// zoom level, and a spatial index of them for picking. Rebuilt only when the layer's content or
// the integer zoom level changes; panning only re-places the sprites.
class MarkerLayerView
{
public:
    explicit MarkerLayerView(MapMarkerLayer* layer);

    MapMarkerLayer* layer() const { return m_layer; }
    void invalidate() { m_dirty = true; }
    // Returns true when it rebuilt.
    bool update(int bucketZoom);

    // The cluster (index into clusters()) whose symbol is under `itemPoint`, or -1.
    int hitTest(const MapViewport& viewport, const QPointF& itemPoint) const;
    const std::vector<MarkerClusterer::Cluster>& clusters() const { return m_clusterer.clusters(); }
    const MarkerClusterer& clusterer() const { return m_clusterer; }
    // Markers after filtering (what the layer shows, clustered or not).
    int acceptedCount() const { return m_accepted; }

    // Sprites of the clusters and markers inside `itemRect`; the selection ring goes to `overlay`.
    void appendQuads(const MapViewport& viewport, const QRectF& itemRect, SpriteAtlas& atlas,
                     const QFont& countFont, const QString& selectedId,
                     std::vector<TexturedQuad>& quads,
                     std::vector<TexturedQuad>& overlay) const;

private:
    QPointer<MapMarkerLayer> m_layer;
    bool m_dirty = true;
    int m_bucket = -1;
    int m_accepted = 0;
    MarkerClusterer m_clusterer;
    SpatialGrid m_grid{64}; // world pixels at m_bucket
    std::vector<MarkerClusterer::Input> m_inputs;
};

} // namespace ioc::map
