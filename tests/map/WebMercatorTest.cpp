// SPDX-License-Identifier: GPL-3.0-or-later
// Projection, simplification, spatial indexes and the map file format, on known values.
#include "WebMercator.h"
#include "MapDataFile.h"
#include "Simplify.h"
#include "SpatialGrid.h"
#include "UnitIndex.h"

#include <QBuffer>
#include <QtTest>

using namespace ioc::map;

class WebMercatorTest : public QObject
{
    Q_OBJECT

private slots:
    void projectsTheOriginToTheCentre();
    void clampsPolarLatitudes();
    void matchesEpsg3857();
    void tiles_data();
    void tiles();
    void roundTrips();
    void groundResolution();
    void simplifyKeepsCornersDropsCollinear();
    void simplifyBoundsTheError();
    void simplifyCollapsesTinyRings();
    void gridFindsNearestWithinRadius();
    void gridQueriesRectangles();
    void unitIndexResolvesEvenOdd();
    void mapFileRoundTrips();
    void mapFileRejectsCorruptData();
};

void WebMercatorTest::projectsTheOriginToTheCentre()
{
    const QPointF p = WebMercator::project(0, 0);
    QCOMPARE(p.x(), 0.5);
    QCOMPARE(p.y(), 0.5);
    QCOMPARE(WebMercator::project(0, -180).x(), 0.0);
    QCOMPARE(WebMercator::project(0, 180).x(), 1.0);
}

void WebMercatorTest::clampsPolarLatitudes()
{
    QVERIFY(qAbs(WebMercator::project(WebMercator::kMaxLatitude, 0).y()) < 1e-12);
    QVERIFY(qAbs(WebMercator::project(89.9, 0).y()) < 1e-12);
    QVERIFY(qAbs(WebMercator::project(-90, 0).y() - 1.0) < 1e-12);
}

void WebMercatorTest::matchesEpsg3857()
{
    // Cát Bi International Airport (Wikipedia infobox 20.81917, 106.72472). EPSG:3857 metres as
    // GIS tools print them: x = R·λ, y = R·ln(tan(π/4 + φ/2)).
    const QPointF m = WebMercator::toEpsg3857(QGeoCoordinate(20.81917, 106.72472));
    QVERIFY2(qAbs(m.x() - 11880541.4855) < 0.01, qPrintable(QString::number(m.x(), 'f', 4)));
    QVERIFY2(qAbs(m.y() - 2370329.5575) < 0.01, qPrintable(QString::number(m.y(), 'f', 4)));
}

void WebMercatorTest::tiles_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<int>("zoom");
    QTest::addColumn<QPoint>("tile");
    // Slippy-map tile numbers (OpenStreetMap wiki formula) of the four landmarks of the issue.
    QTest::newRow("Cát Bi airport z10") << 20.81917 << 106.72472 << 10 << QPoint(815, 451);
    QTest::newRow("Cát Bi airport z15") << 20.81917 << 106.72472 << 15 << QPoint(26098, 14445);
    QTest::newRow("Political-Administrative Centre z17")
        << 20.883 << 106.686 << 17 << QPoint(104379, 57758);
    QTest::newRow("Lạch Huyện port z15") << 20.79837 << 106.90553 << 15 << QPoint(26114, 14447);
    QTest::newRow("Cát Bà harbour z17") << 20.72421 << 107.04936 << 17 << QPoint(104511, 57820);
    QTest::newRow("whole world z0") << 20.8 << 106.7 << 0 << QPoint(0, 0);
}

void WebMercatorTest::tiles()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(int, zoom);
    QFETCH(QPoint, tile);
    QCOMPARE(WebMercator::tileAt(QGeoCoordinate(lat, lon), zoom), tile);
}

void WebMercatorTest::roundTrips()
{
    for (const QGeoCoordinate& c :
         {QGeoCoordinate(20.81917, 106.72472), QGeoCoordinate(20.883, 106.686),
          QGeoCoordinate(20.133, 107.727), QGeoCoordinate(-33.9, 151.2)}) {
        const QGeoCoordinate back = WebMercator::unproject(WebMercator::project(c));
        QVERIFY(qAbs(back.latitude() - c.latitude()) < 1e-10);
        QVERIFY(qAbs(back.longitude() - c.longitude()) < 1e-10);
    }
}

