// SPDX-License-Identifier: GPL-3.0-or-later
// Viewport maths, clustering, label placement, the choropleth scale, layer filters and the
// sprite atlas.
#include "ChoroplethScale.h"
#include "LabelLayout.h"
#include "MapMarkerLayer.h"
#include "MapViewport.h"
#include "MarkerClusterer.h"
#include "SpriteAtlas.h"
#include "WebMercator.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ioc::map;

class MapAlgorithmsTest : public QObject
{
    Q_OBJECT

private slots:
    void viewportMapsBothWays();
    void zoomAroundKeepsTheAnchor();
    void panMovesTheContent();
    void fittingFramesTheArea();
    void localTransformMatchesToItem();
    void clustersByWorldGrid();
    void clusterTakesTheMostSevereMember();
    void clusteringOffKeepsEveryMarker();
    void labelsNeedRoomAndNoCollision();
    void choroplethInterpolates();
    void layerFiltersByKind();
    void layerTimeWindows();
    void layerSignalsContentChanges();
    void atlasReusesAndGrows();
};

void MapAlgorithmsTest::viewportMapsBothWays()
{
    const MapViewport v{WebMercator::project(20.81917, 106.72472), 12.5, QSizeF(800, 600)};
    QCOMPARE(v.toItem(v.center), QPointF(400, 300));
    const QPointF p(123.5, 456.25);
    const QPointF back = v.toItem(v.toUnitSquare(p));
    QVERIFY(qAbs(back.x() - p.x()) < 1e-6 && qAbs(back.y() - p.y()) < 1e-6);
    const QRectF area = v.visibleArea();
    QVERIFY(qAbs(area.width() * v.worldSize() - 800) < 1e-6);
    QVERIFY(area.contains(v.center));
}

void MapAlgorithmsTest::zoomAroundKeepsTheAnchor()
{
    const MapViewport v{{0.7964, 0.4408}, 11, QSizeF(1000, 700)};
    const QPointF anchor(820, 133);
    const QPointF world = v.toUnitSquare(anchor);
    const MapViewport z = v.zoomedAround(anchor, 13.25);
    QCOMPARE(z.zoom, 13.25);
    const QPointF again = z.toItem(world);
    QVERIFY(qAbs(again.x() - anchor.x()) < 1e-6 && qAbs(again.y() - anchor.y()) < 1e-6);
}

void MapAlgorithmsTest::panMovesTheContent()
{
    const MapViewport v{{0.7964, 0.4408}, 12, QSizeF(640, 480)};
    const QPointF world = v.toUnitSquare({100, 100});
    const QPointF moved = v.pannedBy({35, -20}).toItem(world);
    QVERIFY(qAbs(moved.x() - 135) < 1e-6 && qAbs(moved.y() - 80) < 1e-6);
}

void MapAlgorithmsTest::fittingFramesTheArea()
{
    const QRectF area(0.7900, 0.4380, 0.0040, 0.0020); // wider than tall
    const MapViewport v = MapViewport::fitting(area, QSizeF(800, 600), 20, 19);
    const QRectF onScreen(v.toItem(area.topLeft()), v.toItem(area.bottomRight()));
    QVERIFY(qAbs(onScreen.width() - 760) < 1e-6); // width-limited: fills width minus margins
    QVERIFY(onScreen.height() <= 560 + 1e-6);
    QCOMPARE(v.center, area.center());
    QCOMPARE(
        MapViewport::fitting(QRectF(area.topLeft(), QSizeF(0, 0)), QSizeF(800, 600), 20, 16).zoom,
        16.0); // a point: the maximum zoom
}

void MapAlgorithmsTest::localTransformMatchesToItem()
{
    const MapViewport v{{0.7964, 0.4408}, 13.7, QSizeF(900, 500)};
    const QPointF origin(0.79, 0.44);
    const QTransform t = v.localToItem(origin, 1048576.0);
    const QPointF local(1234.5, 678.25);
    const QPointF viaTransform = t.map(local);
    const QPointF direct = v.toItem(origin + local / 1048576.0);
    QVERIFY(qAbs(viaTransform.x() - direct.x()) < 1e-6 &&
            qAbs(viaTransform.y() - direct.y()) < 1e-6);
}

