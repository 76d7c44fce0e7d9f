// SPDX-License-Identifier: GPL-3.0-or-later
// The console's incident side against the real iocd --demo (10 seeded incidents; officer,
// supervisor and supervisor2 with password "demo"): the list pages on demand, follows the
// stream, the lifecycle runs officer -> supervisor across two consoles, and refusals arrive in
// the server's own words.
#include "IncidentController.h"
#include "IncidentListModel.h"
#include "IocdProcess.h"
#include "SessionController.h"
#include "ioc/client/ApiRequester.h"
#include "ioc/client/AuthClient.h"
#include "ioc/client/BackendClient.h"

#include <QDateTime>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using ioc::client::ApiRequester;
using ioc::client::AuthClient;
using ioc::client::BackendClient;
using ioc::console::IncidentController;
using ioc::console::IncidentListModel;
using ioc::console::SessionController;

namespace {

// One signed-in console: the same objects main() wires together.
struct Console
{
    explicit Console(const QUrl& base)
        : auth({.baseUrl = base})
        , backend({.baseUrl = base})
        , session(&auth, &backend)
        , api(base, {}, [this] { return session.token(); })
        , incidents(&api, &backend, &session)
    {}

    bool signIn(const QString& user)
    {
        session.login(user, QStringLiteral("demo"));
        return QTest::qWaitFor([&] { return session.loggedIn(); }, 15'000) &&
               QTest::qWaitFor([&] { return backend.snapshotCount() > 0; }, 15'000);
    }

    IncidentListModel& list() { return *incidents.list(); }

    AuthClient auth;
    BackendClient backend;
    SessionController session;
    ApiRequester api;
    IncidentController incidents;
};

QString statusOf(IncidentController& c)
{
    return c.detail().value(QStringLiteral("status")).toString();
}

} // namespace

class tst_IncidentsIocd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<IocdProcess> m_iocd;

    QUrl base() const { return m_iocd->httpUrl(QString()); }

