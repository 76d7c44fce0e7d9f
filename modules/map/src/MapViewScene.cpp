// SPDX-License-Identifier: GPL-3.0-or-later
// MapView: preparing a frame (GUI thread, updatePolish) and updating the scene graph from it
// (render thread, updatePaintNode).
#include "LabelLayout.h"
#include "MapView.h"
#include "MapViewFrame.h"
#include "MarkerLayerView.h"
#include "OfflineMapBackend.h"
#include "WebMercator.h"
#include "nodes/PolygonLayer.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QSGRectangleNode>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace ioc::map {

namespace {

// Bottom to top: base layer (backend), unit fills and borders, hovered and selected unit
// outlines, unit names, one batch per marker layer, selection ring and picked-location pin.
class MapRootNode final : public QSGNode
{
public:
    explicit MapRootNode(QQuickWindow *window)
        : units(PolygonLayer::create(window))
        , hover(PolygonLayer::create(window))
        , selection(PolygonLayer::create(window))
        , labels(QuadBatch::create(window))
        , overlay(QuadBatch::create(window))
        , insetBorder(window->createRectangleNode())
        , insetBackground(window->createRectangleNode())
        , inset(PolygonLayer::create(window))
        , insetLabel(QuadBatch::create(window))
    {
        appendChildNode(baseContainer);
        appendChildNode(units->node());
        appendChildNode(hover->node());
        appendChildNode(selection->node());
        appendChildNode(labels->node());
        appendChildNode(markerContainer);
        appendChildNode(overlay->node());
        appendChildNode(insetBorder);
        appendChildNode(insetBackground);
        appendChildNode(inset->node());
        appendChildNode(insetLabel->node());
    }

    QSGNode *baseContainer = new QSGNode;
    QSGNode *baseNode = nullptr;
    const MapBackend *baseBackend = nullptr;
    PolygonLayer *units;
    PolygonLayer *hover;
    PolygonLayer *selection;
    QuadBatch *labels;
    QSGNode *markerContainer = new QSGNode;
    std::vector<QuadBatch *> markers;
    QuadBatch *overlay;
    QSGRectangleNode *insetBorder;
    QSGRectangleNode *insetBackground;
    PolygonLayer *inset;
    QuadBatch *insetLabel;
    // What the nodes were last built from; "never" for a new root.
    static constexpr quint64 kNever = ~quint64(0);
    quint64 unitsVersion = kNever;
    quint64 highlightVersion = kNever;
    quint64 labelsVersion = kNever;
    quint64 markersVersion = kNever;
    quint64 insetVersion = kNever;
};

// Whole pixels: sprites are blitted 1:1, never resampled.
QRectF centred(const QPointF& centre, const QSizeF& size)
{
    return QRectF(std::round(centre.x() - size.width() / 2),
                  std::round(centre.y() - size.height() / 2), size.width(), size.height());
}

} // namespace

void MapView::updatePolish()
{
    Frame& f = *m_frame;
    const MapViewport vp = viewport();
    f.viewport = vp;
    f.moving = m_moving;
    f.itemRect = QRectF(0, 0, width(), height());
    if (!m_data || size().isEmpty())
        return;

    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    if (dpr != m_atlasDpr) {
        m_atlasDpr = dpr;
        m_markerAtlas = SpriteAtlas(dpr);
        m_labelAtlas = SpriteAtlas(dpr);
    }

    const int level = m_data->levelForZoom(m_zoom);
    const std::vector<QRgb>& fills = m_unitFills;
    if (f.data != m_data || f.level != level || f.unitFills != fills ||
        f.borderColor != m_borderColor) {
        f.data = m_data;
        f.level = level;
        f.unitFills = fills;
        f.borderColor = m_borderColor;
        ++f.unitsVersion;
    }
    const int selected = m_data->indexOf(m_selectedUnit);
    const int hovered = m_data->indexOf(m_hoveredUnit);
    if (f.selectedShape != selected || f.hoveredShape != hovered ||
        f.accentColor != m_accentColor || f.highlightUnitsVersion != f.unitsVersion) {
        f.selectedShape = selected;
        f.hoveredShape = hovered;
        f.accentColor = m_accentColor;
        f.highlightUnitsVersion = f.unitsVersion;
        ++f.highlightVersion;
    }

    prepareInset(vp, f);
    // Names move with the map but their choice depends on the zoom only.
    const auto labelsKey = std::make_tuple(vp.center, vp.zoom, vp.size, m_labelsVisible,
                                           f.insetVisible, m_labelAtlas.generation(), m_data.get());
    if (labelsKey != m_labelsKey) {
        prepareLabels(vp, f);
        m_labelsKey = labelsKey;
    }
    f.labelAtlas = m_labelAtlas.image();
    f.labelAtlasVersion = m_labelAtlas.version();
    updateLayers();
    f.layerQuads.assign(m_layerViews.size(), {});
    f.overlayQuads.clear();
    QFont countFont = QGuiApplication::font();
    countFont.setPixelSize(12);
    countFont.setBold(true);
    for (std::size_t i = 0; i < m_layerViews.size(); ++i) {
        m_layerViews[i]->appendQuads(vp, f.itemRect, m_markerAtlas, countFont, m_selectedMarkerId,
                                     f.layerQuads[i], f.overlayQuads);
    }
    prepareOverlay(vp, f);
    f.markerAtlas = m_markerAtlas.image();
    f.markerAtlasVersion = m_markerAtlas.version();
    ++f.markersVersion;
}