void WebMercatorTest::groundResolution()
{
    QVERIFY(qAbs(WebMercator::metresPerPixel(0, 0) - 156543.034) < 0.001);
    QVERIFY(qAbs(WebMercator::metresPerPixel(20.81917, 15) - 4.46539) < 1e-4);
    QCOMPARE(WebMercator::worldSize(2), 1024.0);
}

void WebMercatorTest::simplifyKeepsCornersDropsCollinear()
{
    // A 10×10 square with extra points on its edges.
    const std::vector<QPointF> ring{{0, 0},   {5, 0},     {10, 0}, {10, 5},
                                    {10, 10}, {5, 10.01}, {0, 10}, {0, 5}};
    const auto out = simplifyRing(ring, 0.1);
    QCOMPARE(out.size(), std::size_t(4));
    for (const QPointF& corner : {QPointF(0, 0), QPointF(10, 0), QPointF(10, 10), QPointF(0, 10)})
        QVERIFY(std::find(out.begin(), out.end(), corner) != out.end());
    QCOMPARE(simplifyRing(ring, 0), ring);
    QCOMPARE(simplifyRing(ring, 0.001).size(), std::size_t(5)); // the 0.01 bump survives
}

void WebMercatorTest::simplifyBoundsTheError()
{
    // A noisy circle: every dropped point stays within the tolerance of the result.
    std::vector<QPointF> ring;
    for (int i = 0; i < 720; ++i) {
        const double a = i * M_PI / 360;
        const double r = 100 + 3 * std::sin(i * 0.7);
        ring.emplace_back(r * std::cos(a), r * std::sin(a));
    }
    const double tolerance = 2.0;
    const auto out = simplifyRing(ring, tolerance);
    QVERIFY(out.size() < ring.size() / 4);
    for (const QPointF& p : ring) {
        double best = 1e9;
        for (std::size_t i = 0; i < out.size(); ++i) {
            const QPointF a = out[i];
            const QPointF b = out[(i + 1) % out.size()];
            const QPointF d = b - a;
            const double t =
                std::clamp(QPointF::dotProduct(p - a, d) / QPointF::dotProduct(d, d), 0.0, 1.0);
            const QPointF e = p - (a + t * d);
            best = std::min(best, std::hypot(e.x(), e.y()));
        }
        QVERIFY2(best <= tolerance + 1e-9, qPrintable(QString::number(best)));
    }
}

void WebMercatorTest::simplifyCollapsesTinyRings()
{
    const std::vector<QPointF> islet{{0, 0}, {0.1, 0}, {0.1, 0.1}, {0, 0.1}};
    QVERIFY(simplifyRing(islet, 1.0).size() < 3);
}

void WebMercatorTest::gridFindsNearestWithinRadius()
{
    SpatialGrid grid(10);
    grid.insert(1, {0, 0});
    grid.insert(2, {25, 0});
    grid.insert(3, {-3, 4}); // 5 from the origin
    grid.insert(4, {25, 0}); // same place as 2, inserted later: drawn on top
    QCOMPARE(grid.nearest({1, 1}, 3), 1);
    QCOMPARE(grid.nearest({-3, 3.5}, 3), 3);
    QCOMPARE(grid.nearest({24, 1}, 3), 4);
    QCOMPARE(grid.nearest({12, 0}, 3), -1);
    QCOMPARE(grid.nearest({-1000, 0}, 3), -1);
    QCOMPARE(grid.size(), 4);
}

void WebMercatorTest::gridQueriesRectangles()
{
    SpatialGrid grid(8);
    for (int i = 0; i < 100; ++i)
        grid.insert(i, QPointF(i, i % 10));
    const auto ids = grid.query(QRectF(10, 0, 9.5, 5));
    QCOMPARE(ids, (std::vector<int>{10, 11, 12, 13, 14, 15}));
}

