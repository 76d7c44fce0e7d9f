// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapMarkerModel.h"

#include <QAbstractItemModelTester>
#include <QGeoCoordinate>
#include <QSignalSpy>
#include <QtTest>

using namespace ioc::map;

namespace {

MapMarker incident(const QString& id, int severity = 2)
{
    return {.id = id,
            .kind = QStringLiteral("incident"),
            .latitude = 20.81917,
            .longitude = 106.72472,
            .severity = severity,
            .label = QStringLiteral("Ngập nước ") + id,
            .timestamp = QDateTime(QDate(2025, 7, 1), QTime(8, 0), Qt::UTC)};
}

} // namespace

class MapMarkerModelTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertsAndExposesRoles();
    void updateTouchesOnlyChangedRoles();
    void unchangedUpsertEmitsNothing();
    void rejectsInvalidMarkers();
    void removeKeepsIdsResolvable();
    void setMarkersResetsAndSkipsDuplicates();
    void qmlApi();

private:
    std::unique_ptr<MapMarkerModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void MapMarkerModelTest::init()
{
    m_model = std::make_unique<MapMarkerModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void MapMarkerModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void MapMarkerModelTest::insertsAndExposesRoles()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy count(m_model.get(), &MapMarkerModel::countChanged);
    QVERIFY(m_model->upsert(incident(QStringLiteral("a"), 4)));
    QVERIFY(m_model->upsert(incident(QStringLiteral("b"))));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(count.count(), 2);
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex i = m_model->index(0);
    QCOMPARE(i.data(MapMarkerModel::IdRole).toString(), QStringLiteral("a"));
    QCOMPARE(i.data(MapMarkerModel::KindRole).toString(), QStringLiteral("incident"));
    QCOMPARE(i.data(MapMarkerModel::SeverityRole).toInt(), 4);
    QCOMPARE(i.data(MapMarkerModel::CoordinateRole).value<QGeoCoordinate>(),
             QGeoCoordinate(20.81917, 106.72472));
    QCOMPARE(i.data(Qt::DisplayRole).toString(), QStringLiteral("Ngập nước a"));
    QVERIFY(!i.data(MapMarkerModel::ColorRole).value<QColor>().isValid());
    QCOMPARE(m_model->roleNames().value(MapMarkerModel::IdRole), QByteArray("markerId"));
    QCOMPARE(int(MapMarkerModel::IdRole), Qt::UserRole + 1);
    QCOMPARE(m_model->rowOf(QStringLiteral("b")), 1);
}

void MapMarkerModelTest::updateTouchesOnlyChangedRoles()
{
    m_model->upsert(incident(QStringLiteral("a")));
    m_model->upsert(incident(QStringLiteral("b")));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    MapMarker moved = incident(QStringLiteral("b"));
    moved.latitude = 20.9;
    moved.severity = 3;
    QVERIFY(m_model->upsert(moved));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 1);
    QCOMPARE(changed[0][1].toModelIndex().row(), 1);
    const auto roles = changed[0][2].value<QList<int>>();
    QVERIFY(roles.contains(MapMarkerModel::LatitudeRole));
    QVERIFY(roles.contains(MapMarkerModel::CoordinateRole));
    QVERIFY(roles.contains(MapMarkerModel::SeverityRole));
    QVERIFY(!roles.contains(MapMarkerModel::LabelRole));
    QVERIFY(!roles.contains(MapMarkerModel::LongitudeRole));
    QCOMPARE(m_model->at(1).latitude, 20.9);
}

void MapMarkerModelTest::unchangedUpsertEmitsNothing()
{
    m_model->upsert(incident(QStringLiteral("a")));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->upsert(incident(QStringLiteral("a"))));
    QCOMPARE(changed.count(), 0);
}

void MapMarkerModelTest::rejectsInvalidMarkers()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("marker rejected"));
    QVERIFY(!m_model->upsert(MapMarker{.kind = QStringLiteral("camera")}));
    MapMarker far = incident(QStringLiteral("x"));
    far.latitude = 91;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("marker rejected"));
    QVERIFY(!m_model->upsert(far));
    far.latitude = std::nan("");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("marker rejected"));
    QVERIFY(!m_model->upsert(far));
    QCOMPARE(m_model->rowCount(), 0);
}

void MapMarkerModelTest::removeKeepsIdsResolvable()
{
    for (const char *id : {"a", "b", "c", "d"})
        m_model->upsert(incident(QString::fromLatin1(id)));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->remove(QStringLiteral("b")));
    QVERIFY(!m_model->remove(QStringLiteral("b")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed[0][1].toInt(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(QStringLiteral("c")), 1);
    QCOMPARE(m_model->rowOf(QStringLiteral("d")), 2);
    QCOMPARE(m_model->rowOf(QStringLiteral("b")), -1);
    QCOMPARE(m_model->at(m_model->rowOf(QStringLiteral("d"))).id, QStringLiteral("d"));
}

void MapMarkerModelTest::setMarkersResetsAndSkipsDuplicates()
{
    m_model->upsert(incident(QStringLiteral("old")));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("marker skipped"));
    m_model->setMarkers({incident(QStringLiteral("a")), incident(QStringLiteral("b")),
                         incident(QStringLiteral("a"))});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(QStringLiteral("old")), -1);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

void MapMarkerModelTest::qmlApi()
{
    QVERIFY(m_model->upsert(QVariantMap{{"id", "cam-7"},
                                        {"kind", "camera"},
                                        {"latitude", 20.86},
                                        {"longitude", 106.68},
                                        {"color", QStringLiteral("#ff0000")},
                                        {"label", "Camera Cầu Rào"}}));
    const QVariantMap got = m_model->get(0);
    QCOMPARE(got.value("id").toString(), QStringLiteral("cam-7"));
    QCOMPARE(got.value("color").value<QColor>(), QColor(255, 0, 0));
    QCOMPARE(got.value("latitude").toDouble(), 20.86);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("latitude/longitude missing"));
    QVERIFY(!m_model->upsert(QVariantMap{{"id", "no-place"}, {"kind", "camera"}}));
    QVERIFY(m_model->get(5).isEmpty());
    QVERIFY(m_model->remove(QVariant(QStringLiteral("cam-7"))));
    QCOMPARE(m_model->property("count").toInt(), 0);
}

QTEST_GUILESS_MAIN(MapMarkerModelTest)
#include "MapMarkerModelTest.moc"