void MapView::prepareLabels(const MapViewport& vp, Frame& f)
{
    f.labelQuads.clear();
    ++f.labelsVersion;
    if (!m_labelsVisible)
        return;
    QFont font = QGuiApplication::font();
    font.setPixelSize(12);
    QFont zoneFont = font;
    zoneFont.setPixelSize(13);
    zoneFont.setBold(true);
    const QColor halo(0, 0, 0, 200);
    const double scale = vp.worldSize() / kMapUnitsPerWorld; // pixels per map unit

    // Priority: the special zones, then larger units first.
    std::vector<int> order(std::size_t(m_data->unitCount()));
    std::iota(order.begin(), order.end(), 0);
    const auto& units = m_data->units();
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const bool za = units[std::size_t(a)].type == AdminUnit::Type::SpecialZone;
        const bool zb = units[std::size_t(b)].type == AdminUnit::Type::SpecialZone;
        if (za != zb)
            return za;
        return units[std::size_t(a)].areaKm2 > units[std::size_t(b)].areaKm2;
    });
    const auto& remote = m_data->remoteUnits();
    std::vector<LabelCandidate> candidates;
    std::vector<SpriteAtlas::Sprite> sprites;
    std::vector<QPointF> offsets; // from the label point, pixels
    std::vector<int> units_;
    for (int i : order) {
        if (f.insetVisible && std::find(remote.begin(), remote.end(), i) != remote.end())
            continue; // the inset names it
        const AdminUnit& u = units[std::size_t(i)];
        const bool zone = u.type == AdminUnit::Type::SpecialZone;
        const auto sprite = m_labelAtlas.text(u.code, zone ? u.fullName : u.name,
                                              zone ? zoneFont : font, m_labelColor, halo);
        const QSizeF unitSize = m_data->shapeBounds(i).size() * scale;
        // A special zone too small to hold its name gets it underneath, not over the island.
        QPointF offset;
        if (zone && unitSize.height() < sprite.size.height() * 2)
            offset.setY(std::max(unitSize.height() / 2, 6.0) + sprite.size.height() / 2 + 2);
        candidates.push_back({WebMercator::project(u.labelPoint) * vp.worldSize() + offset,
                              sprite.size, unitSize, zone});
        sprites.push_back(sprite);
        offsets.push_back(offset);
        units_.push_back(i);
    }
    const QRectF cull = f.itemRect.adjusted(-200, -40, 200, 40);
    for (int c : placeLabels(candidates)) {
        const auto ci = std::size_t(c);
        const AdminUnit& u = units[std::size_t(units_[ci])];
        const QPointF at = vp.toItem(WebMercator::project(u.labelPoint));
        if (!cull.contains(at))
            continue;
        const QSizeF unitSize = candidates[ci].unitSize;
        if (std::max(unitSize.width(), unitSize.height()) < 10) {
            // Too small to see: ring it so the island is not lost.
            const auto ring = m_labelAtlas.symbol(SpriteAtlas::Shape::Halo, m_labelColor, 22);
            f.labelQuads.push_back({centred(at, ring.size), ring.source});
        }
        f.labelQuads.push_back({centred(at + offsets[ci], sprites[ci].size), sprites[ci].source});
    }
}

QColor MapView::landColor() const
{
    const auto *offline = qobject_cast<const OfflineMapBackend *>(m_backend.data());
    return offline ? offline->landColor() : QColor(0x1d, 0x2a, 0x37);
}

