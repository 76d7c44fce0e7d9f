// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesFilterModel.h"
#include "SeriesListModel.h"
#include "TestData.h"
#include "TextFolding.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using ioc::console::SeriesFilterModel;
using ioc::console::SeriesListModel;
namespace td = ioc::testdata;

class tst_SeriesFilterModel : public QObject
{
    Q_OBJECT

private:
    static QStringList ids(const QAbstractItemModel& m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, 0).data(SeriesListModel::IdRole).toString();
        return out;
    }

private slots:
    void foldingStripsVietnameseMarks()
    {
        using ioc::console::foldForSearch;
        QCOMPARE(foldForSearch(QStringLiteral("Đồ Sơn")), QStringLiteral("do son"));
        QCOMPARE(foldForSearch(QStringLiteral("Hải Phòng – Cát Hải")),
                 QStringLiteral("hai phong – cat hai"));
        QCOMPARE(foldForSearch(QStringLiteral("ĐỘ MẶN")), QStringLiteral("do man"));
    }

    void sortsByDomainOrderThenLabel()
    {
        SeriesListModel source;
        SeriesFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        source.setDomains(td::domains());
        source.setSnapshot(td::snapshot());
        // socio (order 1): "Chỉ số…" < "Tổng mức…"; security (2): "Đâm va…" < "Tốc độ…"; health (5)
        QCOMPARE(ids(proxy), (QStringList{"socio.cpi", "socio.retail", "traffic.accidents",
                                          "traffic.speed_hoang_van_thu", "health.beds_viet_tiep"}));
        QCOMPARE(proxy.count(), 5);
    }

    void filtersByDomain()
    {
        SeriesListModel source;
        SeriesFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        source.setDomains(td::domains());
        source.setSnapshot(td::snapshot());
        QSignalSpy count(&proxy, &SeriesFilterModel::countChanged);
        proxy.setDomainId(QStringLiteral("security_traffic"));
        QCOMPARE(ids(proxy), (QStringList{"traffic.accidents", "traffic.speed_hoang_van_thu"}));
        QCOMPARE(proxy.count(), 2);
        QVERIFY(count.count() >= 1);
        proxy.setDomainId(QStringLiteral("nothing_here"));
        QCOMPARE(proxy.count(), 0);
    }

    void filtersByUnitCodeAndSeriesId()
    {
        SeriesListModel source;
        SeriesFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        source.setDomains(td::domains());
        auto snap = td::snapshot();
        snap.series[0].info.unitCode = "11311"; // traffic.speed_hoang_van_thu
        snap.series[1].info.unitCode = "11311"; // health.beds_viet_tiep
        snap.series[3].info.unitCode = "11383"; // traffic.accidents
        source.setSnapshot(snap);

        QSignalSpy unitSpy(&proxy, &SeriesFilterModel::unitCodeChanged);
        proxy.setUnitCode(QStringLiteral("11311"));
        QCOMPARE(unitSpy.count(), 1);
        QCOMPARE(ids(proxy), (QStringList{"traffic.speed_hoang_van_thu", "health.beds_viet_tiep"}));
        // Combines with the domain filter.
        proxy.setDomainId(QStringLiteral("health"));
        QCOMPARE(ids(proxy), QStringList{"health.beds_viet_tiep"});
        proxy.setDomainId({});
        proxy.setUnitCode({});
        QCOMPARE(proxy.count(), 5);

        proxy.setSeriesId(QStringLiteral("traffic.accidents"));
        QCOMPARE(ids(proxy), QStringList{"traffic.accidents"});
        proxy.setSeriesId(QStringLiteral("traffic"));
        QCOMPARE(proxy.count(), 0); // exact id, not a prefix
    }

    void textFilterIgnoresDiacriticsAndCase()
    {
        SeriesListModel source;
        SeriesFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        source.setDomains(td::domains());
        source.setSnapshot(td::snapshot());

        proxy.setFilterText(QStringLiteral("hoang van thu"));
        QCOMPARE(ids(proxy), QStringList{"traffic.speed_hoang_van_thu"});
        proxy.setFilterText(QStringLiteral("DAM VA"));
        QCOMPARE(ids(proxy), QStringList{"traffic.accidents"});
        // Every word must match, in any field (here: label and domain).
        proxy.setFilterText(QStringLiteral("giường y tế"));
        QCOMPARE(ids(proxy), QStringList{"health.beds_viet_tiep"});
        proxy.setFilterText(QStringLiteral("retail sales"));
        QCOMPARE(ids(proxy), QStringList{"socio.retail"});
        proxy.setFilterText(QStringLiteral("xyz"));
        QCOMPARE(proxy.count(), 0);
        proxy.setFilterText(QString{});
        QCOMPARE(proxy.count(), 5);
    }

    void liveUpdatesKeepOrderAndMembership()
    {
        SeriesListModel source;
        SeriesFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        source.setDomains(td::domains());
        source.setSnapshot(td::snapshot());
        proxy.setDomainId(QStringLiteral("health"));
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        QVERIFY(source.applyDelta(td::value("health.beds_viet_tiep", 90, "2026-11-28T04:10:00Z")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(proxy.index(0, 0).data(SeriesListModel::DisplayValueRole).toString(),
                 QStringLiteral("90"));
        // A delta outside the filter does not reach this proxy.
        QVERIFY(source.applyDelta(td::value("socio.cpi", 101.2, "2026-11-28T04:10:00Z")));
        QCOMPARE(changed.count(), 1);
    }

    void languageSwitchResorts()
    {
        SeriesListModel source;
        SeriesFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        source.setDomains(td::domains());
        source.setSnapshot(td::snapshot());
        proxy.setDomainId(QStringLiteral("socio_economic"));
        QCOMPARE(ids(proxy), (QStringList{"socio.cpi", "socio.retail"}));
        source.setLanguage(QStringLiteral("en"));
        // "Consumer price index" < "Retail sales" still; security: "Average…" < "Traffic…"
        QCOMPARE(ids(proxy), (QStringList{"socio.cpi", "socio.retail"}));
        proxy.setDomainId(QStringLiteral("security_traffic"));
        QCOMPARE(ids(proxy), (QStringList{"traffic.speed_hoang_van_thu", "traffic.accidents"}));
    }
};

QTEST_GUILESS_MAIN(tst_SeriesFilterModel)
#include "tst_SeriesFilterModel.moc"
