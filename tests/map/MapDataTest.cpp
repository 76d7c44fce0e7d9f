// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled city data: units, levels of detail, triangulations and point-in-polygon lookups
// against the landmarks (whose units the data set's authors computed independently).
#include "MapData.h"
#include "LandmarkFixture.h"
#include "WebMercator.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include <numbers>

using namespace ioc::map;

class MapDataTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hasTheUnitsOfResolution1669();
    void resolvesKnownPlaces_data();
    void resolvesKnownPlaces();
    void resolvesEveryLandmark();
    void areasMatchTheDataSet();
    void levelsGetFinerAndStayWithinTheirTolerance();
    void triangulationsCoverTheFills();
    void separatesRemoteIslands();
    void lookupIsFast();

private:
    double ringArea(const ShapeLevel& level, Span ring) const;
    double shapeArea(const ShapeLevel& level, int shape) const; // map units², even-odd rings
    std::shared_ptr<const MapData> m_data;
};

void MapDataTest::initTestCase()
{
    QString error;
    m_data = MapData::load(QStringLiteral(":/Ioc/Map/data/haiphong.iocmap"), &error);
    QVERIFY2(m_data, qPrintable(error));
}

void MapDataTest::hasTheUnitsOfResolution1669()
{
    // NQ 1669/NQ-UBTVQH15, clause 115: 114 units, 67 xã, 45 phường, 2 đặc khu.
    QCOMPARE(m_data->unitCount(), 114);
    int wards = 0, communes = 0, zones = 0;
    QSet<QString> codes;
    for (const AdminUnit& u : m_data->units()) {
        wards += u.type == AdminUnit::Type::Ward;
        communes += u.type == AdminUnit::Type::Commune;
        zones += u.type == AdminUnit::Type::SpecialZone;
        codes.insert(u.code);
        QVERIFY(u.labelPoint.isValid());
        QCOMPARE(m_data->unitAt(u.labelPoint), m_data->indexOf(u.code)); // inside its own unit
    }
    QCOMPARE(wards, 45);
    QCOMPARE(communes, 67);
    QCOMPARE(zones, 2);
    QCOMPARE(codes.size(), 114);
    QCOMPARE(m_data->unit(QStringLiteral("11914"))->fullName, QStringLiteral("Đặc khu Cát Hải"));
    QCOMPARE(m_data->unit(QStringLiteral("11948"))->fullName,
             QStringLiteral("Đặc khu Bạch Long Vĩ"));
    QCOMPARE(m_data->unit(QStringLiteral("99999")), nullptr);
}

void MapDataTest::resolvesKnownPlaces_data()
{
    QTest::addColumn<QGeoCoordinate>("place");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("Political-Administrative Centre (city People's Committee)")
        << QGeoCoordinate(20.883, 106.686) << "11560"
        << "Phường Thủy Nguyên";
    QTest::newRow("Cát Bi airport") << QGeoCoordinate(20.81917, 106.72472) << "11413"
                                    << "Phường Hải An";
    QTest::newRow("Lạch Huyện port") << QGeoCoordinate(20.79837, 106.90553) << "11914"
                                     << "Đặc khu Cát Hải";
    QTest::newRow("Cát Bà town harbour") << QGeoCoordinate(20.72421, 107.04936) << "11914"
                                         << "Đặc khu Cát Hải";
    QTest::newRow("Bạch Long Vĩ island") << QGeoCoordinate(20.133, 107.727) << "11948"
                                         << "Đặc khu Bạch Long Vĩ";
    QTest::newRow("Tân Vũ–Lạch Huyện bridge mid-span (sea)")
        << QGeoCoordinate(20.8235, 106.846) << ""
        << "";
    QTest::newRow("Hà Nội (outside the city)") << QGeoCoordinate(21.0285, 105.8542) << ""
                                               << "";
}

void MapDataTest::resolvesKnownPlaces()
{
    QFETCH(QGeoCoordinate, place);
    QFETCH(QString, code);
    QFETCH(QString, name);
    const int unit = m_data->unitAt(place);
    if (code.isEmpty()) {
        QCOMPARE(unit, -1);
        return;
    }
    QVERIFY(unit >= 0);
    QCOMPARE(m_data->units()[std::size_t(unit)].code, code);
    QCOMPARE(m_data->units()[std::size_t(unit)].fullName, name);
}

void MapDataTest::resolvesEveryLandmark()
{
    const QList<Landmark> landmarks = readLandmarks();
    QCOMPARE(landmarks.size(), 18);
    for (const Landmark& l : landmarks) {
        const int unit = m_data->unitAt(l.coordinate);
        const QString code = unit < 0 ? QString() : m_data->units()[std::size_t(unit)].code;
        QVERIFY2(
            code == l.unitCode,
            qPrintable(QStringLiteral("%1: got '%2', expected '%3'").arg(l.id, code, l.unitCode)));
    }
}

