// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapView.h"
#include "Logging.h"
#include "MapDataCache.h"
#include "MapViewFrame.h"
#include "MarkerLayerView.h"
#include "OfflineMapBackend.h"
#include "WebMercator.h"

#include <QEasingCurve>
#include <QQuickWindow>

#include <algorithm>
#include <cmath>

namespace ioc::map {

namespace {

constexpr double kFitMargin = 24; // pixels left around a fitted unit or city

} // namespace

MapView::MapView(QQuickItem *parent)
    : QQuickItem(parent)
    , m_frame(std::make_unique<Frame>())
{
    setFlag(ItemHasContents);
    setFlag(ItemIsFocusScope);
    setActiveFocusOnTab(true);
    setClip(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(true);
    setAcceptTouchEvents(true);

    m_defaultBackend = new OfflineMapBackend(this);
    setBackend(m_defaultBackend);

    m_animation.setDuration(250);
    m_animation.setEasingCurve(QEasingCurve::OutCubic);
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        // Interpolate the zoom linearly and the centre in the pixels of the moving zoom, so the
        // flight looks straight rather than curving.
        const double t = v.toDouble();
        const double zoom = m_animationFrom.zoom + (m_animationTo.zoom - m_animationFrom.zoom) * t;
        setView(m_animationFrom.center + (m_animationTo.center - m_animationFrom.center) * t, zoom);
    });

    m_clockTimer.setInterval(30'000);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        bool aged = false;
        for (auto& view : m_layerViews) {
            if (view->layer() && view->layer()->dependsOnClock()) {
                view->invalidateAll();
                aged = true;
            }
        }
        if (aged)
            scheduleFrame();
    });
    m_clockTimer.start();

    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(150);
    connect(&m_settleTimer, &QTimer::timeout, this, [this] {
        m_moving = false;
        emit movingChanged();
        scheduleFrame();
    });
}

MapView::~MapView() = default;

void MapView::componentComplete()
{
    QQuickItem::componentComplete();
    load();
}

void MapView::setSource(const QString& source)
{
    if (m_source == source)
        return;
    m_source = source;
    emit sourceChanged();
    if (isComponentComplete())
        load();
}

void MapView::load()
{
    QString path = m_source;
    if (path.startsWith(QLatin1String("qrc:")))
        path = path.mid(3);
    MapDataCache::request(path, this,
                          [this](std::shared_ptr<const MapData> data, const QString& error) {
                              onLoaded(data, error);
                          });
}

void MapView::onLoaded(std::shared_ptr<const MapData> data, const QString& error)
{
    if (!data) {
        emit loadFailed(error);
        return;
    }
    const bool wasReady = isReady();
    m_data = std::move(data);
    updateChoropleth();
    if (!m_pendingFit.isEmpty()) {
        const QString code = std::exchange(m_pendingFit, {});
        if (code == QLatin1String("*") || !fitToUnit(code))
            fitAll();
    } else if (!m_viewSetByUser) {
        fitAll();
    }
    if (m_picked.isValid())
        setPickedCoordinate(m_picked); // resolve its unit now that the data is here
    if (!wasReady)
        emit readyChanged();
    emit selectedUnitChanged();
    scheduleFrame();
}

QGeoCoordinate MapView::center() const
{
    return WebMercator::unproject(m_center);
}

void MapView::setCenter(const QGeoCoordinate& center)
{
    if (!center.isValid())
        return;
    m_viewSetByUser = true;
    m_animation.stop();
    setView(WebMercator::project(center), m_zoom);
}

void MapView::setZoomLevel(qreal zoom)
{
    m_viewSetByUser = true;
    m_animation.stop();
    setView(m_center, zoom);
}

void MapView::setView(const QPointF& center, double zoom)
{
    zoom = std::clamp(zoom, m_minZoom, m_maxZoom);
    QPointF c = center;
    if (m_data) {
        // Keep the city reachable: the centre may not leave the data's bounds.
        const QRectF b(m_data->toUnitSquare(m_data->bounds().topLeft()),
                       m_data->toUnitSquare(m_data->bounds().bottomRight()));
        c.setX(std::clamp(c.x(), b.left(), b.right()));
        c.setY(std::clamp(c.y(), b.top(), b.bottom()));
    }
    if (c == m_center && zoom == m_zoom)
        return;
    m_center = c;
    m_zoom = zoom;
    m_settleTimer.start();
    if (!std::exchange(m_moving, true))
        emit movingChanged();
    emit viewChanged();
    scheduleFrame();
}

