// SPDX-License-Identifier: GPL-3.0-or-later
// MapView: selection, picking, marker layers, choropleth and style properties.
#include "Logging.h"
#include "MapView.h"
#include "MarkerLayerView.h"

#include <QCursor>

#include <cmath>
#include <limits>

namespace ioc::map {

void MapView::setSelectedMarkerId(const QString& id)
{
    if (m_selectedMarkerId == id)
        return;
    m_selectedMarkerId = id;
    emit selectedMarkerIdChanged();
    scheduleFrame();
}

void MapView::setSelectedUnitCode(const QString& code)
{
    if (m_selectedUnit == code)
        return;
    m_selectedUnit = code;
    emit selectedUnitChanged();
    scheduleFrame();
}

void MapView::setPickingMode(bool picking)
{
    if (m_pickingMode == picking)
        return;
    m_pickingMode = picking;
    setCursor(picking ? Qt::CrossCursor : Qt::ArrowCursor);
    emit pickingModeChanged();
    scheduleFrame();
}

void MapView::setPickedCoordinate(const QGeoCoordinate& coordinate)
{
    const int unit = m_data && coordinate.isValid() ? m_data->unitAt(coordinate) : -1;
    const QString code = unit < 0 ? QString() : m_data->units()[std::size_t(unit)].code;
    if (m_picked == coordinate && m_pickedUnit == code)
        return;
    m_picked = coordinate;
    m_pickedUnit = code;
    emit pickedChanged();
    scheduleFrame();
}

void MapView::pick(const QGeoCoordinate& coordinate)
{
    setPickedCoordinate(coordinate);
    emit locationPicked(m_picked, m_pickedUnit, pickedUnitName());
}

QQmlListProperty<MapMarkerLayer> MapView::layers()
{
    return {this,
            nullptr,
            &MapView::appendLayer,
            &MapView::layerCount,
            &MapView::layerAt,
            &MapView::clearLayers};
}

void MapView::appendLayer(QQmlListProperty<MapMarkerLayer> *list, MapMarkerLayer *layer)
{
    auto *view = static_cast<MapView *>(list->object);
    if (!layer)
        return;
    view->m_layers.emplace_back(layer);
    view->syncLayerViews();
}

qsizetype MapView::layerCount(QQmlListProperty<MapMarkerLayer> *list)
{
    return qsizetype(static_cast<MapView *>(list->object)->m_layers.size());
}

MapMarkerLayer *MapView::layerAt(QQmlListProperty<MapMarkerLayer> *list, qsizetype index)
{
    return static_cast<MapView *>(list->object)->m_layers[std::size_t(index)];
}

void MapView::clearLayers(QQmlListProperty<MapMarkerLayer> *list)
{
    auto *view = static_cast<MapView *>(list->object);
    view->m_layers.clear();
    view->syncLayerViews();
}

void MapView::syncLayerViews()
{
    for (auto& v : m_layerViews) {
        if (v->layer())
            v->layer()->disconnect(this);
    }
    m_layerViews.clear();
    for (const auto& layer : m_layers) {
        if (!layer)
            continue;
        // The view tracks which rows changed; many changes in one frame cost one rebuild in
        // the next polish.
        m_layerViews.push_back(std::make_unique<MarkerLayerView>(layer));
        connect(layer, &MapMarkerLayer::contentChanged, this, &MapView::scheduleFrame);
        connect(layer, &QObject::destroyed, this, [this] {
            std::erase_if(m_layers, [](const QPointer<MapMarkerLayer>& l) { return !l; });
            syncLayerViews();
        });
    }
    scheduleFrame();
}

void MapView::updateLayers()
{
    const int bucket = int(std::floor(m_zoom));
    for (auto& view : m_layerViews)
        view->update(bucket);
}

void MapView::setUnitValues(const QVariantMap& values)
{
    if (m_unitValues == values)
        return;
    m_unitValues = values;
    updateChoropleth();
    emit unitValuesChanged();
    scheduleFrame();
}

void MapView::setChoroplethColors(const QList<QColor>& colors)
{
    if (colors.isEmpty() || m_scale.stops() == colors)
        return;
    m_scale.setStops(colors);
    updateChoropleth();
    emit unitValuesChanged();
    scheduleFrame();
}

void MapView::updateChoropleth()
{
    m_unitFills.clear();
    if (!m_data || m_unitValues.isEmpty())
        return;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    std::vector<double> values(std::size_t(m_data->unitCount()), std::nan(""));
    for (auto it = m_unitValues.cbegin(); it != m_unitValues.cend(); ++it) {
        bool ok = false;
        const double v = it.value().toDouble(&ok);
        const int unit = m_data->indexOf(it.key());
        if (!ok || unit < 0 || !std::isfinite(v)) {
            qCDebug(lcMap) << "choropleth value ignored for" << it.key();
            continue;
        }
        values[std::size_t(unit)] = v;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    if (!std::isfinite(lo))
        return;
    m_scale.setRange(lo, hi);
    m_unitFills.resize(values.size(), 0); // transparent: no value, the land shows through
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i])) {
            QColor c = m_scale.colorAt(values[i]);
            c.setAlphaF(0.82f);
            m_unitFills[i] = c.rgba();
        }
    }
}

void MapView::setLabelsVisible(bool visible)
{
    if (m_labelsVisible == visible)
        return;
    m_labelsVisible = visible;
    emit styleChanged();
    scheduleFrame();
}

void MapView::setInsetEnabled(bool enabled)
{
    if (m_insetEnabled == enabled)
        return;
    m_insetEnabled = enabled;
    emit styleChanged();
    scheduleFrame();
}

void MapView::setBorderColor(const QColor& color)
{
    if (m_borderColor == color)
        return;
    m_borderColor = color;
    emit styleChanged();
    scheduleFrame();
}

void MapView::setLabelColor(const QColor& color)
{
    if (m_labelColor == color)
        return;
    m_labelColor = color;
    m_labelAtlas = SpriteAtlas(m_atlasDpr > 0 ? m_atlasDpr : 1.0); // names are baked in colour
    emit styleChanged();
    scheduleFrame();
}

void MapView::setAccentColor(const QColor& color)
{
    if (m_accentColor == color)
        return;
    m_accentColor = color;
    emit styleChanged();
    scheduleFrame();
}

} // namespace ioc::map
