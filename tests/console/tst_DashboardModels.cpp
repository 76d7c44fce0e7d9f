// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard configuration (shipped file and refusals of bad ones), the KPI tiles' status and
// change, the breakdown by unit and the data-source board's order.
#include "BreakdownModel.h"
#include "DashboardConfig.h"
#include "KpiListModel.h"
#include "SeriesListModel.h"
#include "SourceListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ioc::console;
using ioc::domain::Freshness;

namespace {

ioc::protocol::SeriesState series(const std::string& id, const std::string& unitCode,
                                  std::optional<double> v, Freshness status = Freshness::Fresh)
{
    ioc::protocol::SeriesState s;
    s.info.id = id;
    s.info.label = {"Nhãn " + id, "Label " + id};
    s.info.domain = "security_traffic";
    s.info.unit = "km/h";
    s.info.source = "sensor.test";
    s.info.unitCode = unitCode;
    s.current.id = id;
    s.current.value = v;
    if (v)
        s.current.observedAt = ioc::domain::TimePoint{ioc::domain::Milliseconds{1'764'300'000'000}};
    s.current.status = v ? status : Freshness::NoData;
    return s;
}

ioc::protocol::SeriesSnapshot snapshot()
{
    ioc::protocol::SeriesSnapshot snap;
    snap.seq = 5;
    snap.series = {series("traffic.a.speed", "11383", 30),
                   series("traffic.b.speed", "11383", 20),
                   series("traffic.c.speed", "11411", 50, Freshness::Late),
                   series("gov.on_time_rate", "", 96.5),
                   series("citizen.overdue", "", 42),
                   series("socio.cpi", "", 100.1, Freshness::Stale),
                   series("socio.none", "", {})};
    return snap;
}

QJsonObject text(const char *vi, const char *en)
{
    return {{QStringLiteral("vi"), QString::fromUtf8(vi)},
            {QStringLiteral("en"), QString::fromUtf8(en)}};
}

QJsonObject validDashboard()
{
    return {{QStringLiteral("id"), QStringLiteral("government")},
            {QStringLiteral("article"), QStringLiteral("14.3.c")},
            {QStringLiteral("title"), text("Chính quyền", "Government")},
            {QStringLiteral("kpis"),
             QJsonArray{QJsonObject{{QStringLiteral("series"), QStringLiteral("gov.on_time_rate")},
                                    {QStringLiteral("target"), 98},
                                    {QStringLiteral("direction"), QStringLiteral("at_least")},
                                    {QStringLiteral("warning"), 95},
                                    {QStringLiteral("compare"), QStringLiteral("7d")}}}},
            {QStringLiteral("trends"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("title"), text("Đúng hạn", "On time")},
                 {QStringLiteral("series"), QJsonArray{QStringLiteral("gov.on_time_rate")}},
                 {QStringLiteral("range"), QStringLiteral("1h")}}}}};
}

QByteArray configWith(const QJsonObject& dashboard)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                     {QStringLiteral("dashboards"), QJsonArray{dashboard}}})
        .toJson();
}

QJsonObject withKpi(QJsonObject kpi)
{
    QJsonObject d = validDashboard();
    d[QStringLiteral("kpis")] = QJsonArray{kpi};
    return d;
}

} // namespace

class tst_DashboardModels : public QObject
{
    Q_OBJECT

private slots:
    void shippedConfigurationCoversEveryArea()
    {
        QString error;
        const QString path = qEnvironmentVariable("IOC_SOURCE_DIR") +
                             QStringLiteral("/resources/config/dashboards.json");
        const auto dashboards = loadDashboardConfig(path, &error);
        QVERIFY2(dashboards, qPrintable(error));
        QSet<QString> articles;
        for (const auto& d : *dashboards) {
            articles.insert(d.article);
            QVERIFY(!d.title.en.isEmpty());
        }
        // 14.3 a–d, and đ once per sector (ten sectors).
        for (const char *a : {"14.3.a", "14.3.b", "14.3.c", "14.3.d", "14.3.đ"})
            QVERIFY2(articles.contains(QString::fromUtf8(a)), a);
        QCOMPARE(std::count_if(
                     dashboards->begin(), dashboards->end(),
                     [](const DashboardSpec& d) { return d.article == QStringLiteral("14.3.đ"); }),
                 10);
    }