void WebMercatorTest::unitIndexResolvesEvenOdd()
{
    // Shape 0: a square with a square hole; shape 1: the island inside the hole.
    ShapeLevel level;
    const auto addRing = [&](std::vector<MapPoint> pts) {
        level.rings.push_back({std::uint32_t(level.ringPoints.size()), std::uint32_t(pts.size())});
        level.ringPoints.insert(level.ringPoints.end(), pts.begin(), pts.end());
    };
    addRing({{0, 0}, {30, 0}, {30, 30}, {0, 30}});
    addRing({{10, 10}, {20, 10}, {20, 20}, {10, 20}});
    addRing({{12, 12}, {18, 12}, {18, 18}, {12, 18}});
    level.shapeRings = {{0, 2}, {2, 1}};
    const UnitIndex index(level, 2, 4);
    QCOMPARE(index.shapeAt({5, 5}), 0);
    QCOMPARE(index.shapeAt({11, 11}), -1); // in the hole, outside the island
    QCOMPARE(index.shapeAt({15, 15}), 1);
    QCOMPARE(index.shapeAt({35, 5}), -1);
    QCOMPARE(index.bounds(), QRectF(0, 0, 30, 30));
}

namespace {

MapDataContent sampleContent()
{
    MapDataContent c;
    c.origin = {0.79, 0.44};
    AdminUnit u;
    u.code = QStringLiteral("11413");
    u.name = QStringLiteral("Hải An");
    u.fullName = QStringLiteral("Phường Hải An");
    u.nameEn = QStringLiteral("Hai An");
    u.type = AdminUnit::Type::Ward;
    u.areaKm2 = 42.5;
    u.labelPoint = QGeoCoordinate(20.8, 106.7);
    c.units.push_back(u);
    ShapeLevel level;
    level.ringPoints = {{0, 0}, {1, 0}, {1, 1}};
    level.rings = {{0, 3}};
    level.shapeRings = {{0, 1}, {0, 1}}; // the unit, then the outline
    level.triPoints = level.ringPoints;
    level.triIndices = {0, 1, 2};
    level.shapeTriangles = {{0, 3}, {0, 3}};
    c.levels.push_back(level);
    return c;
}

} // namespace

void WebMercatorTest::mapFileRoundTrips()
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QVERIFY(MapDataFile::write(sampleContent(), buffer));
    buffer.seek(0);
    QString error;
    const auto read = MapDataFile::read(buffer, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->origin, QPointF(0.79, 0.44));
    QCOMPARE(read->units.size(), std::size_t(1));
    QCOMPARE(read->units[0].fullName, QStringLiteral("Phường Hải An"));
    QCOMPARE(read->units[0].type, AdminUnit::Type::Ward);
    QCOMPARE(read->units[0].labelPoint, QGeoCoordinate(20.8, 106.7));
    QCOMPARE(read->levels[0].triIndices, (std::vector<std::uint32_t>{0, 1, 2}));
    QCOMPARE(read->levels[0].ringPoints[2].x, 1.0f);
}

void WebMercatorTest::mapFileRejectsCorruptData()
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(MapDataFile::write(sampleContent(), buffer));
    }
    const auto readBytes = [](QByteArray data, QString *error) {
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        return MapDataFile::read(buffer, error);
    };
    QString error;
    QVERIFY(readBytes(bytes, &error));
    QVERIFY(!readBytes(bytes.left(bytes.size() - 5), &error)); // truncated
    QVERIFY(!error.isEmpty());
    QByteArray wrongMagic = bytes;
    wrongMagic[0] = 'X';
    QVERIFY(!readBytes(wrongMagic, &error));
    QCOMPARE(error, QStringLiteral("not a map file"));
    // A triangle index past the end of the vertices is caught, not read out of bounds later.
    MapDataContent bad = sampleContent();
    bad.levels[0].triIndices = {0, 1, 7};
    QByteArray badBytes;
    QBuffer out(&badBytes);
    out.open(QIODevice::WriteOnly);
    QVERIFY(MapDataFile::write(bad, out));
    QVERIFY(!readBytes(badBytes, &error));
    QCOMPARE(error, QStringLiteral("corrupt level data"));
}

QTEST_APPLESS_MAIN(WebMercatorTest)
#include "WebMercatorTest.moc"