QRectF MapView::insetArea() const
{
    if (!m_data || !m_insetEnabled || m_data->remoteUnits().empty())
        return {};
    const MapViewport vp = viewport();
    QRectF area; // map units
    for (int u : m_data->remoteUnits())
        area |= m_data->shapeBounds(u);
    const QTransform toItem = vp.localToItem(m_data->toUnitSquare({0, 0}), kMapUnitsPerWorld);
    const QRectF onScreen = toItem.mapRect(area);
    const QSizeF box(180, 140);
    // Only around city zoom: zoomed into a street, the corner is worth more than the island.
    const QRectF main(m_data->toUnitSquare(m_data->mainBounds().topLeft()),
                      m_data->toUnitSquare(m_data->mainBounds().bottomRight()));
    const double cityZoom = MapViewport::fitting(main, size(), 0, m_maxZoom).zoom;
    const bool wanted = width() >= 3 * box.width() && height() >= 2 * box.height() &&
                        vp.zoom < cityZoom + 1.5 &&
                        (!onScreen.intersects(QRectF(QPointF(0, 0), size())) ||
                         std::max(onScreen.width(), onScreen.height()) < 12);
    if (!wanted)
        return {};
    return QRectF(width() - box.width() - 12, height() - box.height() - 12, box.width(),
                  box.height());
}

void MapView::prepareInset(const MapViewport&, Frame& f)
{
    const auto& remote = m_data->remoteUnits();
    const QRectF rect = insetArea();
    const bool wanted = !rect.isNull();
    QRectF area; // map units
    for (int u : remote)
        area |= m_data->shapeBounds(u);
    const QSizeF box = rect.size();
    std::vector<QRgb> fills;
    for (int u : remote)
        fills.push_back(m_unitFills.empty() ? landColor().rgba() : m_unitFills[std::size_t(u)]);
    if (!wanted) {
        if (f.insetVisible) {
            f.insetVisible = false;
            ++f.insetVersion;
        }
        return;
    }
    constexpr double kLabelHeight = 24;
    const QRectF unitSquare(m_data->toUnitSquare(area.topLeft()),
                            m_data->toUnitSquare(area.bottomRight()));
    const MapViewport local =
        MapViewport::fitting(unitSquare, QSizeF(box.width(), box.height() - kLabelHeight), 16, 15);
    const QTransform transform =
        local.localToItem(m_data->toUnitSquare({0, 0}), kMapUnitsPerWorld) *
        QTransform::fromTranslate(rect.x(), rect.y());
    const int level = m_data->levelForZoom(local.zoom);
    const auto *offline = qobject_cast<const OfflineMapBackend *>(m_backend.data());
    const QColor background = offline ? offline->backgroundColor() : QColor(0x0d, 0x13, 0x1a);
    if (!f.insetVisible || f.insetRect != rect || f.insetTransform != transform ||
        f.insetLevel != level || f.insetShapes != remote || f.insetFills != fills ||
        f.insetBackground != background || f.insetAtlasGeneration != m_labelAtlas.generation()) {
        f.insetAtlasGeneration = m_labelAtlas.generation();
        f.insetVisible = true;
        f.insetRect = rect;
        f.insetTransform = transform;
        f.insetLevel = level;
        f.insetShapes = remote;
        f.insetFills = fills;
        f.insetBackground = background;
        f.insetLabelQuads.clear();
        QFont font = QGuiApplication::font();
        font.setPixelSize(12);
        font.setBold(true);
        const AdminUnit& u = m_data->units()[std::size_t(remote.front())];
        const auto sprite = m_labelAtlas.text(QStringLiteral("inset:") + u.code, u.fullName, font,
                                              m_labelColor, QColor(0, 0, 0, 200));
        f.insetLabelQuads.push_back(
            {centred(QPointF(rect.center().x(), rect.bottom() - kLabelHeight / 2), sprite.size),
             sprite.source});
        ++f.insetVersion;
    }
}

void MapView::prepareOverlay(const MapViewport& vp, Frame& f)
{
    if (!m_picked.isValid())
        return;
    const auto pin = m_markerAtlas.symbol(SpriteAtlas::Shape::Pin, m_accentColor, 30);
    const QPointF tip = vp.toItem(WebMercator::project(m_picked));
    // The pin's tip (bottom centre of the sprite) is on the picked point.
    f.overlayQuads.push_back({QRectF(QPointF(std::round(tip.x() - pin.size.width() / 2),
                                             std::round(tip.y() - pin.size.height())),
                                     pin.size),
                              pin.source});
}

