// SPDX-License-Identifier: GPL-3.0-or-later
// MapView: mouse, wheel, keyboard, touch and hover.
#include "MapView.h"
#include "MarkerLayerView.h"
#include "WebMercator.h"

#include <QGuiApplication>
#include <QNativeGestureEvent>
#include <QStyleHints>

#include <cmath>

namespace ioc::map {

namespace {

constexpr double kWheelZoomPerNotch = 0.5;
constexpr double kKeyPanFraction = 0.2; // of the view per arrow key press

} // namespace

void MapView::mousePressEvent(QMouseEvent *event)
{
    forceActiveFocus(Qt::MouseFocusReason);
    m_animation.stop();
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position();
    m_pressViewport = viewport();
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    const QPointF delta = event->position() - m_pressPos;
    if (!m_dragging &&
        delta.manhattanLength() >= QGuiApplication::styleHints()->startDragDistance()) {
        m_dragging = true;
        setKeepMouseGrab(true); // a Flickable around us must not steal the pan
    }
    if (m_dragging) {
        m_viewSetByUser = true;
        const MapViewport v = m_pressViewport.pannedBy(delta);
        setView(v.center, v.zoom);
    }
    event->accept();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressed && !m_dragging)
        clickAt(event->position());
    m_pressed = false;
    m_dragging = false;
    setKeepMouseGrab(false);
    event->accept();
}

void MapView::mouseUngrabEvent()
{
    m_pressed = false;
    m_dragging = false;
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    zoomAround(event->position(), m_zoom + 1);
    event->accept();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    // Trackpads send pixel deltas; mice send notches of 120 in angleDelta.
    const double notches = !event->pixelDelta().isNull() ? event->pixelDelta().y() / 120.0
                                                         : event->angleDelta().y() / 120.0;
    if (notches == 0) {
        event->ignore();
        return;
    }
    zoomAround(event->position(), m_zoom + notches * kWheelZoomPerNotch);
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const QPointF step(width() * kKeyPanFraction, height() * kKeyPanFraction);
    const auto pan = [this](QPointF delta) {
        m_viewSetByUser = true;
        const MapViewport v = viewport().pannedBy(delta);
        setView(v.center, v.zoom);
    };
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_Left:
        pan({step.x(), 0});
        break;
    case Qt::Key_Right:
        pan({-step.x(), 0});
        break;
    case Qt::Key_Up:
        pan({0, step.y()});
        break;
    case Qt::Key_Down:
        pan({0, -step.y()});
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Escape:
        if (m_selectedMarkerId.isEmpty() && m_selectedUnit.isEmpty()) {
            event->ignore();
            return;
        }
        setSelectedMarkerId({});
        if (!m_selectedUnit.isEmpty()) {
            setSelectedUnitCode({});
            emit unitSelected({});
        }
        break;
    default:
        event->ignore();
        return;
    }
    event->accept();
}

void MapView::touchEvent(QTouchEvent *event)
{
    const auto& points = event->points();
    if (event->type() == QEvent::TouchCancel) {
        m_pressed = m_dragging = false;
        m_pinchStartDistance = 0;
        return;
    }
    if (points.size() >= 2) {
        const QPointF a = points[0].position();
        const QPointF b = points[1].position();
        const QPointF mid = (a + b) / 2;
        const double distance = std::hypot(a.x() - b.x(), a.y() - b.y());
        if (m_pinchStartDistance <= 0 || points[0].state() == QEventPoint::Pressed ||
            points[1].state() == QEventPoint::Pressed) {
            m_pinchStartDistance = std::max(distance, 1.0);
            m_pinchStartViewport = viewport();
            m_pinchStartMid = mid;
            m_dragging = true; // a pinch never ends as a tap
        }
        // Zoom about where the fingers started, then follow their midpoint.
        const double zoom = m_pinchStartViewport.zoom + std::log2(distance / m_pinchStartDistance);
        const MapViewport v = m_pinchStartViewport.zoomedAround(m_pinchStartMid, zoom)
                                  .pannedBy(mid - m_pinchStartMid);
        m_viewSetByUser = true;
        setView(v.center, v.zoom);
        event->accept();
        return;
    }
    m_pinchStartDistance = 0;
    if (points.isEmpty())
        return;
    const QEventPoint& p = points.front();
    switch (p.state()) {
    case QEventPoint::Pressed:
        m_animation.stop();
        m_pressed = true;
        m_dragging = false;
        m_pressPos = p.position();
        m_pressViewport = viewport();
        break;
    case QEventPoint::Updated: {
        const QPointF delta = p.position() - m_pressPos;
        if (m_pressed && (m_dragging || delta.manhattanLength() >=
                                            QGuiApplication::styleHints()->startDragDistance())) {
            m_dragging = true;
            m_viewSetByUser = true;
            const MapViewport v = m_pressViewport.pannedBy(delta);
            setView(v.center, v.zoom);
        }
        break;
    }
    case QEventPoint::Released:
        if (m_pressed && !m_dragging && event->points().size() == 1)
            clickAt(p.position());
        m_pressed = m_dragging = false;
        break;
    default:
        break;
    }
    event->accept();
}

