// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesListModel.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using ioc::console::SeriesListModel;
using ioc::domain::Freshness;
namespace td = ioc::testdata;

class tst_SeriesListModel : public QObject
{
    Q_OBJECT

private:
    static QVariant roleAt(const SeriesListModel& m, const QString& id, int role)
    {
        return m.index(m.rowOf(id)).data(role);
    }

private slots:
    void snapshotFillsRowsWithAllRoles()
    {
        SeriesListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDomains(td::domains());
        model.setSnapshot(td::snapshot());
        QCOMPARE(model.rowCount(), 5);

        const QString id = QStringLiteral("traffic.speed_hoang_van_thu");
        QCOMPARE(roleAt(model, id, SeriesListModel::IdRole).toString(), id);
        QCOMPARE(roleAt(model, id, SeriesListModel::LabelRole).toString(),
                 QStringLiteral("Tốc độ trung bình cầu Hoàng Văn Thụ"));
        QCOMPARE(roleAt(model, id, SeriesListModel::DomainIdRole).toString(),
                 QStringLiteral("security_traffic"));
        QCOMPARE(roleAt(model, id, SeriesListModel::DomainLabelRole).toString(),
                 QStringLiteral("An ninh trật tự và giao thông đô thị"));
        QCOMPARE(roleAt(model, id, SeriesListModel::DomainOrderRole).toInt(), 2);
        QCOMPARE(roleAt(model, id, SeriesListModel::UnitRole).toString(), QStringLiteral("km/h"));
        QCOMPARE(roleAt(model, id, SeriesListModel::ValueRole).toDouble(), 31.456);
        QCOMPARE(roleAt(model, id, SeriesListModel::DisplayValueRole).toString(),
                 QStringLiteral("31,46")); // Vietnamese decimal comma
        QCOMPARE(roleAt(model, id, SeriesListModel::ObservedAtRole).toDateTime(),
                 QDateTime(QDate(2026, 11, 28), QTime(4, 0), QTimeZone::utc()));
        QCOMPARE(roleAt(model, id, SeriesListModel::NextDueAtRole).toDateTime(),
                 QDateTime(QDate(2026, 11, 28), QTime(4, 1), QTimeZone::utc()));
        QCOMPARE(roleAt(model, id, SeriesListModel::StatusRole).toString(),
                 QStringLiteral("fresh"));
        QCOMPARE(roleAt(model, id, SeriesListModel::SourceRole).toString(),
                 QStringLiteral("test.source"));

        // Large numbers are grouped, missing values shown as a dash, status names as on the wire.
        QCOMPARE(roleAt(model, QStringLiteral("socio.retail"), SeriesListModel::DisplayValueRole)
                     .toString(),
                 QStringLiteral("1.234.567"));
        QCOMPARE(
            roleAt(model, QStringLiteral("socio.retail"), SeriesListModel::StatusRole).toString(),
            QStringLiteral("late"));
        const QString cpi = QStringLiteral("socio.cpi");
        QVERIFY(roleAt(model, cpi, SeriesListModel::ValueRole).isNull());
        QCOMPARE(roleAt(model, cpi, SeriesListModel::DisplayValueRole).toString(),
                 QStringLiteral("—"));
        QCOMPARE(roleAt(model, cpi, SeriesListModel::StatusRole).toString(),
                 QStringLiteral("no_data"));
        QVERIFY(!roleAt(model, cpi, SeriesListModel::ObservedAtRole).toDateTime().isValid());
    }

    void roleNamesAreStableForQml()
    {
        SeriesListModel model;
        const auto names = model.roleNames();
        QCOMPARE(names.value(SeriesListModel::IdRole), QByteArray("seriesId"));
        QCOMPARE(names.value(SeriesListModel::DisplayValueRole), QByteArray("displayValue"));
        QCOMPARE(names.value(SeriesListModel::StatusRole), QByteArray("status"));
        QCOMPARE(names.value(SeriesListModel::LatitudeRole), QByteArray("latitude"));
        QCOMPARE(names.value(SeriesListModel::LongitudeRole), QByteArray("longitude"));
        QCOMPARE(int(SeriesListModel::IdRole), Qt::UserRole + 1);
    }