void MapAlgorithmsTest::clustersByWorldGrid()
{
    // Cell 0.1: three markers in cell (0,0), one in (5,5).
    MarkerClusterer c;
    c.build({{{0.01, 0.01}, 0}, {{0.05, 0.02}, 1}, {{0.09, 0.09}, 2}, {{0.55, 0.55}, 3}}, 0.1);
    QCOMPARE(c.clusters().size(), std::size_t(2));
    int total = 0;
    for (const auto& cl : c.clusters()) {
        total += cl.count;
        if (cl.count == 3) {
            QVERIFY(qAbs(cl.position.x() - 0.05) < 1e-12 && qAbs(cl.position.y() - 0.04) < 1e-12);
            QCOMPARE(cl.bounds, QRectF(QPointF(0.01, 0.01), QPointF(0.09, 0.09)));
            std::vector<int> rows(c.members().begin() + cl.firstMember,
                                  c.members().begin() + cl.firstMember + cl.count);
            std::sort(rows.begin(), rows.end());
            QCOMPARE(rows, (std::vector<int>{0, 1, 2}));
        } else {
            QCOMPARE(cl.row, 3);
        }
    }
    QCOMPARE(total, 4);
}

void MapAlgorithmsTest::clusterTakesTheMostSevereMember()
{
    MarkerClusterer c;
    c.build({{{0.01, 0.01}, 7, 2, false},
             {{0.02, 0.01}, 8, 4, true},
             {{0.03, 0.01}, 9, 1, false},
             {{0.51, 0.51}, 10, 1, false}},
            0.1);
    QCOMPARE(c.clusters().size(), std::size_t(2));
    // Drawn least severe first: the critical cluster is last, on top.
    const auto& top = c.clusters().back();
    QCOMPARE(top.count, 3);
    QCOMPARE(top.maxSeverity, 4);
    QCOMPARE(top.row, 8);
    QVERIFY(top.anyOverdue);
    QVERIFY(!c.clusters().front().anyOverdue);
}

void MapAlgorithmsTest::clusteringOffKeepsEveryMarker()
{
    MarkerClusterer c;
    c.build({{{0.01, 0.01}, 0}, {{0.01, 0.01}, 1}}, 0);
    QCOMPARE(c.clusters().size(), std::size_t(2));
    QCOMPARE(c.clusters()[0].count, 1);
}

void MapAlgorithmsTest::labelsNeedRoomAndNoCollision()
{
    const std::vector<LabelCandidate> candidates{
        {{100, 100}, {60, 14}, {200, 100}, false}, // fits: shown
        {{120, 104}, {60, 14}, {200, 100}, false}, // collides with the first: hidden
        {{400, 100}, {60, 14}, {30, 30}, false},   // unit narrower than its name: hidden
        {{700, 100}, {90, 14}, {4, 4}, true},      // a special zone: shown however small
    };
    QCOMPARE(placeLabels(candidates), (std::vector<int>{0, 3}));
}

void MapAlgorithmsTest::choroplethInterpolates()
{
    ChoroplethScale scale;
    scale.setStops({QColor(0, 0, 0), QColor(100, 200, 0), QColor(200, 200, 200)});
    scale.setRange(10, 30);
    QCOMPARE(scale.colorAt(10), QColor(0, 0, 0));
    QCOMPARE(scale.colorAt(20), QColor(100, 200, 0));
    QCOMPARE(scale.colorAt(25), QColor(150, 200, 100));
    QCOMPARE(scale.colorAt(30), QColor(200, 200, 200));
    QCOMPARE(scale.colorAt(99), QColor(200, 200, 200)); // clamped
    QCOMPARE(scale.position(15), 0.25);
    scale.setRange(5, 5);
    QCOMPARE(scale.colorAt(5), QColor(0, 0, 0)); // one value: the first stop, no division by 0
}

