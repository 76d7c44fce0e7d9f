// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the map (software scene graph offscreen; OpenGL when run under Xvfb with
// QSG_RHI_BACKEND=opengl) to PNG files and checks they show a real map.
#include "LandmarkFixture.h"
#include "MapData.h"
#include "MapMarkerModel.h"
#include "MapView.h"
#include "WebMercator.h"

#include <QDir>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSGRendererInterface>
#include <QSet>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>
#include <QtTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Ioc_MapPlugin)

using namespace ioc::map;

namespace {

const char *kScene = R"(
import QtQuick
import Ioc.Map
Window {
    width: 1280; height: 800; visible: true; color: "black"
    property alias map: map
    property alias incidents: incidents
    property alias assets: assets
    MapMarkerModel { id: incidents }
    MapMarkerModel { id: assets }
    MapView {
        id: map
        anchors.fill: parent
        animationDuration: 0
        layers: [
            MapMarkerLayer { title: "assets"; model: assets },
            MapMarkerLayer { title: "incidents"; model: incidents }
        ]
    }
}
)";

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

bool near(QColor a, QColor b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class MapScreenshotTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cityOverview();
    void streetLevel();
    void operatorViews();
    void cleanupTestCase();

private:
    QImage grab(const QString& name);

    QQmlEngine m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    MapView *m_map = nullptr;
    MapMarkerModel *m_incidents = nullptr;
    MapMarkerModel *m_assets = nullptr;
};

void MapScreenshotTest::initTestCase()
{
    m_engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&m_engine);
    component.setData(kScene, QUrl());
    m_window.reset(qobject_cast<QQuickWindow *>(component.create()));
    QVERIFY2(m_window, qPrintable(component.errorString()));
    m_map = m_window->property("map").value<MapView *>();
    m_incidents = m_window->property("incidents").value<MapMarkerModel *>();
    m_assets = m_window->property("assets").value<MapMarkerModel *>();
    QVERIFY(m_map && m_incidents && m_assets);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_map->isReady());

    if (qEnvironmentVariable("IOC_MAP_SCREENSHOT_SUFFIX") == QLatin1String("-opengl")) {
        QCOMPARE(m_window->rendererInterface()->graphicsApi(), QSGRendererInterface::OpenGL);
    }

    // 1,500 incidents spread over the urban core and 300 assets over the whole city (fixed seed).
    QRandomGenerator rng(20250701);
    std::vector<MapMarker> incidents;
    for (int i = 0; i < 1500; ++i) {
        MapMarker m;
        m.id = QStringLiteral("inc-%1").arg(i);
        m.kind = QStringLiteral("incident");
        m.latitude = 20.80 + rng.bounded(0.12);
        m.longitude = 106.62 + rng.bounded(0.20);
        m.severity = 1 + int(rng.bounded(4));
        m.overdue = rng.bounded(10) == 0;
        m.label = QStringLiteral("Incident %1").arg(i);
        incidents.push_back(m);
    }
    m_incidents->setMarkers(std::move(incidents));
    const QStringList kinds{QStringLiteral("camera"), QStringLiteral("sensor.air"),
                            QStringLiteral("sensor.water"), QStringLiteral("report")};
    std::vector<MapMarker> assets;
    for (const Landmark& l : readLandmarks()) {
        MapMarker m;
        m.id = l.id;
        m.kind = kinds[int(assets.size()) % kinds.size()];
        m.latitude = l.coordinate.latitude();
        m.longitude = l.coordinate.longitude();
        m.label = l.name;
        assets.push_back(m);
    }
    m_assets->setMarkers(std::move(assets));
}

