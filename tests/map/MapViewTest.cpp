// SPDX-License-Identifier: GPL-3.0-or-later
// MapView driven like an operator would: mouse, wheel, keyboard, touch, hover; selection,
// picking, layers, choropleth and the remote-island inset.
#include "MapView.h"
#include "LandmarkFixture.h"
#include "MapMarkerLayer.h"
#include "MapMarkerModel.h"
#include "WebMercator.h"

#include <QPointingDevice>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Ioc_MapPlugin)

using namespace ioc::map;

namespace {

const char *kScene = R"(
import QtQuick
import Ioc.Map
Window {
    width: 1000; height: 700; visible: true
    property alias map: map
    property alias markers: markers
    property alias layer: layer
    MapMarkerModel { id: markers }
    MapView {
        id: map
        anchors.fill: parent
        animationDuration: 0
        layers: [ MapMarkerLayer { id: layer; title: "Incidents"; model: markers } ]
    }
}
)";

bool close(const QPointF& a, const QPointF& b, double tolerance)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y()) <= tolerance;
}

} // namespace

class MapViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void startsFramingTheCity();
    void fitsToAUnit();
    void wheelZoomsAroundTheCursor();
    void keyboardZoomsPansAndGoesHome();
    void dragPans();
    void pinchZooms();
    void clickSelectsAndDeselectsUnits();
    void pickingResolvesTheUnit();
    void clickSelectsAMarker();
    void clickOnAClusterZoomsIn();
    void hoverDescribesTheMarker();
    void hiddenOrExpiredMarkersAreNotPickable();
    void choroplethRange();
    void insetFliesToTheRemoteIsland();
    void cleanupTestCase();

private:
    QPointF pointOf(const QGeoCoordinate& c) const { return m_map->coordinateToPoint(c); }
    void addMarker(const QString& id, const QGeoCoordinate& c, const QDateTime& t = {});
    void waitForFrame() { QVERIFY(QQuickTest::qWaitForPolish(m_window.get())); }

    QQmlEngine m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    MapView *m_map = nullptr;
    MapMarkerModel *m_markers = nullptr;
    MapMarkerLayer *m_layer = nullptr;
    QPointingDevice *m_touch = nullptr;
};

void MapViewTest::initTestCase()
{
    m_engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&m_engine);
    component.setData(kScene, QUrl());
    m_window.reset(qobject_cast<QQuickWindow *>(component.create()));
    QVERIFY2(m_window, qPrintable(component.errorString()));
    m_map = m_window->property("map").value<MapView *>();
    m_markers = m_window->property("markers").value<MapMarkerModel *>();
    m_layer = m_window->property("layer").value<MapMarkerLayer *>();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy ready(m_map, &MapView::readyChanged);
    QTRY_VERIFY(m_map->isReady());
    m_touch = QTest::createTouchDevice();
}

void MapViewTest::init()
{
    m_markers->clear();
    m_layer->setVisible(true);
    m_layer->setTimeWindow(MapMarkerLayer::AnyTime);
    m_map->setPickingMode(false);
    m_map->setSelectedUnitCode({});
    m_map->setSelectedMarkerId({});
    m_map->setUnitValues({});
    m_map->fitAll();
    waitForFrame();
}

void MapViewTest::addMarker(const QString& id, const QGeoCoordinate& c, const QDateTime& t)
{
    QVERIFY(m_markers->upsert(MapMarker{.id = id,
                                        .kind = QStringLiteral("incident"),
                                        .latitude = c.latitude(),
                                        .longitude = c.longitude(),
                                        .severity = 3,
                                        .label = QStringLiteral("Label ") + id,
                                        .timestamp = t}));
}

void MapViewTest::startsFramingTheCity()
{
    const QRectF item(0, 0, m_map->width(), m_map->height());
    for (const Landmark& l : readLandmarks()) {
        if (l.unitCode == QLatin1String("11948"))
            QVERIFY2(!item.contains(pointOf(l.coordinate)), "Bạch Long Vĩ is in the inset");
        else
            QVERIFY2(item.contains(pointOf(l.coordinate)), qPrintable(l.id));
    }
    QVERIFY(m_map->zoomLevel() > 8.5 && m_map->zoomLevel() < 10.5);
}

