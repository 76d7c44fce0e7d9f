// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChoroplethScale.h"
#include "MapBackend.h"
#include "MapData.h"
#include "MapMarkerLayer.h"
#include "MapViewport.h"
#include "SpriteAtlas.h"

#include <QGeoCoordinate>
#include <QPointer>
#include <QQmlListProperty>
#include <QQuickItem>
#include <QTimer>
#include <QVariantAnimation>

#include <memory>
#include <tuple>
#include <vector>

namespace ioc::map {

class MarkerLayerView;

// The city map: commune-level units from the shipped data over a pluggable base layer, marker
// layers with clustering, a choropleth of a per-unit value, unit selection and location picking.
// A scene-graph item: panning and zooming move transforms, geometry is rebuilt only when the
// level of detail or the data changes. Mouse, keyboard and touch (drag, wheel, +/−, arrows,
// pinch).
class MapView : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewChanged)
    Q_PROPERTY(qreal zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewChanged)
    Q_PROPERTY(qreal minimumZoomLevel READ minimumZoomLevel WRITE setMinimumZoomLevel NOTIFY
                   zoomLimitsChanged)
    Q_PROPERTY(qreal maximumZoomLevel READ maximumZoomLevel WRITE setMaximumZoomLevel NOTIFY
                   zoomLimitsChanged)
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    // True while the view pans or zooms and for a moment after; the settled frame is drawn then.
    Q_PROPERTY(bool moving READ isMoving NOTIFY movingChanged)
    Q_PROPERTY(ioc::map::MapBackend *backend READ backend WRITE setBackend NOTIFY backendChanged)
    Q_PROPERTY(QQmlListProperty<ioc::map::MapMarkerLayer> layers READ layers)
    Q_PROPERTY(QString selectedMarkerId READ selectedMarkerId WRITE setSelectedMarkerId NOTIFY
                   selectedMarkerIdChanged)
    Q_PROPERTY(QVariantMap hoveredMarker READ hoveredMarker NOTIFY hoveredMarkerChanged)
    Q_PROPERTY(QString selectedUnitCode READ selectedUnitCode WRITE setSelectedUnitCode NOTIFY
                   selectedUnitChanged)
    Q_PROPERTY(QString selectedUnitName READ selectedUnitName NOTIFY selectedUnitChanged)
    Q_PROPERTY(QString hoveredUnitCode READ hoveredUnitCode NOTIFY hoveredUnitChanged)
    Q_PROPERTY(QString hoveredUnitName READ hoveredUnitName NOTIFY hoveredUnitChanged)
    Q_PROPERTY(bool pickingMode READ pickingMode WRITE setPickingMode NOTIFY pickingModeChanged)
    Q_PROPERTY(QGeoCoordinate pickedCoordinate READ pickedCoordinate WRITE setPickedCoordinate
                   NOTIFY pickedChanged)
    Q_PROPERTY(QString pickedUnitCode READ pickedUnitCode NOTIFY pickedChanged)
    Q_PROPERTY(QString pickedUnitName READ pickedUnitName NOTIFY pickedChanged)
    Q_PROPERTY(QVariantMap unitValues READ unitValues WRITE setUnitValues NOTIFY unitValuesChanged)
    Q_PROPERTY(QList<QColor> choroplethColors READ choroplethColors WRITE setChoroplethColors NOTIFY
                   unitValuesChanged)
    Q_PROPERTY(qreal choroplethMinimum READ choroplethMinimum NOTIFY unitValuesChanged)
    Q_PROPERTY(qreal choroplethMaximum READ choroplethMaximum NOTIFY unitValuesChanged)
    Q_PROPERTY(bool labelsVisible READ labelsVisible WRITE setLabelsVisible NOTIFY styleChanged)
    Q_PROPERTY(QColor borderColor READ borderColor WRITE setBorderColor NOTIFY styleChanged)
    Q_PROPERTY(QColor labelColor READ labelColor WRITE setLabelColor NOTIFY styleChanged)
    Q_PROPERTY(QColor accentColor READ accentColor WRITE setAccentColor NOTIFY styleChanged)
    Q_PROPERTY(int animationDuration READ animationDuration WRITE setAnimationDuration NOTIFY
                   animationDurationChanged)
    // Units far from the rest (Bạch Long Vĩ) get an inset in the bottom-right corner whenever
    // they are off screen or too small to see; clicking it flies there.
    Q_PROPERTY(bool insetEnabled READ insetEnabled WRITE setInsetEnabled NOTIFY styleChanged)

