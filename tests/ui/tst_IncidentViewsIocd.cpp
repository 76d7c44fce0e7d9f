// SPDX-License-Identifier: GPL-3.0-or-later
// The incident views on a real iocd --demo, driven as an officer would drive them: the create
// dialog filled in with keys and clicks (a unit found by typing without diacritics, or a point
// clicked on the map) logs an incident the server then holds; the detail pane with its checklist,
// forwards (one answered, one overdue) and a pending proposal is rendered to a PNG that a person
// looks at (saved next to the test binary, and checked here for its colours).
#include "IncidentController.h"
#include "IocdProcess.h"
#include "SessionController.h"
#include "ioc/client/ApiRequester.h"
#include "ioc/client/AuthClient.h"
#include "ioc/client/BackendClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGeoCoordinate>
#include <QImage>
#include <QJsonArray>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include <memory>

Q_IMPORT_QML_PLUGIN(Ioc_ConsolePlugin)
Q_IMPORT_QML_PLUGIN(Ioc_ViewsPlugin)
Q_IMPORT_QML_PLUGIN(Ioc_MapPlugin)

using ioc::client::ApiRequester;
using ioc::client::AuthClient;
using ioc::client::BackendClient;
using ioc::console::IncidentController;
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
               QTest::qWaitFor([&] { return backend.snapshotCount() > 0; }, 15'000) &&
               QTest::qWaitFor([&] { return !incidents.categories().isEmpty(); }, 15'000) &&
               QTest::qWaitFor([&] { return incidents.units()->rowCount() > 100; }, 15'000);
    }

    // GET incidents/<id> straight from the server (not the controller's copy).
    QJsonObject fetch(qint64 id)
    {
        QJsonObject body;
        bool done = false;
        api.get(QStringLiteral("incidents/%1").arg(id), {}, &incidents, [&](const auto& reply) {
            body = reply.body;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15'000))
            qWarning("GET incidents/%lld: no answer", static_cast<long long>(id));
        return body;
    }

    AuthClient auth;
    BackendClient backend;
    SessionController session;
    ApiRequester api;
    IncidentController incidents;
};

// The first object called `name` under `root`, in the object tree or the visual tree (a popup's
// content lives in the window's overlay).
QObject *find(QObject *root, const QString& name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QObject *child : root->children())
        if (QObject *hit = find(child, name))
            return hit;
    if (auto *item = qobject_cast<QQuickItem *>(root))
        for (QQuickItem *child : item->childItems())
            if (QObject *hit = find(child, name))
                return hit;
    return nullptr;
}

// Types ASCII `text` into the window's focused item, one key at a time.
void typeText(QWindow *window, const QString& text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

QPoint centreOf(QQuickItem *item)
{
    return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
}

} // namespace

class tst_IncidentViewsIocd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<IocdProcess> m_iocd;
    std::unique_ptr<Console> m_officer;

    // A window showing `qml` (an Item with `required property IncidentController incidents`).
    std::unique_ptr<QQuickView> show(const QString& name, const QByteArray& qml, QSize size,
                                     IncidentController *incidents)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(qml) != qml.size())
            return nullptr;
        file.close();
        auto view = std::make_unique<QQuickView>();
        view->engine()->addImportPath(QStringLiteral("qrc:/"));
        view->setInitialProperties({{QStringLiteral("incidents"), QVariant::fromValue(incidents)}});
        view->setResizeMode(QQuickView::SizeRootObjectToView);
        view->resize(size);
        view->setSource(QUrl::fromLocalFile(path));
        if (view->status() != QQuickView::Ready) {
            for (const auto& e : view->errors())
                qWarning("%s", qPrintable(e.toString()));
            return nullptr;
        }
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        return view;
    }

    std::unique_ptr<QQuickView> showCreateDialog()
    {
        auto view =
            show(QStringLiteral("CreateHost.qml"),
                 "import QtQuick\n"
                 "import Ioc.Console\n"
                 "import Ioc.Views\n"
                 "Item {\n"
                 "    id: root\n"
                 "    required property IncidentController incidents\n"
                 "    IncidentCreateDialog { objectName: \"dialog\"; incidents: root.incidents }\n"
                 "}\n",
                 QSize(1280, 900), &m_officer->incidents);
        if (!view)
            return nullptr;
        QObject *dialog = find(view->rootObject(), QStringLiteral("dialog"));
        if (!dialog || !QMetaObject::invokeMethod(dialog, "openFresh"))
            return nullptr;
        if (!QTest::qWaitFor([&] { return dialog->property("opened").toBool(); }, 5000))
            return nullptr;
        return view;
    }

    QQuickItem *item(QQuickView& view, const QString& name)
    {
        return qobject_cast<QQuickItem *>(find(view.contentItem(), name));
    }

    // Types the title (the field has focus when the dialog opens) and picks the category.
    bool fillTitleAndCategory(QQuickView& view, const QString& title, const QString& category)
    {
        typeText(&view, title);
        if (item(view, "createTitle")->property("text").toString() != title)
            return false;
        const QVariantList categories = m_officer->incidents.categories();
        int index = -1;
        for (int i = 0; i < categories.size(); ++i)
            if (categories[i].toMap().value(QStringLiteral("id")) == category)
                index = i;
        QQuickItem *combo = item(view, "createCategory");
        if (index < 0 || !combo)
            return false;
        combo->setProperty("currentIndex", index);
        return QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, index));
    }

    qint64 submit(QQuickView& view)
    {
        QSignalSpy created(&m_officer->incidents, &IncidentController::created);
        QQuickItem *button = item(view, "createSubmit");
        if (!button || !button->property("enabled").toBool())
            return 0;
        QTest::mouseClick(&view, Qt::LeftButton, {}, centreOf(button));
        if (!QTest::qWaitFor([&] { return created.count() == 1; }, 15'000)) {
            qWarning("not created: %s", qPrintable(m_officer->incidents.errorMessage()));
            return 0;
        }
        return created.first().first().toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_iocd = std::make_unique<IocdProcess>(m_dir.filePath(QStringLiteral("data")));
        QVERIFY(m_iocd->start());
        m_officer = std::make_unique<Console>(m_iocd->httpUrl(QString()));
        QVERIFY(m_officer->signIn(QStringLiteral("officer")));
    }

    void createDialogWithAUnitFromTheList()
    {
        auto view = showCreateDialog();
        QVERIFY(view);
        QVERIFY(fillTitleAndCategory(*view,
                                     QStringLiteral("Ngap sau tai khu du lich, test hop thoai"),
                                     QStringLiteral("flooding")));
        // The unit: typed without diacritics, then clicked in the list.
        QQuickItem *search = item(*view, "createUnitSearch");
        QTest::mouseClick(view.get(), Qt::LeftButton, {}, centreOf(search));
        QTRY_VERIFY(search->hasActiveFocus());
        typeText(view.get(), QStringLiteral("do son"));
        QTRY_VERIFY(m_officer->incidents.units()->rowCount() >= 1);
        auto *list = item(*view, "createUnitList");
        QQuickItem *first = nullptr;
        QTRY_VERIFY((QMetaObject::invokeMethod(list, "itemAtIndex",
                                               Q_RETURN_ARG(QQuickItem *, first), Q_ARG(int, 0)),
                     first != nullptr));
        QVERIFY(first->property("fullName").toString().contains(QStringLiteral("Đồ Sơn")));
        const QString code = first->property("code").toString();
        QTest::mouseClick(view.get(), Qt::LeftButton, {}, centreOf(first));
        QObject *dialog = find(view->rootObject(), QStringLiteral("dialog"));
        QTRY_COMPARE(dialog->property("unitCode").toString(), code);

        const qint64 id = submit(*view);
        QVERIFY(id > 0);
        QTRY_VERIFY(!dialog->property("opened").toBool()); // closes once logged
        const QJsonObject stored = m_officer->fetch(id);
        QCOMPARE(stored.value(QLatin1String("title")).toString(),
                 QStringLiteral("Ngap sau tai khu du lich, test hop thoai"));
        QCOMPARE(stored.value(QLatin1String("category")).toString(), QStringLiteral("flooding"));
        QCOMPARE(stored.value(QLatin1String("unit_code")).toString(), code);
        QVERIFY(
            stored.value(QLatin1String("unit_name")).toString().contains(QStringLiteral("Đồ Sơn")));
        QCOMPARE(stored.value(QLatin1String("reporter")).toString(), QStringLiteral("officer"));
    }

    void createDialogWithAPointOnTheMap()
    {
        auto view = showCreateDialog();
        QVERIFY(view);
        QVERIFY(fillTitleAndCategory(*view, QStringLiteral("Tai nan gan san bay Cat Bi"),
                                     QStringLiteral("traffic_accident")));
        QObject *picker = find(view->contentItem(), QStringLiteral("createLocation"));
        QVERIFY(picker);
        auto *map = qvariant_cast<QQuickItem *>(picker->property("map"));
        QVERIFY(map);
        QTRY_VERIFY_WITH_TIMEOUT(map->property("ready").toBool(), 15'000);
        map->setProperty("animationDuration", 0);
        const QGeoCoordinate catBi(20.81917, 106.72472);
        map->setProperty("center", QVariant::fromValue(catBi));
        map->setProperty("zoomLevel", 14);
        QPointF local;
        QVERIFY(QMetaObject::invokeMethod(map, "coordinateToPoint", Q_RETURN_ARG(QPointF, local),
                                          Q_ARG(QGeoCoordinate, catBi)));
        QTest::mouseClick(view.get(), Qt::LeftButton, {}, map->mapToScene(local).toPoint());
        QObject *dialog = find(view->rootObject(), QStringLiteral("dialog"));
        // The commune-level unit containing the point is filled in (point-in-polygon).
        QTRY_COMPARE(dialog->property("unitCode").toString(), QStringLiteral("11413"));
        const QString png = QDir(QCoreApplication::applicationDirPath())
                                .filePath(QStringLiteral("incident-create.png"));
        QVERIFY(view->grabWindow().save(png));
        qInfo("create dialog picture: %s", qPrintable(png));

        const qint64 id = submit(*view);
        QVERIFY(id > 0);
        const QJsonObject stored = m_officer->fetch(id);
        QCOMPARE(stored.value(QLatin1String("unit_code")).toString(), QStringLiteral("11413"));
        const QJsonObject at = stored.value(QLatin1String("location")).toObject();
        const QGeoCoordinate saved(at.value(QLatin1String("lat")).toDouble(),
                                   at.value(QLatin1String("lon")).toDouble());
        QVERIFY2(saved.distanceTo(catBi) < 50,
                 qPrintable(QString::number(saved.distanceTo(catBi))));
    }

    void detailPaneRendersChecklistForwardsAndProposal()
    {
        // An incident with everything the pane shows: a ticked step, an answered forward, an
        // overdue one, and a resolution proposed with reasons for the skipped steps.
        auto& c = m_officer->incidents;
        QSignalSpy created(&c, &IncidentController::created);
        c.newDraft();
        c.create(
            QStringLiteral("Tụ tập đông người trước UBND phường An Biên"),
            QStringLiteral("Khoảng 50 người, có băng rôn; lực lượng công an phường đã có mặt."),
            QStringLiteral("public_order"), 3, QStringLiteral("11383"), false);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 15'000);
        auto accepted = [&](auto&& start) {
            QSignalSpy spy(&c, &IncidentController::actionAccepted);
            start();
            return QTest::qWaitFor([&] { return spy.count() == 1; }, 15'000);
        };
        const QVariantList steps = c.detail().value(QStringLiteral("checklist")).toList();
        QVERIFY(steps.size() >= 2);
        QVERIFY(accepted([&] {
            c.tickStep(steps.first().toMap().value(QStringLiteral("id")).toString(), true);
        }));
        QVERIFY(accepted([&] { c.assign(QStringLiteral("officer")); }));
        QVERIFY(accepted([&] {
            c.forward(QStringLiteral("UBND phường An Biên"), QStringLiteral("Chủ tịch UBND phường"),
                      QStringLiteral("Đề nghị cử cán bộ đối thoại"),
                      QDateTime::currentDateTimeUtc().addSecs(7200));
        }));
        const qint64 answeredId = c.detail()
                                      .value(QStringLiteral("forwards"))
                                      .toList()
                                      .first()
                                      .toMap()
                                      .value(QStringLiteral("id"))
                                      .toLongLong();
        QVERIFY(accepted([&] {
            c.recordAnswer(answeredId, QStringLiteral("Đã cử Phó Chủ tịch phường ra đối thoại"));
        }));
        QVERIFY(accepted([&] {
            c.forward(QStringLiteral("Công an thành phố"), QStringLiteral("Trực ban PC06"),
                      QStringLiteral("Hỗ trợ phân luồng"),
                      QDateTime::currentDateTimeUtc().addMSecs(1500));
        }));
        QVERIFY(accepted([&] { c.transition(QStringLiteral("acknowledge"), {}); }));
        QVERIFY(accepted([&] { c.transition(QStringLiteral("start"), {}); }));
        QVariantMap reasons;
        for (const QVariant& v : steps.mid(1))
            reasons.insert(v.toMap().value(QStringLiteral("id")).toString(),
                           QStringLiteral("Công an phường xác nhận qua điện thoại"));
        QVERIFY(accepted([&] {
            c.proposeResolution(QStringLiteral("Đám đông đã giải tán lúc 10:40"), reasons);
        }));
        const qint64 id = c.selectedId();

        // The second forward's deadline passes unanswered: the server marks it overdue.
        auto lastForwardOverdue = [&](const QJsonObject& detail) {
            const QJsonArray forwards = detail.value(QLatin1String("forwards")).toArray();
            return forwards.size() == 2 &&
                   forwards.last().toObject().value(QLatin1String("overdue")).toBool();
        };
        QTRY_VERIFY_WITH_TIMEOUT(lastForwardOverdue(m_officer->fetch(id)), 15'000);

        // Seen by a supervisor, who decides (approve / reject are offered).
        Console supervisor(m_iocd->httpUrl(QString()));
        QVERIFY(supervisor.signIn(QStringLiteral("supervisor")));
        supervisor.incidents.select(id);
        QTRY_VERIFY_WITH_TIMEOUT(
            lastForwardOverdue(QJsonObject::fromVariantMap(supervisor.incidents.detail())), 15'000);

        auto view = show(QStringLiteral("DetailHost.qml"),
                         "import QtQuick\n"
                         "import Ioc.Console\n"
                         "import Ioc.Views\n"
                         "Rectangle {\n"
                         "    id: root\n"
                         "    required property IncidentController incidents\n"
                         "    color: Theme.background\n"
                         "    IncidentDetailPane {\n"
                         "        objectName: \"pane\"\n"
                         "        anchors.fill: parent\n"
                         "        anchors.margins: 10\n"
                         "        incidents: root.incidents\n"
                         "        canChange: true\n"
                         "    }\n"
                         "}\n",
                         QSize(1100, 1000), &supervisor.incidents);
        QVERIFY(view);
        QTRY_VERIFY(item(*view, "proposalBox") && item(*view, "proposalBox")->isVisible());
        QTRY_VERIFY(item(*view, "action_approve") && item(*view, "action_reject"));
        QVERIFY(item(*view, QStringLiteral("forward_%1").arg(answeredId)));
        QVERIFY(item(*view, QStringLiteral("skippedStep_") +
                                steps.last().toMap().value(QStringLiteral("id")).toString()));

        const QImage shot = view->grabWindow();
        QVERIFY(!shot.isNull());
        const QString png = QDir(QCoreApplication::applicationDirPath())
                                .filePath(QStringLiteral("incident-detail.png"));
        QVERIFY(shot.save(png));
        qInfo("detail pane picture: %s", qPrintable(png));
        // The overdue forward is framed red (Theme.stale) and the proposal amber (Theme.late).
        int red = 0;
        int amber = 0;
        for (int y = 0; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x) {
                const QRgb p = shot.pixel(x, y);
                red += qRed(p) > 240 && qGreen(p) < 110 && qBlue(p) < 110;
                amber += qRed(p) > 230 && qGreen(p) > 160 && qGreen(p) < 200 && qBlue(p) < 90;
            }
        QVERIFY2(red > 200, qPrintable(QStringLiteral("red pixels: %1").arg(red)));
        QVERIFY2(amber > 200, qPrintable(QStringLiteral("amber pixels: %1").arg(amber)));
    }

    void cleanupTestCase()
    {
        m_officer.reset();
        QCOMPARE(m_iocd->terminate(), 0);
    }
};

QTEST_MAIN(tst_IncidentViewsIocd)
#include "tst_IncidentViewsIocd.moc"
