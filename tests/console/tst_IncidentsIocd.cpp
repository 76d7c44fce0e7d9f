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

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