QImage MapScreenshotTest::grab(const QString& name)
{
    // The settled frame (antialiased), not the quick one drawn while the view moves.
    if (!QTest::qWaitFor([this] { return !m_map->isMoving(); }, 2000))
        qWarning("the map did not settle; grabbing anyway");
    QImage image = m_window->grabWindow();
    const QString dir = QStringLiteral(IOC_MAP_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name + qEnvironmentVariable("IOC_MAP_SCREENSHOT_SUFFIX") +
                         QStringLiteral(".png");
    if (!image.save(path))
        qWarning() << "could not save" << path;
    qInfo() << "screenshot:" << path;
    return image.convertToFormat(QImage::Format_RGB32);
}

void MapScreenshotTest::cityOverview()
{
    // Choropleth: a value per unit, the largest for phường Hải An (Cát Bi airport).
    QVariantMap values;
    const MapData *data = m_map->mapData();
    for (int i = 0; i < data->unitCount(); ++i)
        values.insert(data->units()[std::size_t(i)].code, i % 7);
    values.insert(QStringLiteral("11413"), 20);
    m_map->setUnitValues(values);
    m_map->fitAll();
    const QImage image = grab(QStringLiteral("map-city"));
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
    QVERIFY2(distinctColours(image) > 40, "a map has many colours");

    // Outside the city: the backdrop. Inside Hải An (away from its label): the top colour of the
    // choropleth scale blended over the land.
    const QColor backdrop(0x0d, 0x13, 0x1a);
    QVERIFY(near(image.pixelColor(3, 3), backdrop, 2));
    const QGeoCoordinate catBi = landmark(QStringLiteral("cat_bi_airport")).coordinate;
    const QGeoCoordinate inHaiAn(catBi.latitude() - 0.004, catBi.longitude() + 0.01);
    QCOMPARE(data->units()[std::size_t(data->unitAt(inHaiAn))].code, QStringLiteral("11413"));
    const QPointF p = m_map->coordinateToPoint(inHaiAn) * m_window->devicePixelRatio();
    const QColor top = m_map->choroplethColors().back();
    const QColor land(0x1d, 0x2a, 0x37);
    const QColor expected(int(top.red() * 0.82 + land.red() * 0.18),
                          int(top.green() * 0.82 + land.green() * 0.18),
                          int(top.blue() * 0.82 + land.blue() * 0.18));
    bool found = false; // markers may cover the exact point: look around it
    for (int dy = -6; dy <= 6 && !found; dy += 3) {
        for (int dx = -6; dx <= 6 && !found; dx += 3)
            found = near(image.pixelColor(int(p.x()) + dx, int(p.y()) + dy), expected, 6);
    }
    QVERIFY2(found, "phường Hải An is filled with the highest choropleth colour");

    // Bạch Long Vĩ, 100 km out at sea, is off this view: the inset in the bottom-right corner
    // shows it (island pixels above the inset's caption).
    const qreal dpr = m_window->devicePixelRatio();
    const QPointF blv =
        m_map->coordinateToPoint(landmark(QStringLiteral("dao_bach_long_vi")).coordinate);
    QVERIFY(!QRectF(0, 0, m_map->width(), m_map->height()).contains(blv));
    const QRect inset(int((m_map->width() - 12 - 180) * dpr),
                      int((m_map->height() - 12 - 140) * dpr), int(180 * dpr),
                      int((140 - 24) * dpr));
    QVERIFY(image.rect().contains(inset));
    int island = 0;
    for (int y = inset.top() + 2; y < inset.bottom() - 2; ++y) {
        for (int x = inset.left() + 2; x < inset.right() - 2; ++x)
            island += !near(image.pixelColor(x, y), backdrop, 3);
    }
    // ≈3,400 with the inset; ≈400 without (a few islets of Cát Hải reach into that corner).
    QVERIFY2(island > 2000,
             qPrintable(QStringLiteral("island pixels in the inset: %1").arg(island)));
    m_map->setUnitValues({});
}

void MapScreenshotTest::streetLevel()
{
    const Landmark catBi = landmark(QStringLiteral("cat_bi_airport"));
    m_map->setSelectedUnitCode(catBi.unitCode);
    m_map->setPickedCoordinate(catBi.coordinate);
    m_map->setCenter(catBi.coordinate);
    m_map->setZoomLevel(14.5);
    QCOMPARE(m_map->pickedUnitName(), QStringLiteral("Phường Hải An"));
    const QImage image = grab(QStringLiteral("map-street"));
    QVERIFY2(distinctColours(image) > 40, "a map has many colours");
    // The selected unit's outline is drawn in the accent colour somewhere on screen.
    const QColor accent = m_map->accentColor();
    int accentPixels = 0;
    for (int y = 0; y < image.height(); y += 1) {
        for (int x = 0; x < image.width(); x += 1)
            accentPixels += near(image.pixelColor(x, y), accent, 12);
    }
    QVERIFY2(accentPixels > 200, qPrintable(QStringLiteral("accent pixels: %1").arg(accentPixels)));
}

void MapScreenshotTest::operatorViews()
{
    // The components as the console shows them: the operator map with its controls, a
    // choropleth and a hovered marker, and the incident form's location picker after a click.
    const char *scene = R"(
import QtQuick
import QtQuick.Controls
import Ioc.Map
ApplicationWindow {
    width: 1600; height: 800; visible: true
    palette.window: "#121a23"; palette.windowText: "#f3f6f9"; palette.base: "#1a2430"
    palette.text: "#f3f6f9"; palette.button: "#1a2430"; palette.buttonText: "#f3f6f9"
    palette.highlight: "#47b8f0"; palette.toolTipBase: "#1a2430"; palette.toolTipText: "#f3f6f9"
    property alias operatorMap: operatorMap
    property alias picker: picker
    Row {
        anchors.fill: parent
        OperatorMap {
            id: operatorMap
            width: 1100; height: parent.height
            map.animationDuration: 0
            choroplethTitle: "Open incidents"
        }
        LocationPicker {
            id: picker
            width: 500; height: parent.height
            map.animationDuration: 0
        }
    }
}
)";
    QQmlComponent component(&m_engine);
    component.setData(scene, QUrl());
    std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow *>(component.create()));
    QVERIFY2(window, qPrintable(component.errorString()));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *operatorMap = window->property("operatorMap").value<QQuickItem *>();
    auto *map = operatorMap->property("map").value<MapView *>();
    auto *picker = window->property("picker").value<QQuickItem *>();
    auto *pickerMap = picker->property("map").value<MapView *>();
    QTRY_VERIFY(map->isReady() && pickerMap->isReady());
    operatorMap->setProperty("incidentModel", QVariant::fromValue(m_incidents));
    operatorMap->setProperty("sensorModel", QVariant::fromValue(m_assets));
    operatorMap->setProperty("cameraModel", QVariant::fromValue(m_assets));
    operatorMap->setProperty("reportModel", QVariant::fromValue(m_assets));
    QVariantMap values;
    for (int i = 0; i < map->mapData()->unitCount(); ++i)
        values.insert(map->mapData()->units()[std::size_t(i)].code, (i * 37) % 23);
    operatorMap->setProperty("unitValues", values);

    const Landmark port = landmark(QStringLiteral("cang_hoang_dieu"));
    map->setCenter(port.coordinate);
    map->setZoomLevel(13);
    QTest::mouseMove(window.get(), map->coordinateToPoint(QGeoCoordinate(20.80, 106.75)).toPoint());
    QTRY_VERIFY(!map->hoveredMarker().isEmpty() || !map->hoveredUnitCode().isEmpty());

    const Landmark catBi = landmark(QStringLiteral("cat_bi_airport"));
    pickerMap->setCenter(catBi.coordinate);
    pickerMap->setZoomLevel(13);
    const QPointF inPicker = pickerMap->mapToScene(pickerMap->coordinateToPoint(catBi.coordinate));
    QTest::mouseClick(window.get(), Qt::LeftButton, {}, inPicker.toPoint());
    QCOMPARE(picker->property("unitName").toString(), QStringLiteral("Phường Hải An"));
    QTRY_VERIFY(!map->isMoving() && !pickerMap->isMoving());
    QVERIFY(QQuickTest::qWaitForPolish(window.get()));

    QImage image = window->grabWindow();
    const QString path = QStringLiteral(IOC_MAP_SCREENSHOT_DIR) + QStringLiteral("/map-operator") +
                         qEnvironmentVariable("IOC_MAP_SCREENSHOT_SUFFIX") + QStringLiteral(".png");
    QVERIFY(image.save(path));
    qInfo() << "screenshot:" << path;
    QVERIFY(distinctColours(image.convertToFormat(QImage::Format_RGB32)) > 60);
}

void MapScreenshotTest::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(MapScreenshotTest)
#include "MapScreenshotTest.moc"