public:
    explicit MapView(QQuickItem *parent = nullptr);
    ~MapView() override;

    QGeoCoordinate center() const;
    void setCenter(const QGeoCoordinate& center);
    qreal zoomLevel() const { return m_zoom; }
    void setZoomLevel(qreal zoom);
    qreal minimumZoomLevel() const { return m_minZoom; }
    void setMinimumZoomLevel(qreal zoom);
    qreal maximumZoomLevel() const { return m_maxZoom; }
    void setMaximumZoomLevel(qreal zoom);
    QString source() const { return m_source; }
    void setSource(const QString& source);
    bool isReady() const { return bool(m_data); }
    bool isMoving() const { return m_moving; }
    MapBackend *backend() const { return m_backend; }
    void setBackend(MapBackend *backend);
    QQmlListProperty<MapMarkerLayer> layers();
    QString selectedMarkerId() const { return m_selectedMarkerId; }
    void setSelectedMarkerId(const QString& id);
    QVariantMap hoveredMarker() const { return m_hoveredMarker; }
    QString selectedUnitCode() const { return m_selectedUnit; }
    void setSelectedUnitCode(const QString& code);
    QString selectedUnitName() const { return fullNameOf(m_selectedUnit); }
    QString hoveredUnitCode() const { return m_hoveredUnit; }
    QString hoveredUnitName() const { return fullNameOf(m_hoveredUnit); }
    bool pickingMode() const { return m_pickingMode; }
    void setPickingMode(bool picking);
    QGeoCoordinate pickedCoordinate() const { return m_picked; }
    void setPickedCoordinate(const QGeoCoordinate& coordinate);
    QString pickedUnitCode() const { return m_pickedUnit; }
    QString pickedUnitName() const { return fullNameOf(m_pickedUnit); }
    QVariantMap unitValues() const { return m_unitValues; }
    void setUnitValues(const QVariantMap& values);
    QList<QColor> choroplethColors() const { return m_scale.stops(); }
    void setChoroplethColors(const QList<QColor>& colors);
    qreal choroplethMinimum() const { return m_scale.minimum(); }
    qreal choroplethMaximum() const { return m_scale.maximum(); }
    bool labelsVisible() const { return m_labelsVisible; }
    void setLabelsVisible(bool visible);
    QColor borderColor() const { return m_borderColor; }
    void setBorderColor(const QColor& color);
    QColor labelColor() const { return m_labelColor; }
    void setLabelColor(const QColor& color);
    QColor accentColor() const { return m_accentColor; }
    void setAccentColor(const QColor& color);
    bool insetEnabled() const { return m_insetEnabled; }
    void setInsetEnabled(bool enabled);
    int animationDuration() const { return m_animation.duration(); }
    void setAnimationDuration(int ms);

    // Frames the unit (by code) or the whole city; false when the code is unknown.
    Q_INVOKABLE bool fitToUnit(const QString& code);
    Q_INVOKABLE void fitAll();
    Q_INVOKABLE void zoomIn() { zoomAround(centerPoint(), m_zoom + 1); }
    Q_INVOKABLE void zoomOut() { zoomAround(centerPoint(), m_zoom - 1); }
    Q_INVOKABLE QPointF coordinateToPoint(const QGeoCoordinate& coordinate) const;
    Q_INVOKABLE QGeoCoordinate pointToCoordinate(const QPointF& point) const;
    // {code, name, fullName} of the unit containing the coordinate; empty at sea/outside.
    Q_INVOKABLE QVariantMap unitAt(const QGeoCoordinate& coordinate) const;
    Q_INVOKABLE QColor choroplethColor(qreal value) const { return m_scale.colorAt(value); }

    MapViewport viewport() const;
    const MapData *mapData() const { return m_data.get(); }

signals:
    void viewChanged();
    void zoomLimitsChanged();
    void sourceChanged();
    void readyChanged();
    void movingChanged();
    void backendChanged();
    void selectedMarkerIdChanged();
    void hoveredMarkerChanged();
    void selectedUnitChanged();
    void hoveredUnitChanged();
    void pickingModeChanged();
    void pickedChanged();
    void unitValuesChanged();
    void styleChanged();
    void animationDurationChanged();
    // A marker was clicked (open its details).
    void selected(const QString& id);
    // A unit was clicked, or the selection cleared (empty code): other views filter by it.
    void unitSelected(const QString& code);
    // Picking mode: the user set a point.
    void locationPicked(const QGeoCoordinate& coordinate, const QString& unitCode,
                        const QString& unitName);
    void loadFailed(const QString& error);