    void parsesAValidDashboard()
    {
        QString error;
        const auto dashboards = parseDashboardConfig(configWith(validDashboard()), &error);
        QVERIFY2(dashboards, qPrintable(error));
        const DashboardSpec& d = dashboards->front();
        QCOMPARE(d.title.in(QStringLiteral("en")), QStringLiteral("Government"));
        QCOMPARE(d.kpis.front().compareSeconds, 7 * 86400);
        QVERIFY(d.kpis.front().target);
        QCOMPARE(d.kpis.front().target->warning, std::optional<double>(95));
        QCOMPARE(d.trends.front().rangeSeconds, 3600);
        QVERIFY(!d.breakdown);
    }

    void badConfigurationNamesThePlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        QTest::newRow("not json") << QByteArray("{\"version\": 1,") << "offset 14: not JSON";
        QTest::newRow("version") << QByteArray("{\"version\": 2, \"dashboards\": []}")
                                 << "version: must be 1";
        QTest::newRow("no dashboards") << QByteArray("{\"version\": 1, \"dashboards\": []}")
                                       << "dashboards: must list at least one dashboard";
        QJsonObject d = validDashboard();
        d.remove(QStringLiteral("id"));
        QTest::newRow("missing id")
            << configWith(d) << "dashboards[0].id: must be a non-empty string";
        QTest::newRow("bad direction")
            << configWith(withKpi({{QStringLiteral("series"), QStringLiteral("x")},
                                   {QStringLiteral("target"), 5},
                                   {QStringLiteral("direction"), QStringLiteral("above")}}))
            << "dashboards[0].kpis[0].direction: must be at_least or at_most";
        QTest::newRow("target without direction")
            << configWith(withKpi({{QStringLiteral("series"), QStringLiteral("x")},
                                   {QStringLiteral("target"), 5}}))
            << "dashboards[0].kpis[0].direction: is required with 'target'";
        QTest::newRow("warning on the wrong side")
            << configWith(withKpi({{QStringLiteral("series"), QStringLiteral("x")},
                                   {QStringLiteral("target"), 95},
                                   {QStringLiteral("direction"), QStringLiteral("at_least")},
                                   {QStringLiteral("warning"), 99}}))
            << "dashboards[0].kpis[0].warning: must lie past the target on the failing side";
        QTest::newRow("bad compare period")
            << configWith(withKpi({{QStringLiteral("series"), QStringLiteral("x")},
                                   {QStringLiteral("compare"), QStringLiteral("2h")}}))
            << "dashboards[0].kpis[0].compare: must be one of 1h, 24h, 7d, 30d";
        QTest::newRow("target not a number")
            << configWith(withKpi({{QStringLiteral("series"), QStringLiteral("x")},
                                   {QStringLiteral("target"), QStringLiteral("95")},
                                   {QStringLiteral("direction"), QStringLiteral("at_least")}}))
            << "dashboards[0].kpis[0].target: must be a number";
        d = validDashboard();
        d[QStringLiteral("breakdown")] =
            QJsonObject{{QStringLiteral("title"), text("a", "b")},
                        {QStringLiteral("series"), QJsonArray{QStringLiteral("x.*")}},
                        {QStringLiteral("aggregate"), QStringLiteral("median")}};
        QTest::newRow("bad aggregate")
            << configWith(d) << "dashboards[0].breakdown.aggregate: must be mean, sum, max or min";
        d = validDashboard();
        d[QStringLiteral("trends")] = QJsonArray{QJsonObject{
            {QStringLiteral("title"), text("a", "b")}, {QStringLiteral("series"), QJsonArray{}}}};
        QTest::newRow("empty trend")
            << configWith(d) << "dashboards[0].trends[0].series: must list at least one series";
        d = validDashboard();
        d.remove(QStringLiteral("kpis"));
        d.remove(QStringLiteral("trends"));
        QTest::newRow("nothing to show")
            << configWith(d) << "dashboards[0]: needs at least one KPI or trend";
        const QByteArray twice =
            QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                      {QStringLiteral("dashboards"),
                                       QJsonArray{validDashboard(), validDashboard()}}})
                .toJson();
        QTest::newRow("duplicate id") << twice << "dashboards[1].id: 'government' is used twice";
    }

    void badConfigurationNamesThePlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parseDashboardConfig(json, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void missingFileNamesTheFile()
    {
        QString error;
        QVERIFY(!loadDashboardConfig(QStringLiteral("/nonexistent/dashboards.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("/nonexistent/dashboards.json: cannot read")),
                 qPrintable(error));
    }

    void patternsMatchWholeIds()
    {
        QVERIFY(matchesSeriesPattern(QStringLiteral("traffic.a.speed"),
                                     QStringLiteral("traffic.*.speed")));
        QVERIFY(!matchesSeriesPattern(QStringLiteral("traffic.a.speed.max"),
                                      QStringLiteral("traffic.*.speed")));
        QVERIFY(matchesSeriesPattern(QStringLiteral("env.aqi.x"), QStringLiteral("env.aqi.*")));
        QVERIFY(!matchesSeriesPattern(QStringLiteral("envXaqi.x"), QStringLiteral("env.aqi.*")));
        QVERIFY(matchesSeriesPattern(QStringLiteral("gov.rate"), QStringLiteral("gov.rate")));
    }

    void kpiTilesJudgeStatusAndChange()
    {
        SeriesListModel seriesModel;
        seriesModel.setSnapshot(snapshot());
        KpiListModel kpis;
        QAbstractItemModelTester tester(&kpis,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        kpis.setSeriesModel(&seriesModel);
        using ioc::domain::KpiDirection;
        kpis.setKpis({{QStringLiteral("gov.on_time_rate"),
                       ioc::domain::KpiTarget{98, KpiDirection::AtLeast, 95}, 86400},
                      {QStringLiteral("citizen.overdue"),
                       ioc::domain::KpiTarget{30, KpiDirection::AtMost, 40}, 3600},
                      {QStringLiteral("socio.cpi"),
                       ioc::domain::KpiTarget{101, KpiDirection::AtMost, {}}, 86400},
                      {QStringLiteral("traffic.a.speed"), std::nullopt, 86400},
                      {QStringLiteral("socio.none"), std::nullopt, 86400},
                      {QStringLiteral("no.such.series"), std::nullopt, 86400}});
        auto role = [&](int row, int r) { return kpis.index(row).data(r); };
        QCOMPARE(role(0, KpiListModel::StatusRole).toString(), QStringLiteral("warning"));
        QCOMPARE(role(1, KpiListModel::StatusRole).toString(), QStringLiteral("breach"));
        QCOMPARE(role(2, KpiListModel::StatusRole).toString(), QStringLiteral("stale"));
        QCOMPARE(role(3, KpiListModel::StatusRole).toString(), QStringLiteral("neutral"));
        QCOMPARE(role(4, KpiListModel::StatusRole).toString(), QStringLiteral("no_data"));
        QCOMPARE(role(5, KpiListModel::KnownRole).toBool(), false);
        QCOMPARE(role(0, KpiListModel::TargetTextRole).toString(), QStringLiteral("≥ 98"));
        QCOMPARE(role(1, KpiListModel::ComparePeriodRole).toString(), QStringLiteral("1h"));
        QCOMPARE(role(0, KpiListModel::DisplayValueRole).toString(), QStringLiteral("96,50"));

        // No previous value yet: no change shown.
        QCOMPARE(role(0, KpiListModel::ChangeTextRole).toString(), QString());
        kpis.setPreviousValue(QStringLiteral("gov.on_time_rate"), 95.0);
        QCOMPARE(role(0, KpiListModel::ChangeTextRole).toString(),
                 QStringLiteral("+1,50 (+1,6 %)"));
        QCOMPARE(role(0, KpiListModel::ImprovedRole).toBool(), true);
        kpis.setPreviousValue(QStringLiteral("citizen.overdue"), 40.0);
        QCOMPARE(role(1, KpiListModel::ImprovedRole).toBool(), false);
        kpis.setLanguage(QStringLiteral("en"));
        QCOMPARE(role(0, KpiListModel::ChangeTextRole).toString(),
                 QStringLiteral("+1.50 (+1.6 %)"));

        // A delta moves the tile: back on target.
        const auto now = ioc::domain::TimePoint{ioc::domain::Milliseconds{1'764'300'060'000}};
        QVERIFY(seriesModel.applyDelta({"gov.on_time_rate", 98.4, now, now, Freshness::Fresh}));
        QCOMPARE(role(0, KpiListModel::StatusRole).toString(), QStringLiteral("on_target"));
        QVERIFY(kpis.statusAt(0) == ioc::domain::KpiStatus::OnTarget);
    }

    void breakdownCombinesSeriesPerUnit()
    {
        SeriesListModel seriesModel;
        seriesModel.setSnapshot(snapshot());
        BreakdownModel breakdown;
        QAbstractItemModelTester tester(&breakdown,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        breakdown.setSeriesModel(&seriesModel);
        breakdown.setSpec(BreakdownSpec{{QStringLiteral("Tốc độ"), {}},
                                        {QStringLiteral("traffic.*.speed")},
                                        BreakdownAggregate::Mean});
        breakdown.setUnitNames({{QStringLiteral("11383"), QStringLiteral("Phường Lê Chân")}});
        QCOMPARE(breakdown.rowCount(), 2);
        // Highest first: 11411 (50), then 11383 (mean of 30 and 20).
        QCOMPARE(breakdown.index(0).data(BreakdownModel::UnitCodeRole).toString(),
                 QStringLiteral("11411"));
        QCOMPARE(breakdown.index(0).data(BreakdownModel::StatusRole).toString(),
                 QStringLiteral("late"));
        QCOMPARE(breakdown.index(1).data(BreakdownModel::ValueRole).toDouble(), 25.0);
        QCOMPARE(breakdown.index(1).data(BreakdownModel::UnitNameRole).toString(),
                 QStringLiteral("Phường Lê Chân"));
        QCOMPARE(breakdown.index(1).data(BreakdownModel::SeriesCountRole).toInt(), 2);
        QCOMPARE(breakdown.unitValues().value(QStringLiteral("11383")).toDouble(), 25.0);
        QCOMPARE(breakdown.seriesInUnit(QStringLiteral("11383")).size(), 2);

        breakdown.setSpec(BreakdownSpec{{QStringLiteral("Tốc độ"), {}},
                                        {QStringLiteral("traffic.*.speed")},
                                        BreakdownAggregate::Sum});
        QCOMPARE(breakdown.unitValues().value(QStringLiteral("11383")).toDouble(), 50.0);
        breakdown.setSpec(BreakdownSpec{{QStringLiteral("Tốc độ"), {}},
                                        {QStringLiteral("traffic.*.speed")},
                                        BreakdownAggregate::Min});
        QCOMPARE(breakdown.unitValues().value(QStringLiteral("11383")).toDouble(), 20.0);
        breakdown.setSpec(std::nullopt);
        QCOMPARE(breakdown.rowCount(), 0);
        QVERIFY(!breakdown.active());
    }

    void sourceBoardListsOverdueFirst()
    {
        SourceListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto source = [](const char *id, const char *status, int lateness) {
            return QJsonObject{
                {QStringLiteral("id"), QString::fromLatin1(id)},
                {QStringLiteral("label"), text("Nguồn", "Source")},
                {QStringLiteral("kind"), QStringLiteral("department")},
                {QStringLiteral("status"), QString::fromLatin1(status)},
                {QStringLiteral("lateness_s"), lateness},
                {QStringLiteral("rejected_by_reason"),
                 QJsonObject{{QStringLiteral("future_time"), 2}}},
                {QStringLiteral("connectors"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("state"), QStringLiteral("up")}},
                     QJsonObject{{QStringLiteral("state"), QStringLiteral("failing")},
                                 {QStringLiteral("last_error"), QStringLiteral("timeout")}}}},
                {QStringLiteral("urge_count"), 1},
                {QStringLiteral("last_urge"),
                 QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-11-28T10:00:00Z")},
                             {QStringLiteral("by"), QStringLiteral("officer")},
                             {QStringLiteral("note"), QStringLiteral("gọi điện")}}}};
        };
        model.setSources({source("a.fresh", "fresh", 0), source("b.late", "late", 120),
                          source("c.stale", "stale", 9000), source("d.fresh", "fresh", 0)});
        QCOMPARE(model.overdueCount(), 2);
        QCOMPARE(model.sourceIdAt(0), QStringLiteral("c.stale"));
        QCOMPARE(model.sourceIdAt(1), QStringLiteral("b.late"));
        QCOMPARE(model.sourceIdAt(2), QStringLiteral("a.fresh"));
        const QModelIndex top = model.index(0);
        QCOMPARE(top.data(SourceListModel::ConnectorStateRole).toString(),
                 QStringLiteral("failing"));
        QCOMPARE(top.data(SourceListModel::ConnectorErrorRole).toString(),
                 QStringLiteral("timeout"));
        QCOMPARE(top.data(SourceListModel::RejectedReasonsRole).toString(),
                 QStringLiteral("future_time 2"));
        QCOMPARE(top.data(SourceListModel::LastUrgeByRole).toString(), QStringLiteral("officer"));
        QCOMPARE(top.data(SourceListModel::LabelRole).toString(), QStringLiteral("Nguồn"));
        model.setLanguage(QStringLiteral("en"));
        QCOMPARE(top.data(SourceListModel::LabelRole).toString(), QStringLiteral("Source"));
    }
};

QTEST_GUILESS_MAIN(tst_DashboardModels)
#include "tst_DashboardModels.moc"