void MapView::setMinimumZoomLevel(qreal zoom)
{
    if (m_minZoom == zoom)
        return;
    m_minZoom = zoom;
    emit zoomLimitsChanged();
    setView(m_center, m_zoom);
}

void MapView::setMaximumZoomLevel(qreal zoom)
{
    if (m_maxZoom == zoom)
        return;
    m_maxZoom = zoom;
    emit zoomLimitsChanged();
    setView(m_center, m_zoom);
}

MapViewport MapView::viewport() const
{
    return {m_center, m_zoom, size()};
}

void MapView::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (m_data && !m_viewSetByUser && oldGeometry.size().isEmpty() && !size().isEmpty())
        fitAll();
    scheduleFrame();
}

void MapView::animateTo(const MapViewport& target)
{
    m_animation.stop();
    if (m_animation.duration() <= 0 || !isVisible()) {
        setView(target.center, target.zoom);
        return;
    }
    m_animationFrom = viewport();
    m_animationTo = target;
    m_animation.start();
}

void MapView::zoomAround(const QPointF& itemPoint, double zoom)
{
    m_viewSetByUser = true;
    m_animation.stop();
    const MapViewport v =
        viewport().zoomedAround(itemPoint, std::clamp(zoom, m_minZoom, m_maxZoom));
    setView(v.center, v.zoom);
}

bool MapView::fitToUnit(const QString& code)
{
    if (!m_data) {
        m_pendingFit = code;
        return true; // decided when the data arrives
    }
    const int shape = m_data->indexOf(code);
    if (shape < 0)
        return false;
    m_viewSetByUser = true;
    const QRectF b = m_data->shapeBounds(shape);
    const QRectF area(m_data->toUnitSquare(b.topLeft()), m_data->toUnitSquare(b.bottomRight()));
    animateTo(MapViewport::fitting(area, size(), kFitMargin, std::min(m_maxZoom, 16.0)));
    return true;
}

void MapView::fitAll()
{
    if (!m_data) {
        m_pendingFit = QStringLiteral("*");
        return;
    }
    if (size().isEmpty())
        return; // geometryChange fits once there is a size
    // The main body of the city; remote islands show in the inset.
    const QRectF b = m_data->mainBounds();
    const QRectF area(m_data->toUnitSquare(b.topLeft()), m_data->toUnitSquare(b.bottomRight()));
    const MapViewport v = MapViewport::fitting(area, size(), kFitMargin, m_maxZoom);
    m_animation.stop();
    setView(v.center, v.zoom);
}

QPointF MapView::coordinateToPoint(const QGeoCoordinate& coordinate) const
{
    return viewport().toItem(WebMercator::project(coordinate));
}

QGeoCoordinate MapView::pointToCoordinate(const QPointF& point) const
{
    return WebMercator::unproject(viewport().toUnitSquare(point));
}

QVariantMap MapView::unitAt(const QGeoCoordinate& coordinate) const
{
    const int i = m_data ? m_data->unitAt(coordinate) : -1;
    if (i < 0)
        return {};
    const AdminUnit& u = m_data->units()[std::size_t(i)];
    return {{QStringLiteral("code"), u.code},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("fullName"), u.fullName}};
}

QString MapView::fullNameOf(const QString& code) const
{
    const AdminUnit *u = m_data && !code.isEmpty() ? m_data->unit(code) : nullptr;
    return u ? u->fullName : QString();
}

QString MapView::unitCodeAt(const QPointF& itemPoint) const
{
    if (!m_data)
        return {};
    const int i = m_data->unitAtMap(m_data->toMap(viewport().toUnitSquare(itemPoint)));
    return i < 0 ? QString() : m_data->units()[std::size_t(i)].code;
}

void MapView::setBackend(MapBackend *backend)
{
    if (m_backend == backend)
        return;
    if (m_backend)
        m_backend->disconnect(this);
    m_backend = backend ? backend : m_defaultBackend;
    connect(m_backend, &MapBackend::changed, this, &MapView::scheduleFrame);
    emit backendChanged();
    scheduleFrame();
}

void MapView::scheduleFrame()
{
    polish();
    update();
}

void MapView::setAnimationDuration(int ms)
{
    if (m_animation.duration() == ms)
        return;
    m_animation.setDuration(std::max(0, ms));
    emit animationDurationChanged();
}

} // namespace ioc::map