QSGNode *MapView::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *root = static_cast<MapRootNode *>(old);
    if (!root)
        root = new MapRootNode(window());
    const Frame& f = *m_frame;

    // Base layer: the backend owns its subtree; a new backend starts from scratch.
    if (root->baseBackend != m_backend.data() && root->baseNode) {
        root->baseContainer->removeChildNode(root->baseNode);
        delete root->baseNode;
        root->baseNode = nullptr;
    }
    root->baseBackend = m_backend.data();
    if (m_backend) {
        QSGNode *base = m_backend->updateNode(root->baseNode,
                                              {window(), f.viewport, f.itemRect, f.data, f.moving});
        if (base != root->baseNode) {
            if (root->baseNode) {
                root->baseContainer->removeChildNode(root->baseNode);
                delete root->baseNode;
            }
            if (base)
                root->baseContainer->appendChildNode(base);
            root->baseNode = base;
        }
    }
    if (!f.data)
        return root;

    const QTransform toItem =
        f.viewport.localToItem(f.data->toUnitSquare({0, 0}), kMapUnitsPerWorld);
    if (root->unitsVersion != f.unitsVersion) {
        std::vector<int> all(std::size_t(f.data->unitCount()));
        std::iota(all.begin(), all.end(), 0);
        root->units->setShapes(f.data, f.level, std::move(all), f.unitFills);
        root->units->setStroke(f.borderColor, 1);
    }
    if (root->highlightVersion != f.highlightVersion || root->unitsVersion != f.unitsVersion) {
        QColor tint = f.accentColor;
        tint.setAlphaF(0.22f);
        if (f.hoveredShape >= 0)
            root->hover->setShapes(f.data, f.level, {f.hoveredShape}, {});
        else
            root->hover->setShapes(nullptr, 0, {}, {});
        root->hover->setStroke(QColor(255, 255, 255, 150), 1.5);
        if (f.selectedShape >= 0)
            root->selection->setShapes(f.data, f.level, {f.selectedShape}, {tint.rgba()});
        else
            root->selection->setShapes(nullptr, 0, {}, {});
        root->selection->setStroke(f.accentColor, 3);
        root->highlightVersion = f.highlightVersion;
    }
    root->unitsVersion = f.unitsVersion;
    for (PolygonLayer *layer : {root->units, root->hover, root->selection, root->inset})
        layer->setAntialiasing(!f.moving);
    root->units->setTransform(toItem, f.itemRect);
    root->hover->setTransform(toItem, f.itemRect);
    root->selection->setTransform(toItem, f.itemRect);

    root->labels->setAtlas(f.labelAtlas, f.labelAtlasVersion); // no-op unless it grew
    root->insetLabel->setAtlas(f.labelAtlas, f.labelAtlasVersion);
    if (root->labelsVersion != f.labelsVersion) {
        root->labels->setQuads(f.labelQuads);
        root->labelsVersion = f.labelsVersion;
    }
    if (root->insetVersion != f.insetVersion) {
        root->insetBorder->setRect(f.insetVisible ? f.insetRect.adjusted(-1, -1, 1, 1) : QRectF());
        root->insetBorder->setColor(f.borderColor);
        root->insetBackground->setRect(f.insetVisible ? f.insetRect : QRectF());
        root->insetBackground->setColor(f.insetBackground);
        if (f.insetVisible)
            root->inset->setShapes(f.data, f.insetLevel, f.insetShapes, f.insetFills);
        else
            root->inset->setShapes(nullptr, 0, {}, {});
        root->inset->setStroke(QColor(0x7f, 0x9c, 0xb8), 1);
        root->inset->setTransform(f.insetTransform, f.insetRect);
        root->insetLabel->setQuads(f.insetVisible ? f.insetLabelQuads
                                                  : std::vector<TexturedQuad>{});
        root->insetVersion = f.insetVersion;
    }
    if (root->markersVersion != f.markersVersion) {
        while (root->markers.size() > f.layerQuads.size()) {
            QSGNode *n = root->markers.back()->node();
            root->markerContainer->removeChildNode(n);
            delete n;
            root->markers.pop_back();
        }
        while (root->markers.size() < f.layerQuads.size()) {
            root->markers.push_back(QuadBatch::create(window()));
            root->markerContainer->appendChildNode(root->markers.back()->node());
        }
        for (std::size_t i = 0; i < f.layerQuads.size(); ++i) {
            root->markers[i]->setAtlas(f.markerAtlas, f.markerAtlasVersion);
            root->markers[i]->setQuads(f.layerQuads[i]);
        }
        root->overlay->setAtlas(f.markerAtlas, f.markerAtlasVersion);
        root->overlay->setQuads(f.overlayQuads);
        root->markersVersion = f.markersVersion;
    }
    return root;
}

} // namespace ioc::map