double MapDataTest::ringArea(const ShapeLevel& level, Span ring) const
{
    double twice = 0;
    for (std::uint32_t i = 0, j = ring.count - 1; i < ring.count; j = i++) {
        const MapPoint a = level.ringPoints[ring.first + j];
        const MapPoint b = level.ringPoints[ring.first + i];
        twice += double(a.x) * b.y - double(b.x) * a.y;
    }
    return std::abs(twice) / 2;
}

double MapDataTest::shapeArea(const ShapeLevel& level, int shape) const
{
    // Even-odd: a ring inside another of the same shape is a hole.
    const Span rings = level.shapeRings[std::size_t(shape)];
    double area = 0;
    for (std::uint32_t r = rings.first; r < rings.first + rings.count; ++r) {
        const Span ring = level.rings[r];
        const MapPoint p = level.ringPoints[ring.first];
        int containers = 0;
        for (std::uint32_t o = rings.first; o < rings.first + rings.count; ++o) {
            if (o == r)
                continue;
            const Span other = level.rings[o];
            bool inside = false;
            for (std::uint32_t i = 0, j = other.count - 1; i < other.count; j = i++) {
                const MapPoint a = level.ringPoints[other.first + i];
                const MapPoint b = level.ringPoints[other.first + j];
                if ((a.y > p.y) != (b.y > p.y) &&
                    p.x < b.x + (p.y - b.y) * (a.x - b.x) / (a.y - b.y))
                    inside = !inside;
            }
            containers += inside;
        }
        area += (containers % 2 ? -1 : 1) * ringArea(level, ring);
    }
    return area;
}

void MapDataTest::areasMatchTheDataSet()
{
    // Map units are Mercator pixels: at latitude φ one unit is (2πR / 2^20)·cos φ metres. The
    // area so computed must agree with a spherical area of the same rings taken back to
    // latitude/longitude (checks projection, origin and float storage together).
    const ShapeLevel& finest = m_data->finest();
    const auto km2PerUnit2 = [&](int shape) {
        const double lat = m_data->toCoordinate(m_data->shapeBounds(shape).center()).latitude();
        const double m = 2 * std::numbers::pi * WebMercator::kEarthRadius / kMapUnitsPerWorld *
                         std::cos(lat * std::numbers::pi / 180);
        return m * m / 1e6;
    };
    // Spherical polygon area of a single-ring shape (the formula of d3-geo/turf).
    const auto sphericalKm2 = [&](int shape) {
        const Span ring = finest.rings[finest.shapeRings[std::size_t(shape)].first];
        const double rad = std::numbers::pi / 180;
        double a = 0;
        for (std::uint32_t i = 0; i < ring.count; ++i) {
            const MapPoint p = finest.ringPoints[ring.first + i];
            const MapPoint q = finest.ringPoints[ring.first + (i + 1) % ring.count];
            const QGeoCoordinate c1 = m_data->toCoordinate({p.x, p.y});
            const QGeoCoordinate c2 = m_data->toCoordinate({q.x, q.y});
            a += (c2.longitude() - c1.longitude()) * rad *
                 (2 + std::sin(c1.latitude() * rad) + std::sin(c2.latitude() * rad));
        }
        return std::abs(a) / 2 * WebMercator::kEarthRadius * WebMercator::kEarthRadius / 1e6;
    };
    double sumUnits = 0;
    std::vector<double> errors;
    for (int i = 0; i < m_data->unitCount(); ++i) {
        const double km2 = shapeArea(finest, i) * km2PerUnit2(i);
        sumUnits += km2;
        if (finest.shapeRings[std::size_t(i)].count == 1) {
            const double sphere = sphericalKm2(i);
            QVERIFY2(std::abs(km2 - sphere) / sphere < 0.005,
                     qPrintable(QStringLiteral("%1: %2 vs %3 km²")
                                    .arg(m_data->units()[std::size_t(i)].name)
                                    .arg(km2)
                                    .arg(sphere)));
        }
        errors.push_back(std::abs(km2 - m_data->units()[std::size_t(i)].areaKm2) /
                         m_data->units()[std::size_t(i)].areaKm2);
    }
    // The units tile the city: their areas add up to the outline's.
    const double outline =
        shapeArea(finest, m_data->outlineShape()) * km2PerUnit2(m_data->outlineShape());
    QVERIFY2(std::abs(sumUnits - outline) / outline < 0.01,
             qPrintable(QStringLiteral("units %1 km², outline %2 km²").arg(sumUnits).arg(outline)));
    // The data set's area_km2 are official figures (coastal units include water), so only the
    // typical unit must agree with its geometry.
    std::sort(errors.begin(), errors.end());
    QVERIFY2(errors[errors.size() / 2] < 0.02,
             qPrintable(QString::number(errors[errors.size() / 2])));
    qInfo("units %.1f km², outline %.1f km², median difference to area_km2 %.2f %%", sumUnits,
          outline, errors[errors.size() / 2] * 100);
}

