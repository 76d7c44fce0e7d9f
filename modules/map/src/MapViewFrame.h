// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapView.h"
#include "nodes/QuadBatch.h"

namespace ioc::map {

// Everything updatePolish (GUI thread) prepares for updatePaintNode (render thread, GUI
// blocked). Versions say what changed, so the nodes rebuild only that.
struct MapView::Frame
{
    MapViewport viewport;
    QRectF itemRect;
    std::shared_ptr<const MapData> data;
    int level = -1;
    bool moving = false; // the view changed within the last moments

    quint64 unitsVersion = 0; // level, data, fills or border colour changed
    std::vector<QRgb> unitFills;
    QColor borderColor;
    quint64 highlightVersion = 0; // selected/hovered unit, accent or the units changed
    quint64 highlightUnitsVersion = 0;
    int selectedShape = -1;
    int hoveredShape = -1;
    QColor accentColor;

    quint64 labelsVersion = 0;
    std::vector<TexturedQuad> labelQuads;
    QImage labelAtlas;
    quint64 labelAtlasVersion = 0;

    // Inset for remote units (Bạch Long Vĩ) when they are off screen or too small to see.
    bool insetVisible = false;
    QRectF insetRect;
    QTransform insetTransform; // map units → item pixels inside insetRect
    int insetLevel = -1;
    std::vector<int> insetShapes;
    std::vector<QRgb> insetFills;
    QColor insetBackground;
    quint64 insetAtlasGeneration = 0;
    quint64 insetVersion = 0;
    std::vector<TexturedQuad> insetLabelQuads;

    quint64 markersVersion = 0;
    std::vector<std::vector<TexturedQuad>> layerQuads;
    std::vector<TexturedQuad> overlayQuads; // selection ring, picked-location pin
    QImage markerAtlas;
    quint64 markerAtlasVersion = 0;
};

} // namespace ioc::map