protected:
    void componentComplete() override;
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;
    void updatePolish() override;
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseUngrabEvent() override;
    void wheelEvent(QWheelEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void hoverLeaveEvent(QHoverEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void touchEvent(QTouchEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Frame; // what updatePolish prepared for updatePaintNode

    void load();
    void onLoaded(std::shared_ptr<const MapData> data, const QString& error);
    void setView(const QPointF& center, double zoom);
    void animateTo(const MapViewport& target);
    void zoomAround(const QPointF& itemPoint, double zoom);
    QPointF centerPoint() const { return {width() / 2, height() / 2}; }
    void clickAt(const QPointF& itemPoint);
    void hoverAt(const QPointF& itemPoint);
    void clearHover();
    void pick(const QGeoCoordinate& coordinate);
    QString fullNameOf(const QString& code) const;
    QString unitCodeAt(const QPointF& itemPoint) const;
    void updateLayers();
    void updateChoropleth();
    void scheduleFrame();
    void syncLayerViews();
    void prepareLabels(const MapViewport& viewport, Frame& frame);
    void prepareOverlay(const MapViewport& viewport, Frame& frame);
    void prepareInset(const MapViewport& viewport, Frame& frame);
    // Where the remote-island inset is drawn now; null when it is not shown.
    QRectF insetArea() const;
    QColor landColor() const;

    static void appendLayer(QQmlListProperty<MapMarkerLayer> *list, MapMarkerLayer *layer);
    static qsizetype layerCount(QQmlListProperty<MapMarkerLayer> *list);
    static MapMarkerLayer *layerAt(QQmlListProperty<MapMarkerLayer> *list, qsizetype index);
    static void clearLayers(QQmlListProperty<MapMarkerLayer> *list);

    std::shared_ptr<const MapData> m_data;
    QString m_source = QStringLiteral(":/Ioc/Map/data/haiphong.iocmap");
    QPointF m_center{0.5, 0.5}; // Web Mercator unit square
    double m_zoom = 10;
    double m_minZoom = 7;
    double m_maxZoom = 19;
    bool m_viewSetByUser = false;
    QString m_pendingFit; // fitToUnit before the data arrived ("*" = fitAll)
    QPointer<MapBackend> m_backend;
    MapBackend *m_defaultBackend = nullptr;
    std::vector<QPointer<MapMarkerLayer>> m_layers;
    std::vector<std::unique_ptr<MarkerLayerView>> m_layerViews;
    QString m_selectedMarkerId;
    QVariantMap m_hoveredMarker;
    QString m_selectedUnit;
    QString m_hoveredUnit;
    bool m_pickingMode = false;
    QGeoCoordinate m_picked;
    QString m_pickedUnit;
    QVariantMap m_unitValues;
    std::vector<QRgb> m_unitFills;
    ChoroplethScale m_scale;
    bool m_labelsVisible = true;
    bool m_insetEnabled = true;
    QColor m_borderColor{0x45, 0x5d, 0x75};
    QColor m_labelColor{0xd5, 0xdf, 0xe8};
    QColor m_accentColor{0x47, 0xb8, 0xf0};
    QVariantAnimation m_animation;
    MapViewport m_animationFrom;
    MapViewport m_animationTo;
    QTimer m_clockTimer;  // time-window layers age out markers
    QTimer m_settleTimer; // the view stopped moving: draw the smooth frame
    bool m_moving = false;
    SpriteAtlas m_markerAtlas;
    SpriteAtlas m_labelAtlas;
    qreal m_atlasDpr = 0;
    std::unique_ptr<Frame> m_frame;
    // Labels are laid out again only when one of these changed (see updatePolish).
    std::tuple<QPointF, double, QSizeF, bool, bool, quint64, const MapData *> m_labelsKey;

    // Pointer state: a press becomes a drag past the platform's drag distance, else a click.
    QPointF m_pressPos;
    MapViewport m_pressViewport;
    bool m_dragging = false;
    bool m_pressed = false;
    // Touch: one finger pans, two pinch (zoom about their midpoint) and pan.
    double m_pinchStartDistance = 0;
    MapViewport m_pinchStartViewport;
    QPointF m_pinchStartMid;
};

} // namespace ioc::map