void MapAlgorithmsTest::layerFiltersByKind()
{
    MapMarkerLayer layer;
    const MapMarker camera{.id = QStringLiteral("c1"), .kind = QStringLiteral("camera")};
    const MapMarker air{.id = QStringLiteral("s1"), .kind = QStringLiteral("sensor.air")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(layer.accepts(camera, now) && layer.accepts(air, now)); // no kinds: everything
    layer.setKinds({QStringLiteral("sensor.air"), QStringLiteral("sensor.rain")});
    QVERIFY(!layer.accepts(camera, now));
    QVERIFY(layer.accepts(air, now));
}

void MapAlgorithmsTest::layerTimeWindows()
{
    MapMarkerLayer layer;
    const QDateTime now(QDate(2025, 7, 1), QTime(12, 0), Qt::UTC);
    layer.setReferenceTime(now);
    QCOMPARE(layer.now(), now);
    const auto at = [](QDateTime t) {
        return MapMarker{
            .id = QStringLiteral("i"), .kind = QStringLiteral("incident"), .timestamp = t};
    };
    const MapMarker fresh = at(now.addSecs(-30 * 60));
    const MapMarker twoHours = at(now.addSecs(-2 * 3600));
    const MapMarker yesterday = at(now.addSecs(-23 * 3600));
    const MapMarker lastWeek = at(now.addDays(-7));
    const MapMarker undated = at(QDateTime());
    QVERIFY(layer.accepts(undated, now)); // AnyTime
    layer.setTimeWindow(MapMarkerLayer::LastHour);
    QVERIFY(layer.accepts(fresh, now) && !layer.accepts(twoHours, now) &&
            !layer.accepts(undated, now));
    QVERIFY(layer.accepts(at(now.addSecs(20)), now)); // a little clock skew is still "recent"
    layer.setTimeWindow(MapMarkerLayer::Last6Hours);
    QVERIFY(layer.accepts(twoHours, now) && !layer.accepts(yesterday, now));
    layer.setTimeWindow(MapMarkerLayer::Last24Hours);
    QVERIFY(layer.accepts(yesterday, now) && !layer.accepts(lastWeek, now));
    QVERIFY(!layer.dependsOnClock()); // the reference time is fixed
    layer.setTimeWindow(MapMarkerLayer::Custom);
    layer.setFrom(now.addDays(-8));
    layer.setTo(now.addDays(-6));
    QVERIFY(layer.accepts(lastWeek, now) && !layer.accepts(fresh, now));
    layer.setReferenceTime({});
    layer.setTimeWindow(MapMarkerLayer::LastHour);
    QVERIFY(layer.dependsOnClock());
}

void MapAlgorithmsTest::layerSignalsContentChanges()
{
    MapMarkerModel model;
    MapMarkerLayer layer;
    QSignalSpy spy(&layer, &MapMarkerLayer::contentChanged);
    layer.setModel(&model);
    QCOMPARE(spy.count(), 1);
    model.upsert(MapMarker{.id = QStringLiteral("a"),
                           .kind = QStringLiteral("camera"),
                           .latitude = 20.8,
                           .longitude = 106.7});
    QCOMPARE(spy.count(), 2);
    layer.setVisible(false);
    QCOMPARE(spy.count(), 3);
    layer.setTimeWindow(MapMarkerLayer::Last6Hours);
    QCOMPARE(spy.count(), 4);
    layer.setTitle(QStringLiteral("Cameras")); // a title change does not redraw markers
    QCOMPARE(spy.count(), 4);
}

void MapAlgorithmsTest::atlasReusesAndGrows()
{
    SpriteAtlas atlas(2.0);
    const auto a = atlas.symbol(SpriteAtlas::Shape::Circle, Qt::red, 16);
    const quint64 version = atlas.version();
    const auto again = atlas.symbol(SpriteAtlas::Shape::Circle, Qt::red, 16);
    QCOMPARE(again.source, a.source);
    QCOMPARE(atlas.version(), version); // nothing new drawn
    QCOMPARE(a.size, QSizeF(16, 16));
    QCOMPARE(a.source.size(), QSizeF(32, 32)); // device pixels at 2×
    // The sprite really is drawn: its centre pixel is opaque red-ish.
    const QColor centre = atlas.image().pixelColor(a.source.center().toPoint());
    QVERIFY(centre.alpha() == 255 && centre.red() > 200 && centre.green() < 40);
    // Hundreds of distinct colours overflow the first page: the atlas grows, old sprites keep
    // their place.
    const int height = atlas.image().height();
    for (int i = 0; i < 600; ++i)
        atlas.symbol(SpriteAtlas::Shape::Diamond, QColor::fromHsv(i % 360, 200, 100 + i / 360 * 50),
                     20);
    QVERIFY(atlas.image().height() > height);
    QVERIFY(atlas.version() != version);
    QCOMPARE(atlas.image().pixelColor(a.source.center().toPoint()), centre);
    SpriteAtlas other;
    QVERIFY(other.generation() != atlas.generation());
}

QTEST_MAIN(MapAlgorithmsTest)
#include "MapAlgorithmsTest.moc"