    void placeIsNullWithoutCoordinates()
    {
        SeriesListModel model;
        auto snap = td::snapshot();
        snap.series[0].info.lat = 20.8661;
        snap.series[0].info.lon = 106.6787;
        model.setSnapshot(snap);
        const QString located = QString::fromStdString(snap.series[0].info.id);
        QCOMPARE(roleAt(model, located, SeriesListModel::LatitudeRole).toDouble(), 20.8661);
        QCOMPARE(roleAt(model, located, SeriesListModel::LongitudeRole).toDouble(), 106.6787);
        QVERIFY(roleAt(model, QStringLiteral("socio.cpi"), SeriesListModel::LatitudeRole).isNull());
        QVERIFY(
            roleAt(model, QStringLiteral("socio.cpi"), SeriesListModel::LongitudeRole).isNull());
    }

    void deltaChangesOneRowInPlace()
    {
        SeriesListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDomains(td::domains());
        model.setSnapshot(td::snapshot());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const QString id = QStringLiteral("health.beds_viet_tiep");
        const int row = model.rowOf(id);
        QVERIFY(model.applyDelta(
            td::value(id.toStdString(), 91.0, "2026-11-28T04:05:00Z", Freshness::Fresh)));

        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const auto args = changed.takeFirst();
        QCOMPARE(args.at(0).toModelIndex().row(), row);
        QCOMPARE(args.at(1).toModelIndex().row(), row);
        const auto roles = args.at(2).value<QList<int>>();
        QVERIFY(roles.contains(SeriesListModel::ValueRole));
        QVERIFY(roles.contains(SeriesListModel::DisplayValueRole));
        QVERIFY(roles.contains(SeriesListModel::ObservedAtRole));
        QVERIFY(!roles.contains(SeriesListModel::StatusRole)); // still fresh
        QVERIFY(!roles.contains(SeriesListModel::LabelRole));
        QCOMPARE(roleAt(model, id, SeriesListModel::DisplayValueRole).toString(),
                 QStringLiteral("91"));

        // Only the status moves: only the status role is announced.
        QVERIFY(model.applyDelta(
            td::value(id.toStdString(), 91.0, "2026-11-28T04:05:00Z", Freshness::Stale)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(2).value<QList<int>>(),
                 QList<int>{SeriesListModel::StatusRole});
        QCOMPARE(roleAt(model, id, SeriesListModel::StatusRole).toString(),
                 QStringLiteral("stale"));
    }

    void deltaForUnknownSeriesIsRejected()
    {
        SeriesListModel model;
        model.setSnapshot(td::snapshot());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model.applyDelta(td::value("no.such.series", 1, "2026-11-28T04:05:00Z")));
        QCOMPARE(changed.count(), 0);
    }

    void sameCatalogueSnapshotUpdatesWithoutReset()
    {
        SeriesListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(td::snapshot(10));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        auto again = td::snapshot(42);
        again.series[0].current.value = 55.0;
        model.setSnapshot(again);
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() > 0);
        QCOMPARE(model.index(0).data(SeriesListModel::ValueRole).toDouble(), 55.0);

        // A different catalogue resets.
        auto other = td::snapshot(43);
        other.series.pop_back();
        model.setSnapshot(other);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(QStringLiteral("socio.cpi")), -1);
    }

    void languageSwitchRelabelsAndReformats()
    {
        SeriesListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDomains(td::domains());
        model.setSnapshot(td::snapshot());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(QStringLiteral("en"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(SeriesListModel::LabelRole));

        const QString id = QStringLiteral("traffic.speed_hoang_van_thu");
        QCOMPARE(roleAt(model, id, SeriesListModel::LabelRole).toString(),
                 QStringLiteral("Average speed, Hoang Van Thu bridge"));
        QCOMPARE(roleAt(model, id, SeriesListModel::DomainLabelRole).toString(),
                 QStringLiteral("Security, public order and urban traffic"));
        QCOMPARE(roleAt(model, id, SeriesListModel::DisplayValueRole).toString(),
                 QStringLiteral("31.46"));
        QCOMPARE(roleAt(model, QStringLiteral("socio.retail"), SeriesListModel::DisplayValueRole)
                     .toString(),
                 QStringLiteral("1,234,567"));
    }

    void searchTextIsFolded()
    {
        SeriesListModel model;
        model.setDomains(td::domains());
        model.setSnapshot(td::snapshot());
        const QString text =
            roleAt(model, QStringLiteral("traffic.accidents"), SeriesListModel::SearchTextRole)
                .toString();
        QVERIFY2(text.contains(QStringLiteral("dam va giao thong")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("traffic collisions")));
        QVERIFY(text.contains(QStringLiteral("an ninh trat tu")));
    }
};

QTEST_GUILESS_MAIN(tst_SeriesListModel)
#include "tst_SeriesListModel.moc"