void MapViewTest::fitsToAUnit()
{
    QVERIFY(!m_map->fitToUnit(QStringLiteral("00000")));
    QVERIFY(m_map->fitToUnit(QStringLiteral("11413")));
    const MapData *data = m_map->mapData();
    const QRectF b = data->shapeBounds(data->indexOf(QStringLiteral("11413")));
    const QRectF onScreen(pointOf(data->toCoordinate(b.topLeft())),
                          pointOf(data->toCoordinate(b.bottomRight())));
    const QRectF item(0, 0, m_map->width(), m_map->height());
    QVERIFY(item.contains(onScreen));
    QVERIFY(onScreen.width() > item.width() * 0.9 || onScreen.height() > item.height() * 0.9);
    QVERIFY(m_map->zoomLevel() > 12);
}

void MapViewTest::wheelZoomsAroundTheCursor()
{
    const QGeoCoordinate catBi = landmark(QStringLiteral("cat_bi_airport")).coordinate;
    const QPointF at = pointOf(catBi);
    const double zoom = m_map->zoomLevel();
    QWheelEvent wheel(at, m_window->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QGuiApplication::sendEvent(m_window.get(), &wheel);
    QVERIFY(qAbs(m_map->zoomLevel() - (zoom + 1.0)) < 1e-9); // two notches, half a level each
    QVERIFY2(close(pointOf(catBi), at, 0.01), "the point under the cursor stays under it");
}

void MapViewTest::keyboardZoomsPansAndGoesHome()
{
    m_map->forceActiveFocus();
    const double home = m_map->zoomLevel();
    const QGeoCoordinate centre = m_map->center();
    QTest::keyClick(m_window.get(), Qt::Key_Plus);
    QCOMPARE(m_map->zoomLevel(), home + 1);
    QCOMPARE(m_map->center(), centre);
    QTest::keyClick(m_window.get(), Qt::Key_Left);
    QVERIFY(m_map->center().longitude() < centre.longitude()); // looking further west
    QTest::keyClick(m_window.get(), Qt::Key_Up);
    QVERIFY(m_map->center().latitude() > centre.latitude());
    QTest::keyClick(m_window.get(), Qt::Key_Minus);
    QTest::keyClick(m_window.get(), Qt::Key_Minus);
    QVERIFY(qAbs(m_map->zoomLevel() - (home - 1)) < 1e-9);
    QTest::keyClick(m_window.get(), Qt::Key_Home);
    QCOMPARE(m_map->zoomLevel(), home);
}

void MapViewTest::dragPans()
{
    const QPointF from(300, 300);
    const QPointF to(520, 410);
    const QGeoCoordinate grabbed = m_map->pointToCoordinate(from);
    QSignalSpy units(m_map, &MapView::unitSelected);
    QTest::mousePress(m_window.get(), Qt::LeftButton, {}, from.toPoint());
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(m_window.get(), (from + (to - from) * i / 10.0).toPoint());
    QTest::mouseRelease(m_window.get(), Qt::LeftButton, {}, to.toPoint());
    QVERIFY2(close(pointOf(grabbed), to, 0.5), "the map follows the pointer");
    QCOMPARE(units.count(), 0); // a drag is not a click
}

void MapViewTest::pinchZooms()
{
    const double zoom = m_map->zoomLevel();
    const QPoint mid(500, 350);
    const QGeoCoordinate under = m_map->pointToCoordinate(mid);
    QTest::touchEvent(m_window.get(), m_touch)
        .press(0, mid - QPoint(50, 0))
        .press(1, mid + QPoint(50, 0));
    QTest::touchEvent(m_window.get(), m_touch)
        .move(0, mid - QPoint(75, 0))
        .move(1, mid + QPoint(75, 0));
    QTest::touchEvent(m_window.get(), m_touch)
        .move(0, mid - QPoint(100, 0))
        .move(1, mid + QPoint(100, 0));
    QTest::touchEvent(m_window.get(), m_touch)
        .release(0, mid - QPoint(100, 0))
        .release(1, mid + QPoint(100, 0));
    QVERIFY2(qAbs(m_map->zoomLevel() - (zoom + 1)) < 1e-6, "fingers twice as far apart: one level");
    QVERIFY(close(pointOf(under), mid, 0.5));
}

void MapViewTest::clickSelectsAndDeselectsUnits()
{
    QSignalSpy units(m_map, &MapView::unitSelected);
    const QPoint at = pointOf(landmark(QStringLiteral("cat_bi_airport")).coordinate).toPoint();
    QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, at);
    QCOMPARE(units.count(), 1);
    QCOMPARE(units[0][0].toString(), QStringLiteral("11413"));
    QCOMPARE(m_map->selectedUnitName(), QStringLiteral("Phường Hải An"));
    QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, at);
    QCOMPARE(units.count(), 2);
    QCOMPARE(units[1][0].toString(), QString());
    QCOMPARE(m_map->selectedUnitCode(), QString());
}

