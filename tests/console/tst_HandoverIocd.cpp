// SPDX-License-Identifier: GPL-3.0-or-later
// The console's handover side against the real iocd --demo (officer and officer2 on every shift
// of the demo rota): the current shift and its countdown, the draft, signing with a free item,
// the incoming officer's take-over refused until every item is ticked, a query, the history
// search, the PDF record, and a standing order given and ended by a supervisor.
#include "HandoverController.h"
#include "HandoverItemModel.h"
#include "HandoverListModel.h"
#include "IocdProcess.h"
#include "SessionController.h"
#include "ioc/client/ApiRequester.h"
#include "ioc/client/AuthClient.h"
#include "ioc/client/BackendClient.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using ioc::client::ApiRequester;
using ioc::client::AuthClient;
using ioc::client::BackendClient;
using ioc::console::HandoverController;
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
        , handovers(&api, &backend, &session)
    {}

    bool signIn(const QString& user)
    {
        session.login(user, QStringLiteral("demo"));
        return QTest::qWaitFor([&] { return session.loggedIn(); }, 15'000) &&
               QTest::qWaitFor([&] { return !handovers.shift().isEmpty(); }, 15'000);
    }

    AuthClient auth;
    BackendClient backend;
    SessionController session;
    ApiRequester api;
    HandoverController handovers;
};

} // namespace

class tst_HandoverIocd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<IocdProcess> m_iocd;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_iocd = std::make_unique<IocdProcess>(m_dir.path(), QStringList{"--demo"});
        QVERIFY(m_iocd->start());
    }

    void signAndTakeOver()
    {
        const QUrl base = m_iocd->httpUrl(QString());
        Console out(base);
        QVERIFY(out.signIn("officer"));
        QVERIFY(out.handovers.officersOnDuty().contains("officer2"));
        QVERIFY(out.handovers.secondsLeft() > 0 && out.handovers.secondsLeft() <= 8 * 3600);
        QAbstractItemModelTester draftTester(out.handovers.draftItems());

        QSignalSpy drafted(&out.handovers, &HandoverController::draftChanged);
        out.handovers.loadDraft();
        QVERIFY(drafted.wait(10'000));
        QVERIFY(out.handovers.draftItems()->rowCount() >= 3); // demo incidents and standing order

        QSignalSpy signedSpy(&out.handovers, &HandoverController::signedHandover);
        out.handovers.sign(QString::fromUtf8("Mưa lớn ở Đồ Sơn"),
                           {QVariantMap{{"title", QString::fromUtf8("Gọi lại phường Lê Chân")}}});
        QVERIFY(signedSpy.wait(10'000));
        const qint64 id = signedSpy.first().first().toLongLong();
        QCOMPARE(out.handovers.detail().value("status").toString(), "signed");

        Console in(base);
        QVERIFY(in.signIn("officer2"));
        QTRY_VERIFY_WITH_TIMEOUT(!in.handovers.awaiting().isEmpty(), 10'000);
        QSignalSpy detail(&in.handovers, &HandoverController::detailChanged);
        in.handovers.select(id);
        QVERIFY(detail.wait(10'000));
        auto *items = in.handovers.detailItems();
        QAbstractItemModelTester itemsTester(items);
        const int open = items->openCount();
        QVERIFY(open >= 2);

        // One item ticked is not a take-over: the server says what is missing.
        for (int r = 0; r < items->rowCount(); ++r)
            if (items->data(items->index(r), ioc::console::HandoverItemModel::OpenRole).toBool()) {
                items->setChecked(r, true);
                break;
            }
        QSignalSpy error(&in.handovers, &HandoverController::errorChanged);
        in.handovers.acknowledgeChecked();
        QTRY_VERIFY_WITH_TIMEOUT(!in.handovers.errorMessage().isEmpty(), 10'000);
        QVERIFY(in.handovers.errorMessage().contains("every open item"));

        // Queried back, then everything ticked and taken over.
        QSignalSpy accepted(&in.handovers, &HandoverController::actionAccepted);
        const QString freeKey = items
                                    ->data(items->index(items->rowCount() - 1),
                                           ioc::console::HandoverItemModel::KeyRole)
                                    .toString();
        QVERIFY(freeKey.startsWith("free:"));
        in.handovers.queryItem(freeKey, QString::fromUtf8("Số điện thoại nào?"));
        QVERIFY(accepted.wait(10'000));
        QVERIFY(items
                    ->data(items->index(items->rowCount() - 1),
                           ioc::console::HandoverItemModel::QueryOpenRole)
                    .toBool());
        // The outgoing officer's console reads it again and sees the query.
        out.handovers.select(id);
        QTRY_COMPARE_WITH_TIMEOUT(out.handovers.detail().value("queries").toList().size(), 1,
                                  10'000);
        const auto queries = out.handovers.detail().value("queries").toList();
        out.handovers.answerQuery(queries.first().toMap().value("id").toLongLong(), "0225 3842");
        QTRY_VERIFY_WITH_TIMEOUT(out.handovers.detail()
                                         .value("queries")
                                         .toList()
                                         .first()
                                         .toMap()
                                         .value("answer")
                                         .toString() == "0225 3842",
                                 10'000);
        in.handovers.select(id);
        QTRY_VERIFY_WITH_TIMEOUT(!items
                                      ->data(items->index(items->rowCount() - 1),
                                             ioc::console::HandoverItemModel::QueryOpenRole)
                                      .toBool(),
                                 10'000);
        for (int r = 0; r < items->rowCount(); ++r)
            items->setChecked(r, true);
        QCOMPARE(items->checkedCount(), open);
        accepted.clear();
        in.handovers.acknowledgeChecked();
        QVERIFY(accepted.wait(10'000));
        QCOMPARE(in.handovers.detail().value("status").toString(), "acknowledged");
        QCOMPARE(in.handovers.detail().value("acknowledged_by").toString(), "officer2");

        // History finds it without diacritics; its PDF is written.
        in.handovers.search("do son", {}, {}, {});
        QTRY_COMPARE_WITH_TIMEOUT(in.handovers.history()->rowCount(), 1, 10'000);
        const QString pdf = m_dir.filePath("record.pdf");
        QCOMPARE(in.handovers.exportPdf(pdf), QString());
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    void supervisorGivesAStandingOrder()
    {
        Console sup(m_iocd->httpUrl(QString()));
        QVERIFY(sup.signIn("supervisor"));
        QTRY_VERIFY_WITH_TIMEOUT(!sup.handovers.standingOrders().isEmpty(), 10'000); // the demo's
        const int before = static_cast<int>(sup.handovers.standingOrders().size());
        sup.handovers.createStandingOrder(QString::fromUtf8("Cấm xe tải qua cầu"), {}, 3);
        QTRY_COMPARE_WITH_TIMEOUT(sup.handovers.standingOrders().size(), before + 1, 10'000);
        const qint64 newest =
            sup.handovers.standingOrders().first().toMap().value("id").toLongLong();
        sup.handovers.endStandingOrder(newest);
        QTRY_COMPARE_WITH_TIMEOUT(sup.handovers.standingOrders().size(), before, 10'000);
    }
};

QTEST_MAIN(tst_HandoverIocd)
#include "tst_HandoverIocd.moc"