    // Creates an incident through `c` and waits until its detail is selected; returns its id.
    qint64 create(Console& c, const QString& title)
    {
        QSignalSpy created(&c.incidents, &IncidentController::created);
        c.incidents.create(title, QStringLiteral("Nước ngập 40 cm, xe máy chết máy"),
                           QStringLiteral("flooding"), 3, QString(), false);
        if (!QTest::qWaitFor([&] { return created.count() == 1; }, 15'000)) {
            qWarning("not created: %s", qPrintable(c.incidents.errorMessage()));
            return 0;
        }
        return created.first().first().toLongLong();
    }

    // Runs `action` on the selected incident and waits for the detail to reach `status`.
    bool act(Console& c, const QString& action, const QString& status, const QString& comment = {})
    {
        QSignalSpy accepted(&c.incidents, &IncidentController::actionAccepted);
        c.incidents.transition(action, comment);
        return QTest::qWaitFor(
            [&] { return accepted.count() == 1 && statusOf(c.incidents) == status; }, 15'000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_iocd = std::make_unique<IocdProcess>(m_dir.filePath(QStringLiteral("data")));
        QVERIFY(m_iocd->start());
    }

    void listLoadsPageByPage()
    {
        Console officer(base());
        officer.list().setPageSize(4);
        QVERIFY(officer.signIn(QStringLiteral("officer")));
        QTRY_COMPARE_WITH_TIMEOUT(officer.list().rowCount(), 4, 15'000);
        QTRY_VERIFY(officer.list().canFetchMore({}));
        QVERIFY(officer.list().hasMore());

        // Page on demand until the server says there is no more; nothing twice.
        for (int i = 0; i < 20 && officer.list().hasMore(); ++i) {
            const int before = officer.list().rowCount();
            officer.list().fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(
                officer.list().rowCount() > before || !officer.list().hasMore(), 15'000);
            QTRY_VERIFY(!officer.list().loading());
        }
        QVERIFY(!officer.list().hasMore());
        QVERIFY2(officer.list().rowCount() >= 10, "the demo seeds 10 incidents");
        QSet<qint64> ids;
        for (int row = 0; row < officer.list().rowCount(); ++row)
            ids.insert(officer.list()
                           .data(officer.list().index(row), IncidentListModel::IdRole)
                           .toLongLong());
        QCOMPARE(ids.size(), officer.list().rowCount());
    }

    void searchIgnoresDiacriticsAndUnitsFilterInCpp()
    {
        Console officer(base());
        QVERIFY(officer.signIn(QStringLiteral("officer")));
        QTRY_VERIFY_WITH_TIMEOUT(officer.incidents.units()->rowCount() > 100, 15'000);
        officer.incidents.units()->setFilter(QStringLiteral("do son"));
        QVERIFY(officer.incidents.units()->rowCount() >= 1);
        QVERIFY(officer.incidents.units()
                    ->data(officer.incidents.units()->index(0),
                           ioc::console::IncidentUnitModel::FullNameRole)
                    .toString()
                    .contains(QStringLiteral("Đồ Sơn")));

        QVERIFY(create(officer, QStringLiteral("Ngập đường Lạch Tray gần cầu")) > 0);
        QSignalSpy reloaded(&officer.list(), &IncidentListModel::reloaded);
        officer.list().setSearch(QStringLiteral("lach tray gan"));
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 15'000);
        QVERIFY(officer.list().rowCount() >= 1);
        for (int row = 0; row < officer.list().rowCount(); ++row)
            QVERIFY(officer.list()
                        .data(officer.list().index(row), IncidentListModel::TitleRole)
                        .toString()
                        .contains(QStringLiteral("Lạch Tray")));
    }

    void createdElsewhereArrivesThroughTheStream()
    {
        Console watcher(base());
        Console officer(base());
        QVERIFY(watcher.signIn(QStringLiteral("supervisor")));
        QVERIFY(officer.signIn(QStringLiteral("officer")));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.list().rowCount() >= 10, 15'000);

        const qint64 id = create(officer, QStringLiteral("Cây đổ chắn đường Đà Nẵng"));
        QVERIFY(id > 0);
        // The watcher did not reload: the incident came with the stream, on top.
        QTRY_COMPARE_WITH_TIMEOUT(watcher.list().rowOf(id), 0, 15'000);
        QCOMPARE(watcher.list().data(watcher.list().index(0), IncidentListModel::StatusRole),
                 QVariant(QStringLiteral("new")));
    }

    void officerProposesSupervisorApproves()
    {
        Console officer(base());
        Console supervisor(base());
        QVERIFY(officer.signIn(QStringLiteral("officer")));
        QVERIFY(supervisor.signIn(QStringLiteral("supervisor2")));
        QTRY_VERIFY_WITH_TIMEOUT(!supervisor.incidents.categories().isEmpty(), 15'000);
        const int queueBefore = supervisor.incidents.approvalCount();

        const qint64 id = create(officer, QStringLiteral("Sạt lở kè biển Đồ Sơn"));
        QVERIFY(id > 0);
        QVERIFY(act(officer, QStringLiteral("acknowledge"), QStringLiteral("acknowledged")));
        QVERIFY(act(officer, QStringLiteral("start"), QStringLiteral("in_progress")));
        // An officer is never offered approval, and may not close.
        QVERIFY(!officer.incidents.allowedActions().contains(QStringLiteral("approve")));
        QVERIFY(act(officer, QStringLiteral("propose_resolution"),
                    QStringLiteral("resolution_proposed"), QStringLiteral("Đã gia cố tạm")));

        // The supervisor's queue grows by itself (stream), and approving closes it.
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.incidents.approvalCount(), queueBefore + 1, 15'000);
        supervisor.incidents.select(id);
        QTRY_VERIFY_WITH_TIMEOUT(
            supervisor.incidents.allowedActions().contains(QStringLiteral("approve")), 15'000);
        QVERIFY(act(supervisor, QStringLiteral("approve"), QStringLiteral("closed"),
                    QStringLiteral("Đồng ý")));
        // The officer sees the outcome at once: list row and open detail.
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(officer.incidents), QStringLiteral("closed"), 15'000);
        const int row = officer.list().rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(officer.list().data(officer.list().index(row), IncidentListModel::StatusRole),
                 QVariant(QStringLiteral("closed")));
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.incidents.approvalCount(), queueBefore, 15'000);

        // A refused action: 409 in the server's words, the detail unchanged.
        QSignalSpy error(&officer.incidents, &IncidentController::errorChanged);
        officer.incidents.transition(QStringLiteral("acknowledge"), QString());
        QTRY_COMPARE_WITH_TIMEOUT(officer.incidents.errorStatus(), 409, 15'000);
        QVERIFY2(!officer.incidents.errorMessage().isEmpty(), "the server's message is shown");
        QCOMPARE(statusOf(officer.incidents), QStringLiteral("closed"));
    }

    void sortedListPagesOnTheServer()
    {
        Console officer(base());
        officer.list().setPageSize(4);
        QVERIFY(officer.signIn(QStringLiteral("officer")));
        QTRY_COMPARE_WITH_TIMEOUT(officer.list().rowCount(), 4, 15'000);
        auto loadAll = [&] {
            for (int i = 0; i < 30 && officer.list().hasMore(); ++i) {
                const int before = officer.list().rowCount();
                officer.list().fetchMore({});
                if (!QTest::qWaitFor(
                        [&] {
                            return !officer.list().loading() &&
                                   (officer.list().rowCount() > before ||
                                    !officer.list().hasMore());
                        },
                        15'000))
                    return false;
            }
            return !officer.list().hasMore();
        };
        auto column = [&](IncidentListModel::Role role) {
            QList<int> out;
            for (int row = 0; row < officer.list().rowCount(); ++row)
                out << officer.list().data(officer.list().index(row), role).toInt();
            return out;
        };
        QSignalSpy reloaded(&officer.list(), &IncidentListModel::reloaded);
        officer.list().sortBy(QStringLiteral("severity")); // most severe first
        QCOMPARE(officer.list().sortKey(), QStringLiteral("severity"));
        QVERIFY(officer.list().sortDescending());
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 15'000);
        QVERIFY(loadAll());
        QVERIFY(!officer.list().hasMore());
        const auto down = column(IncidentListModel::SeverityRole);
        QVERIFY(down.size() >= 10);
        QVERIFY(std::is_sorted(down.rbegin(), down.rend()));
        QVERIFY(down.first() > down.last());
        const auto ids = column(IncidentListModel::IdRole);
        QCOMPARE(QSet<int>(ids.begin(), ids.end()).size(), down.size()); // nothing twice

        officer.list().sortBy(QStringLiteral("severity")); // again: the other way round
        QVERIFY(!officer.list().sortDescending());
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 2, 15'000);
        QVERIFY(loadAll());
        const auto up = column(IncidentListModel::SeverityRole);
        QCOMPARE(up.size(), down.size());
        QVERIFY(std::is_sorted(up.begin(), up.end()));

        // A new critical incident arriving by the stream goes to its place, not on top.
        const qint64 id = create(officer, QStringLiteral("Sắp xếp: ngập nặng"));
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(officer.list().rowOf(id) >= 0, 15'000);
        const auto withNew = column(IncidentListModel::SeverityRole);
        QVERIFY(std::is_sorted(withNew.begin(), withNew.end()));
    }

    void detailActionsReachTheServerAndTheDecisionComesBack()
    {
        Console officer(base());
        Console supervisor(base());
        QVERIFY(officer.signIn(QStringLiteral("officer")));
        QVERIFY(supervisor.signIn(QStringLiteral("supervisor2")));
        QTRY_VERIFY_WITH_TIMEOUT(officer.incidents.assignees().size() >= 3, 15'000);
        const qint64 id = create(officer, QStringLiteral("Ngập sâu phố Cầu Đất"));
        QVERIFY(id > 0);
        auto detail = [&](const QString& key) { return officer.incidents.detail().value(key); };
        auto waitAccepted = [&](const QString& action, auto&& start) {
            QSignalSpy accepted(&officer.incidents, &IncidentController::actionAccepted);
            start();
            return QTest::qWaitFor(
                [&] { return accepted.count() == 1 && accepted.first().first() == action; },
                15'000);
        };

        const QVariantList steps = detail(QStringLiteral("checklist")).toList();
        QVERIFY(steps.size() >= 2);
        const QString first = steps.first().toMap().value(QStringLiteral("id")).toString();
        QVERIFY(waitAccepted(QStringLiteral("checklist"),
                             [&] { officer.incidents.tickStep(first, true); }));
        const QVariantMap ticked = detail(QStringLiteral("checklist")).toList().first().toMap();
        QCOMPARE(ticked.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(ticked.value(QStringLiteral("by")).toString(), QStringLiteral("officer"));
        QVERIFY(!ticked.value(QStringLiteral("at")).toString().isEmpty());

        QVERIFY(waitAccepted(QStringLiteral("assign"),
                             [&] { officer.incidents.assign(QStringLiteral("supervisor2")); }));
        QCOMPARE(detail(QStringLiteral("assignee")).toString(), QStringLiteral("supervisor2"));

        QVERIFY(waitAccepted(QStringLiteral("forward"), [&] {
            officer.incidents.forward(
                QStringLiteral("UBND phường Lê Chân"), QStringLiteral("Phó Chủ tịch phường"),
                QStringLiteral("Đề nghị hút nước"), QDateTime::currentDateTimeUtc().addSecs(3600));
        }));
        const QVariantMap fwd = detail(QStringLiteral("forwards")).toList().first().toMap();
        QCOMPARE(fwd.value(QStringLiteral("focal_point")).toString(),
                 QStringLiteral("Phó Chủ tịch phường"));
        QVERIFY(!fwd.value(QStringLiteral("overdue")).toBool());
        QVERIFY(waitAccepted(QStringLiteral("answer"), [&] {
            officer.incidents.recordAnswer(fwd.value(QStringLiteral("id")).toLongLong(),
                                           QStringLiteral("Đã điều 2 máy bơm"));
        }));
        QCOMPARE(detail(QStringLiteral("forwards"))
                     .toList()
                     .first()
                     .toMap()
                     .value(QStringLiteral("answer")),
                 QVariant(QStringLiteral("Đã điều 2 máy bơm")));

        QVERIFY(act(officer, QStringLiteral("acknowledge"), QStringLiteral("acknowledged")));
        QVERIFY(act(officer, QStringLiteral("start"), QStringLiteral("in_progress")));
        // A reason per unticked step, each its own.
        QVariantMap reasons;
        for (const QVariant& v : steps.mid(1))
            reasons.insert(v.toMap().value(QStringLiteral("id")).toString(),
                           QStringLiteral("Lý do riêng: ") +
                               v.toMap().value(QStringLiteral("id")).toString());
        QVERIFY(waitAccepted(QStringLiteral("propose_resolution"), [&] {
            officer.incidents.proposeResolution(QStringLiteral("Đã rút nước"), reasons);
        }));
        QCOMPARE(statusOf(officer.incidents), QStringLiteral("resolution_proposed"));
        for (const QVariant& v : detail(QStringLiteral("checklist")).toList().mid(1)) {
            const QVariantMap step = v.toMap();
            QCOMPARE(step.value(QStringLiteral("state")).toString(), QStringLiteral("skipped"));
            QCOMPARE(step.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("Lý do riêng: ") + step.value(QStringLiteral("id")).toString());
        }

        // The supervisor rejects; the officer, looking at another incident, is told at once.
        officer.incidents.select(1);
        supervisor.incidents.select(id);
        QTRY_VERIFY_WITH_TIMEOUT(
            supervisor.incidents.allowedActions().contains(QStringLiteral("reject")), 15'000);
        QVERIFY(act(supervisor, QStringLiteral("reject"), QStringLiteral("in_progress"),
                    QStringLiteral("Chưa xác minh với phường")));
        QTRY_COMPARE_WITH_TIMEOUT(
            officer.incidents.decision().value(QStringLiteral("action")).toString(),
            QStringLiteral("reject"), 15'000);
        QCOMPARE(officer.incidents.decision().value(QStringLiteral("comment")).toString(),
                 QStringLiteral("Chưa xác minh với phường"));
        QCOMPARE(officer.incidents.decision().value(QStringLiteral("by")).toString(),
                 QStringLiteral("supervisor2"));
        QCOMPARE(officer.incidents.decision().value(QStringLiteral("id")).toLongLong(), id);
        officer.incidents.dismissDecision();
        QVERIFY(officer.incidents.decision().isEmpty());
    }

    void officerMayNotApprove()
    {
        Console officer(base());
        QVERIFY(officer.signIn(QStringLiteral("officer")));
        const qint64 id = create(officer, QStringLiteral("Mất điện khu dân cư"));
        QVERIFY(id > 0);
        officer.incidents.transition(QStringLiteral("approve"), QStringLiteral("x"));
        QTRY_COMPARE_WITH_TIMEOUT(officer.incidents.errorStatus(), 403, 15'000);
        QVERIFY(!officer.incidents.errorMessage().isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_iocd)
            QCOMPARE(m_iocd->terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_IncidentsIocd)
#include "tst_IncidentsIocd.moc"