void MapViewTest::pickingResolvesTheUnit()
{
    m_map->setPickingMode(true);
    QSignalSpy picked(m_map, &MapView::locationPicked);
    QSignalSpy units(m_map, &MapView::unitSelected);
    const Landmark centre = landmark(QStringLiteral("ttcthc_bac_song_cam"));
    m_map->setCenter(centre.coordinate);
    m_map->setZoomLevel(15);
    QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, pointOf(centre.coordinate).toPoint());
    QCOMPARE(picked.count(), 1);
    const auto where = picked[0][0].value<QGeoCoordinate>();
    QVERIFY(where.distanceTo(centre.coordinate) < 5); // within a pixel at zoom 15
    QCOMPARE(picked[0][1].toString(), QStringLiteral("11560"));
    QCOMPARE(picked[0][2].toString(), QStringLiteral("Phường Thủy Nguyên"));
    QCOMPARE(m_map->pickedUnitName(), QStringLiteral("Phường Thủy Nguyên"));
    QCOMPARE(units.count(), 0); // picking does not select units
    // Mid-span of the Tân Vũ–Lạch Huyện bridge is at sea: a point, no unit.
    const Landmark bridge = landmark(QStringLiteral("cau_tan_vu_lach_huyen"));
    m_map->setCenter(bridge.coordinate);
    QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, pointOf(bridge.coordinate).toPoint());
    QCOMPARE(picked.count(), 2);
    QCOMPARE(m_map->pickedUnitCode(), QString());
    QVERIFY(m_map->pickedCoordinate().isValid());
}

void MapViewTest::clickSelectsAMarker()
{
    const QGeoCoordinate station = landmark(QStringLiteral("ga_hai_phong")).coordinate;
    addMarker(QStringLiteral("m1"), station);
    addMarker(QStringLiteral("m2"), QGeoCoordinate(station.latitude() + 0.01, station.longitude()));
    m_map->setCenter(station);
    m_map->setZoomLevel(16);
    QSignalSpy selected(m_map, &MapView::selected);
    QSignalSpy units(m_map, &MapView::unitSelected);
    // A few pixels off the centre still hits the symbol.
    QTest::mouseClick(m_window.get(), Qt::LeftButton, {},
                      (pointOf(station) + QPointF(4, -3)).toPoint());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected[0][0].toString(), QStringLiteral("m1"));
    QCOMPARE(m_map->selectedMarkerId(), QStringLiteral("m1"));
    QCOMPARE(units.count(), 0);
    m_map->forceActiveFocus();
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QCOMPARE(m_map->selectedMarkerId(), QString());
}

void MapViewTest::clickOnAClusterZoomsIn()
{
    const QGeoCoordinate c = landmark(QStringLiteral("svd_lach_tray")).coordinate;
    for (int i = 0; i < 40; ++i)
        addMarker(QStringLiteral("c%1").arg(i), QGeoCoordinate(c.latitude() + (i % 7) * 0.0004,
                                                               c.longitude() + (i / 7) * 0.0004));
    waitForFrame();
    const double zoom = m_map->zoomLevel();
    QSignalSpy selected(m_map, &MapView::selected);
    QTest::mouseClick(
        m_window.get(), Qt::LeftButton, {},
        pointOf(QGeoCoordinate(c.latitude() + 0.0012, c.longitude() + 0.001)).toPoint());
    QCOMPARE(selected.count(), 0);
    QVERIFY2(m_map->zoomLevel() >= std::floor(zoom) + 2, "a cluster opens by zooming in");
    QVERIFY(m_map->center().distanceTo(c) < 500);
}