bool MapView::event(QEvent *event)
{
    // Trackpad pinch on platforms that deliver it as a native gesture.
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAround(gesture->position(), m_zoom + std::log2(1.0 + gesture->value()));
            return true;
        }
    }
    return QQuickItem::event(event);
}

void MapView::clickAt(const QPointF& itemPoint)
{
    if (insetArea().contains(itemPoint)) {
        fitToUnit(m_data->units()[std::size_t(m_data->remoteUnits().front())].code);
        return;
    }
    if (m_pickingMode) {
        pick(pointToCoordinate(itemPoint));
        return;
    }
    updateLayers(); // the models may have changed since the last frame
    const MapViewport vp = viewport();
    for (auto it = m_layerViews.rbegin(); it != m_layerViews.rend(); ++it) {
        const int hit = (*it)->hitTest(vp, itemPoint);
        if (hit < 0)
            continue;
        const auto& c = (*it)->clusters()[std::size_t(hit)];
        if (c.count > 1) {
            // A cluster opens up: fly to its members.
            m_viewSetByUser = true;
            MapViewport target = MapViewport::fitting(c.bounds, size(), 60, m_maxZoom);
            target.zoom = std::max(target.zoom, std::floor(m_zoom) + 2);
            animateTo(target);
            return;
        }
        const QString id = (*it)->layer()->model()->at(c.row).id;
        setSelectedMarkerId(id);
        emit selected(id);
        return;
    }
    const QString code = unitCodeAt(itemPoint);
    const QString next = code == m_selectedUnit ? QString() : code; // a second click deselects
    if (next == m_selectedUnit)
        return;
    setSelectedUnitCode(next);
    emit unitSelected(next);
}

void MapView::hoverMoveEvent(QHoverEvent *event)
{
    hoverAt(event->position());
}

void MapView::hoverLeaveEvent(QHoverEvent *)
{
    clearHover();
}

void MapView::clearHover()
{
    if (!m_hoveredMarker.isEmpty()) {
        m_hoveredMarker.clear();
        emit hoveredMarkerChanged();
    }
    if (!m_hoveredUnit.isEmpty()) {
        m_hoveredUnit.clear();
        emit hoveredUnitChanged();
        scheduleFrame();
    }
}

void MapView::hoverAt(const QPointF& itemPoint)
{
    if (insetArea().contains(itemPoint)) {
        clearHover();
        return;
    }
    updateLayers();
    const MapViewport vp = viewport();
    QVariantMap info;
    for (auto it = m_layerViews.rbegin(); it != m_layerViews.rend() && info.isEmpty(); ++it) {
        const int hit = (*it)->hitTest(vp, itemPoint);
        if (hit < 0)
            continue;
        const auto& c = (*it)->clusters()[std::size_t(hit)];
        const MapMarker& m = (*it)->layer()->model()->at(c.row);
        info = {{QStringLiteral("id"), c.count == 1 ? m.id : QString()},
                {QStringLiteral("count"), c.count},
                {QStringLiteral("layer"), (*it)->layer()->title()},
                {QStringLiteral("kind"), m.kind},
                {QStringLiteral("label"), c.count == 1 ? m.label : QString()},
                {QStringLiteral("severity"), c.count == 1 ? m.severity : c.maxSeverity},
                {QStringLiteral("overdue"), c.count == 1 ? m.overdue : c.anyOverdue},
                {QStringLiteral("timestamp"), c.count == 1 ? m.timestamp : QDateTime()},
                {QStringLiteral("x"), vp.toItem(c.position).x()},
                {QStringLiteral("y"), vp.toItem(c.position).y()}};
    }
    if (info != m_hoveredMarker) {
        m_hoveredMarker = info;
        emit hoveredMarkerChanged();
    }
    const QString unit = info.isEmpty() ? unitCodeAt(itemPoint) : QString();
    if (unit != m_hoveredUnit) {
        m_hoveredUnit = unit;
        emit hoveredUnitChanged();
        scheduleFrame();
    }
}

} // namespace ioc::map
