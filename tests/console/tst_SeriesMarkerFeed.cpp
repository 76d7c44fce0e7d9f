// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapMarkerModel.h"
#include "SeriesListModel.h"
#include "SeriesMarkerFeed.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using ioc::console::SeriesListModel;
using ioc::console::SeriesMarkerFeed;
using ioc::map::MapMarkerModel;
namespace td = ioc::testdata;

namespace {

// The test catalogue with places for the traffic speed and the hospital (not for the rest).
ioc::protocol::SeriesSnapshot locatedSnapshot()
{
    auto snap = td::snapshot();
    for (auto& s : snap.series) {
        if (s.info.id == "traffic.speed_hoang_van_thu") {
            s.info.lat = 20.8661;
            s.info.lon = 106.6787;
        } else if (s.info.id == "health.beds_viet_tiep") {
            s.info.lat = 20.8562;
            s.info.lon = 106.6783;
        }
    }
    return snap;
}

QVariantMap colors()
{
    return {{"fresh", QColor("#2fd27a")},
            {"late", QColor("#f6b93b")},
            {"stale", QColor("#ff5a5a")},
            {"no_data", QColor("#7d8896")}};
}

} // namespace

class tst_SeriesMarkerFeed : public QObject
{
    Q_OBJECT

private slots:
    void kindFromSeriesId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("kind");
        QTest::newRow("traffic") << "traffic.cau_rao.speed"
                                 << "security_traffic"
                                 << "sensor.traffic";
        QTest::newRow("aqi") << "env.aqi.hong_bang"
                             << "agriculture_environment"
                             << "sensor.air";
        QTest::newRow("pm2.5") << "env.pm25.le_chan"
                               << "agriculture_environment"
                               << "sensor.air";
        QTest::newRow("river") << "env.water_level.cam.cua_cam"
                               << "agriculture_environment"
                               << "sensor.water";
        QTest::newRow("flood") << "construction.flood_depth.to_hieu"
                               << "construction"
                               << "sensor.water";
        QTest::newRow("rain") << "env.rain.cat_ba"
                              << "agriculture_environment"
                              << "sensor.rain";
        QTest::newRow("hospital") << "health.viet_tiep.bed_occupancy"
                                  << "health"
                                  << "sensor.other";
        QTest::newRow("not a rain word") << "env.terrain.x"
                                         << "agriculture_environment"
                                         << "sensor.other";
    }

    void kindFromSeriesId()
    {
        QFETCH(QString, id);
        QFETCH(QString, domain);
        QFETCH(QString, kind);
        QCOMPARE(SeriesMarkerFeed::kindOf(id, domain), kind);
    }

    void markersForLocatedSeriesOnly()
    {
        SeriesListModel source;
        SeriesMarkerFeed feed;
        QAbstractItemModelTester tester(feed.markers(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        feed.setStatusColors(colors());
        feed.setSourceModel(&source);
        source.setDomains(td::domains());
        source.setSnapshot(locatedSnapshot());

        MapMarkerModel *markers = feed.markers();
        QCOMPARE(markers->rowCount(), 2);
        const int traffic = markers->rowOf("traffic.speed_hoang_van_thu");
        QVERIFY(traffic >= 0);
        const auto& m = markers->at(traffic);
        QCOMPARE(m.kind, QStringLiteral("sensor.traffic"));
        QCOMPARE(m.latitude, 20.8661);
        QCOMPARE(m.longitude, 106.6787);
        QCOMPARE(m.color, QColor("#2fd27a"));
        QCOMPARE(m.label, QStringLiteral("Tốc độ trung bình cầu Hoàng Văn Thụ: 31,46 km/h"));
        QCOMPARE(m.timestamp, QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC));
        QCOMPARE(markers->rowOf("socio.cpi"), -1);
        QCOMPARE(markers->at(markers->rowOf("health.beds_viet_tiep")).kind,
                 QStringLiteral("sensor.other"));
    }

    void deltaUpdatesOneMarkerInPlace()
    {
        SeriesListModel source;
        SeriesMarkerFeed feed;
        feed.setStatusColors(colors());
        feed.setSourceModel(&source);
        source.setDomains(td::domains());
        source.setSnapshot(locatedSnapshot());
        MapMarkerModel *markers = feed.markers();
        QAbstractItemModelTester tester(markers,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(markers, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(markers, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(markers, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(markers, &QAbstractItemModel::rowsRemoved);

        QVERIFY(source.applyDelta(td::value("traffic.speed_hoang_van_thu", 12,
                                            "2026-11-28T04:05:00Z", ioc::domain::Freshness::Late)));
        QCOMPARE(changed.size(), 1);
        const int row = markers->rowOf("traffic.speed_hoang_van_thu");
        QCOMPARE(changed[0][0].toModelIndex().row(), row);
        QCOMPARE(changed[0][1].toModelIndex().row(), row);
        const auto roles = changed[0][2].value<QList<int>>();
        QVERIFY(roles.contains(MapMarkerModel::ColorRole));
        QVERIFY(roles.contains(MapMarkerModel::LabelRole));
        QVERIFY(!roles.contains(MapMarkerModel::LatitudeRole));
        QCOMPARE(markers->at(row).color, QColor("#f6b93b"));
        QCOMPARE(markers->at(row).label,
                 QStringLiteral("Tốc độ trung bình cầu Hoàng Văn Thụ: 12 km/h"));

        // A series without a place changes nothing on the map.
        QVERIFY(source.applyDelta(td::value("socio.cpi", 1.2, "2026-11-28T04:05:00Z")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
    }

    void languageSwitchRelabelsWithoutReset()
    {
        SeriesListModel source;
        SeriesMarkerFeed feed;
        feed.setSourceModel(&source);
        source.setDomains(td::domains());
        source.setSnapshot(locatedSnapshot());
        QSignalSpy reset(feed.markers(), &QAbstractItemModel::modelReset);
        source.setLanguage(QStringLiteral("en"));
        const auto *markers = feed.markers();
        QCOMPARE(markers->at(markers->rowOf("health.beds_viet_tiep")).label,
                 QStringLiteral("Bed occupancy – Viet Tiep hospital: 87.50 %"));
        QCOMPARE(reset.size(), 0);
    }

    void newCatalogueRebuilds()
    {
        SeriesListModel source;
        SeriesMarkerFeed feed;
        feed.setSourceModel(&source);
        source.setSnapshot(locatedSnapshot());
        QCOMPARE(feed.markers()->rowCount(), 2);
        auto snap = locatedSnapshot();
        snap.series.erase(snap.series.begin()); // drops the traffic series: a new catalogue
        source.setSnapshot(snap);
        QCOMPARE(feed.markers()->rowCount(), 1);
        QCOMPARE(feed.markers()->rowOf("traffic.speed_hoang_van_thu"), -1);
    }

    void followsInsertsRemovalsAndMoves()
    {
        // Any model with the series roles; QStandardItemModel emits row inserts and removals.
        QStandardItemModel source;
        QAbstractItemModelTester sourceTester(
            &source, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SeriesMarkerFeed feed;
        QAbstractItemModelTester tester(feed.markers(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        feed.setStatusColors(colors());
        feed.setSourceModel(&source);
        QSignalSpy reset(feed.markers(), &QAbstractItemModel::modelReset);
        const auto item = [](const QString& id, QVariant lat, QVariant lon) {
            auto *i = new QStandardItem;
            i->setData(id, SeriesListModel::IdRole);
            i->setData(id, SeriesListModel::LabelRole);
            i->setData(QStringLiteral("fresh"), SeriesListModel::StatusRole);
            i->setData(lat, SeriesListModel::LatitudeRole);
            i->setData(lon, SeriesListModel::LongitudeRole);
            return i;
        };
        source.appendRow(item("env.rain.a", 20.8, 106.6));
        source.appendRow(
            item("city.total", QVariant::fromValue(nullptr), QVariant::fromValue(nullptr)));
        source.appendRow(item("env.aqi.b", 20.9, 106.7));
        QCOMPARE(feed.markers()->rowCount(), 2);
        QCOMPARE(feed.markers()->at(feed.markers()->rowOf("env.rain.a")).kind,
                 QStringLiteral("sensor.rain"));

        // A series gains a place, another loses it.
        source.item(1)->setData(20.7, SeriesListModel::LatitudeRole);
        source.item(1)->setData(106.5, SeriesListModel::LongitudeRole);
        QVERIFY(feed.markers()->rowOf("city.total") >= 0);
        source.item(0)->setData(QVariant::fromValue(nullptr), SeriesListModel::LatitudeRole);
        QCOMPARE(feed.markers()->rowOf("env.rain.a"), -1);

        source.removeRow(2);
        QCOMPARE(feed.markers()->rowOf("env.aqi.b"), -1);
        QCOMPARE(feed.markers()->rowCount(), 1);
        QCOMPARE(reset.size(), 0);
    }

    void recoloursWhenThemeColoursChange()
    {
        SeriesListModel source;
        SeriesMarkerFeed feed;
        feed.setSourceModel(&source);
        source.setSnapshot(locatedSnapshot());
        const auto *markers = feed.markers();
        const int row = markers->rowOf("health.beds_viet_tiep");
        QVERIFY(!markers->at(row).color.isValid()); // no colours yet: the kind's colour applies
        feed.setStatusColors(colors());
        QCOMPARE(markers->at(row).color, QColor("#2fd27a"));
    }
};

QTEST_GUILESS_MAIN(tst_SeriesMarkerFeed)
#include "tst_SeriesMarkerFeed.moc"