void MapViewTest::hoverDescribesTheMarker()
{
    const QGeoCoordinate port = landmark(QStringLiteral("cang_hoang_dieu")).coordinate;
    addMarker(QStringLiteral("h1"), port);
    m_map->setCenter(port);
    m_map->setZoomLevel(16);
    QSignalSpy hovered(m_map, &MapView::hoveredMarkerChanged);
    QTest::mouseMove(m_window.get(), (pointOf(port) + QPointF(2, 2)).toPoint());
    QTRY_COMPARE(m_map->hoveredMarker().value(QStringLiteral("id")).toString(),
                 QStringLiteral("h1"));
    QCOMPARE(m_map->hoveredMarker().value(QStringLiteral("label")).toString(),
             QStringLiteral("Label h1"));
    QCOMPARE(m_map->hoveredMarker().value(QStringLiteral("layer")).toString(),
             QStringLiteral("Incidents"));
    QTest::mouseMove(m_window.get(), (pointOf(port) + QPointF(80, 80)).toPoint());
    QTRY_VERIFY(m_map->hoveredMarker().isEmpty());
    QVERIFY(!m_map->hoveredUnitCode().isEmpty()); // over land: the unit is named instead
}

void MapViewTest::hiddenOrExpiredMarkersAreNotPickable()
{
    const QGeoCoordinate hospital = landmark(QStringLiteral("bv_viet_tiep")).coordinate;
    const QDateTime now(QDate(2025, 7, 1), QTime(12, 0), Qt::UTC);
    addMarker(QStringLiteral("old"), hospital, now.addSecs(-2 * 3600));
    m_map->setCenter(hospital);
    m_map->setZoomLevel(16);
    QSignalSpy selected(m_map, &MapView::selected);
    const QPoint at = pointOf(hospital).toPoint();
    m_layer->setVisible(false);
    QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, at);
    QCOMPARE(selected.count(), 0);
    m_layer->setVisible(true);
    m_layer->setReferenceTime(now);
    m_layer->setTimeWindow(MapMarkerLayer::LastHour);
    QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, at);
    QCOMPARE(selected.count(), 0);
    m_layer->setTimeWindow(MapMarkerLayer::Last6Hours);
    QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, at);
    QCOMPARE(selected.count(), 1);
    m_layer->setReferenceTime({});
}

void MapViewTest::choroplethRange()
{
    QSignalSpy changed(m_map, &MapView::unitValuesChanged);
    m_map->setUnitValues({{QStringLiteral("11413"), 12},
                          {QStringLiteral("11560"), 3.5},
                          {QStringLiteral("nope"), 99},
                          {QStringLiteral("11311"), QStringLiteral("x")}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_map->choroplethMinimum(), 3.5);
    QCOMPARE(m_map->choroplethMaximum(), 12.0);
    QCOMPARE(m_map->choroplethColor(12), m_map->choroplethColors().back());
}

void MapViewTest::insetFliesToTheRemoteIsland()
{
    waitForFrame();
    const QPointF inset(m_map->width() - 12 - 90, m_map->height() - 12 - 70);
    QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, inset.toPoint());
    const QGeoCoordinate blv = landmark(QStringLiteral("dao_bach_long_vi")).coordinate;
    QVERIFY2(m_map->center().distanceTo(blv) < 3000, "centred on Bạch Long Vĩ");
    QVERIFY(m_map->zoomLevel() > 12);
    QVERIFY(QRectF(0, 0, m_map->width(), m_map->height()).contains(pointOf(blv)));
}

void MapViewTest::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(MapViewTest)
#include "MapViewTest.moc"
