// SPDX-License-Identifier: GPL-3.0-or-later
// The audit page as iocd sends it (GET /api/v1/audit?verify=true), the model over it, the query
// URL, and which views each role sees.
#include "AuditListModel.h"
#include "RoleAccess.h"
#include "ioc/client/AuditClient.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using ioc::client::AuditClient;
using ioc::console::AuditListModel;

namespace {

// The shape iocd answers (docs/api.md): details is any JSON, first_broken_id null when intact.
const char kIntact[] =
    "{\"entries\":[{\"id\":7,\"at\":\"2026-11-28T10:00:01.250Z\",\"actor\":\"supervisor\","
    "\"role\":\"supervisor\",\"action\":\"login\",\"target\":\"supervisor\","
    "\"details\":{\"remote\":\"127.0.0.1\"},\"hash\":\"ab\"},"
    "{\"id\":6,\"at\":\"2026-11-28T09:59:00Z\",\"actor\":\"officer2\",\"role\":\"-\","
    "\"action\":\"login.failed\",\"target\":\"officer2\",\"details\":\"plain\",\"hash\":\"cd\"}],"
    "\"verification\":{\"ok\":true,\"entries\":7,\"first_broken_id\":null,\"reason\":\"\"}}";

const char kBroken[] =
    "{\"entries\":[{\"id\":3,\"at\":\"2026-11-28T10:00:00Z\",\"actor\":\"mallory\",\"role\":"
    "\"officer\",\"action\":\"login\",\"target\":\"officer\",\"details\":{},\"hash\":\"x\"},"
    "{\"id\":2,\"at\":\"2026-11-28T09:00:00Z\",\"actor\":\"officer\",\"role\":\"officer\","
    "\"action\":\"login\",\"target\":\"officer\",\"details\":{},\"hash\":\"y\"}],"
    "\"verification\":{\"ok\":false,\"entries\":5,\"first_broken_id\":3,"
    "\"reason\":\"hash mismatch\"}}";

} // namespace

class tst_AuditListModel : public QObject
{
    Q_OBJECT

private slots:
    void parsesAnIntactPage()
    {
        const auto page = AuditClient::parse(kIntact);
        QVERIFY(page);
        QCOMPARE(page->entries.size(), std::size_t{2});
        const auto& first = page->entries[0];
        QCOMPARE(first.id, 7);
        QCOMPARE(first.at, QDateTime(QDate(2026, 11, 28), QTime(10, 0, 1, 250), QTimeZone::utc()));
        QCOMPARE(first.actor, QStringLiteral("supervisor"));
        QCOMPARE(first.action, QStringLiteral("login"));
        QCOMPARE(first.detail, QStringLiteral("{\"remote\":\"127.0.0.1\"}"));
        QCOMPARE(page->entries[1].detail, QStringLiteral("plain"));
        QVERIFY(page->verification);
        QVERIFY(page->verification->intact);
        QCOMPARE(page->verification->checked, 7);
        QCOMPARE(page->verification->firstBrokenId, 0);
    }

    void parsesABrokenChain()
    {
        const auto page = AuditClient::parse(kBroken);
        QVERIFY(page && page->verification);
        QVERIFY(!page->verification->intact);
        QCOMPARE(page->verification->firstBrokenId, 3);
        QCOMPARE(page->verification->reason, QStringLiteral("hash mismatch"));
    }

    void refusesWhatIsNotAPage()
    {
        QVERIFY(!AuditClient::parse("not json"));
        QVERIFY(!AuditClient::parse("[]"));
        QVERIFY(!AuditClient::parse("{\"entries\":3}"));
        const auto empty = AuditClient::parse("{\"entries\":[]}");
        QVERIFY(empty && empty->entries.empty() && !empty->verification);
    }

    void modelFlagsTheBrokenEntry()
    {
        AuditListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        auto page = AuditClient::parse(kBroken);
        model.setEntries(page->entries, page->verification->firstBrokenId);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(AuditListModel::ActorRole).toString(),
                 QStringLiteral("mallory"));
        QCOMPARE(model.index(0).data(AuditListModel::BrokenRole).toBool(), true);
        QCOMPARE(model.index(1).data(AuditListModel::BrokenRole).toBool(), false);
        QCOMPARE(model.index(1).data(AuditListModel::IdRole).toLongLong(), 2);
        QCOMPARE(model.index(1).data(Qt::DisplayRole).toString(), QStringLiteral("login"));
        QVERIFY(model.roleNames().values().contains("broken"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void queryUrlCarriesTheFilters()
    {
        const QUrl url = AuditClient::url(
            QUrl(QStringLiteral("https://ioc.example:8443")),
            {.actor = QStringLiteral(" officer "),
             .action = QStringLiteral("login.failed"),
             .from = QDateTime(QDate(2026, 11, 28), QTime(0, 0), QTimeZone(7 * 3600)),
             .limit = 50});
        QCOMPARE(url.path(), QStringLiteral("/api/v1/audit"));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("verify")), QStringLiteral("true"));
        QCOMPARE(q.queryItemValue(QStringLiteral("actor")), QStringLiteral("officer"));
        QCOMPARE(q.queryItemValue(QStringLiteral("action")), QStringLiteral("login.failed"));
        // Local midnight in Hai Phong is 17:00 UTC the day before.
        QCOMPARE(q.queryItemValue(QStringLiteral("from")), QStringLiteral("2026-11-27T17:00:00Z"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("to")));
        QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
    }

    void rolesSeeTheirViews()
    {
        using ioc::console::accessForRole;
        const auto officer = accessForRole(QStringLiteral("officer"));
        QVERIFY(officer.workstation && !officer.audit && !officer.approvals &&
                !officer.displayOnly);
        const auto supervisor = accessForRole(QStringLiteral("supervisor"));
        QVERIFY(supervisor.workstation && supervisor.audit && supervisor.approvals);
        QVERIFY(!supervisor.userAdmin);
        const auto admin = accessForRole(QStringLiteral("admin"));
        QVERIFY(admin.audit && admin.userAdmin && !admin.approvals);
        const auto wall = accessForRole(QStringLiteral("wall"));
        QVERIFY(wall.displayOnly && !wall.workstation && !wall.audit);
        const auto unknown = accessForRole(QStringLiteral("root"));
        QVERIFY(unknown.displayOnly && !unknown.audit && !unknown.userAdmin);
    }
};

QTEST_GUILESS_MAIN(tst_AuditListModel)
#include "tst_AuditListModel.moc"