void MapDataTest::levelsGetFinerAndStayWithinTheirTolerance()
{
    QCOMPARE(m_data->levelCount(), kFinestLevelZoom - kCoarsestLevelZoom + 2);
    for (int i = 1; i < m_data->levelCount(); ++i) {
        QVERIFY(m_data->level(i).tolerance < m_data->level(i - 1).tolerance);
        QVERIFY(m_data->level(i).vertexCount() > m_data->level(i - 1).vertexCount());
    }
    QCOMPARE(m_data->finest().tolerance, 0.0);
    QVERIFY(m_data->finest().vertexCount() > 85000); // ~88k vertices in the GeoJSON
    QVERIFY(m_data->level(0).vertexCount() < 3000);  // what a city overview draws
    QCOMPARE(m_data->levelForZoom(3), 0);
    QCOMPARE(m_data->levelForZoom(7.9), 0);
    QCOMPARE(m_data->levelForZoom(10.2), 3);
    QCOMPARE(m_data->levelForZoom(14.99), m_data->levelCount() - 2);
    QCOMPARE(m_data->levelForZoom(18), m_data->levelCount() - 1);
    // Douglas–Peucker moves an outline by at most the tolerance, so a simplified unit's area
    // differs from the original by at most perimeter × tolerance.
    for (int l = 0; l + 1 < m_data->levelCount(); ++l) {
        for (int i = 0; i < m_data->unitCount(); ++i) {
            const ShapeLevel& finest = m_data->finest();
            double perimeter = 0;
            const Span rings = finest.shapeRings[std::size_t(i)];
            for (std::uint32_t r = rings.first; r < rings.first + rings.count; ++r) {
                const Span ring = finest.rings[r];
                for (std::uint32_t k = 0; k < ring.count; ++k) {
                    const MapPoint a = finest.ringPoints[ring.first + k];
                    const MapPoint b = finest.ringPoints[ring.first + (k + 1) % ring.count];
                    perimeter += std::hypot(b.x - a.x, b.y - a.y);
                }
            }
            const double full = shapeArea(finest, i);
            const double coarse = shapeArea(m_data->level(l), i);
            QVERIFY2(std::abs(coarse - full) <= perimeter * m_data->level(l).tolerance,
                     qPrintable(QStringLiteral("level %1, %2")
                                    .arg(l)
                                    .arg(m_data->units()[std::size_t(i)].name)));
        }
    }
}

void MapDataTest::triangulationsCoverTheFills()
{
    for (int l = 0; l < m_data->levelCount(); ++l) {
        const ShapeLevel& level = m_data->level(l);
        for (int s = 0; s <= m_data->unitCount(); ++s) { // the units and the city outline
            const Span tris = level.shapeTriangles[std::size_t(s)];
            QCOMPARE(tris.count % 3, 0u);
            double area = 0;
            for (std::uint32_t k = tris.first; k < tris.first + tris.count; k += 3) {
                const MapPoint a = level.triPoints[level.triIndices[k]];
                const MapPoint b = level.triPoints[level.triIndices[k + 1]];
                const MapPoint c = level.triPoints[level.triIndices[k + 2]];
                area +=
                    std::abs(double(b.x - a.x) * (c.y - a.y) - double(c.x - a.x) * (b.y - a.y)) / 2;
            }
            const double expected = shapeArea(level, s);
            QVERIFY2(std::abs(area - expected) <= expected * 0.002 + 0.05,
                     qPrintable(QStringLiteral("level %1 shape %2: %3 vs %4")
                                    .arg(l)
                                    .arg(s)
                                    .arg(area)
                                    .arg(expected)));
        }
    }
}

void MapDataTest::separatesRemoteIslands()
{
    QCOMPARE(m_data->remoteUnits(), std::vector<int>{m_data->indexOf(QStringLiteral("11948"))});
    const QRectF main = m_data->mainBounds();
    QVERIFY(main.contains(m_data->shapeBounds(m_data->indexOf(QStringLiteral("11914")))));
    QVERIFY(!main.intersects(m_data->shapeBounds(m_data->indexOf(QStringLiteral("11948")))));
}

void MapDataTest::lookupIsFast()
{
    // Point-in-polygon runs on hover: it must stay far below a frame even over the big units.
    QRandomGenerator rng(7);
    const QRectF b = m_data->mainBounds();
    QElapsedTimer timer;
    timer.start();
    int inside = 0;
    constexpr int kLookups = 20000;
    for (int i = 0; i < kLookups; ++i) {
        const QPointF p(b.left() + rng.generateDouble() * b.width(),
                        b.top() + rng.generateDouble() * b.height());
        inside += m_data->unitAtMap(p) >= 0;
    }
    const double usPerLookup = timer.nsecsElapsed() / 1000.0 / kLookups;
    qInfo("%d of %d random points inside a unit, %.1f µs per lookup", inside, kLookups,
          usPerLookup);
    QVERIFY(inside > kLookups / 3);
    QVERIFY2(usPerLookup < 500, "a lookup takes longer than half a millisecond");
}

QTEST_GUILESS_MAIN(MapDataTest)
#include "MapDataTest.moc"
