// SPDX-License-Identifier: GPL-3.0-or-later
// The console's alerts inbox against the real iocd (--demo accounts, the test catalogue and rules
// of tests/data/alert-*.json): the inbox order, a breach arriving on two consoles at once,
// acknowledgement with a comment seen by the other console, one incident per alert, clearing,
// and a rendered picture of the inbox in Vietnamese and English (saved next to the test binary
// as alerts-inbox-vi.png / alerts-inbox-en.png for a human to look at).
#include "AlertController.h"
#include "AlertListModel.h"
#include "IocdProcess.h"
#include "SessionController.h"
#include "ioc/client/ApiRequester.h"
#include "ioc/client/AuthClient.h"
#include "ioc/client/BackendClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
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
using ioc::console::AlertController;
using ioc::console::AlertListModel;
using ioc::console::SessionController;

namespace {

struct Console
{
    explicit Console(const QUrl& base)
        : auth({.baseUrl = base})
        , backend({.baseUrl = base})
        , session(&auth, &backend)
        , api(base, {}, [this] { return session.token(); })
        , alerts(&api, &backend, &session)
    {}

    bool signIn(const QString& user)
    {
        session.login(user, QStringLiteral("demo"));
        return QTest::qWaitFor([&] { return session.loggedIn(); }, 15'000) &&
               QTest::qWaitFor([&] { return backend.snapshotCount() > 0; }, 15'000);
    }

    AlertListModel& model() { return *alerts.model(); }

    // The row of the first alert of `rule`, or -1.
    int rowOf(const QString& labelVi)
    {
        for (int i = 0; i < model().rowCount(); ++i)
            if (model().data(model().index(i), AlertListModel::LabelViRole).toString() == labelVi)
                return i;
        return -1;
    }
    QVariant at(int row, int role) { return model().data(model().index(row), role); }

    AuthClient auth;
    BackendClient backend;
    SessionController session;
    ApiRequester api;
    AlertController alerts;
};

QString dataFile(const char *name)
{
    return qEnvironmentVariable("IOC_TEST_DATA") + QLatin1Char('/') + QLatin1String(name);
}

QJsonObject alertJson(qint64 id, const QString& state, int severity)
{
    return {{"id", id},
            {"state", state},
            {"severity", severity},
            {"kind", "threshold"},
            {"rule_label", QJsonObject{{"vi", QString::number(id)}, {"en", QString::number(id)}}}};
}

const QString kAlarm = QString::fromUtf8("Mực nước vượt báo động");

} // namespace

class tst_AlertsIocd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<IocdProcess> m_iocd;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Console> m_officer;
    std::unique_ptr<Console> m_supervisor;

    QUrl base() const { return m_iocd->httpUrl(QString()); }

    bool ingest(const QString& source, const QString& series, double value)
    {
        QNetworkRequest req(m_iocd->httpUrl(QStringLiteral("/api/v1/ingest")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        req.setRawHeader("X-Api-Key", "demo-source-key");
        const QJsonObject point{
            {"series", series},
            {"observed_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {"value", value}};
        const QJsonObject body{{"source", source}, {"points", QJsonArray{point}}};
        std::unique_ptr<QNetworkReply> reply(m_nam.post(req, QJsonDocument(body).toJson()));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        return done.wait(15'000) &&
               reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_iocd = std::make_unique<IocdProcess>(
            m_dir.filePath(QStringLiteral("data")),
            QStringList{"--demo", "--series-config", dataFile("alert-series.json"), "--alert-rules",
                        dataFile("alert-rules.json")});
        QVERIFY(m_iocd->start());
    }

    void inboxOrdersOpenBySeverityThenCleared()
    {
        AlertListModel m;
        m.setAlerts({alertJson(1, "cleared", 4), alertJson(2, "acknowledged", 4),
                     alertJson(3, "active", 2), alertJson(4, "active", 3),
                     alertJson(5, "cleared", 1)});
        QList<qint64> order;
        for (int i = 0; i < m.rowCount(); ++i)
            order << m.data(m.index(i), AlertListModel::IdRole).toLongLong();
        QCOMPARE(order, (QList<qint64>{4, 3, 2, 5, 1}));
        QCOMPARE(m.unacknowledgedCount(), 2);
        QCOMPARE(m.openCount(), 3);
        m.upsert(alertJson(3, "cleared", 2));
        QCOMPARE(m.unacknowledgedCount(), 1);
        // Cleared ones newest first: 5 before 3 before 1, after the open 4 and 2.
        QCOMPARE(m.data(m.index(2), AlertListModel::IdRole).toLongLong(), 5);
        QCOMPARE(m.data(m.index(3), AlertListModel::IdRole).toLongLong(), 3);
    }

    void breachArrivesOnTwoConsolesAtOnce()
    {
        m_officer = std::make_unique<Console>(base());
        m_supervisor = std::make_unique<Console>(base());
        QVERIFY(m_officer->signIn(QStringLiteral("officer")));
        QVERIFY(m_supervisor->signIn(QStringLiteral("supervisor")));
        QSignalSpy arrived(&m_supervisor->alerts, &AlertController::alertArrived);
        QVERIFY(ingest(QStringLiteral("gauge.river"), QStringLiteral("river.level"), 397));
        QTRY_VERIFY_WITH_TIMEOUT(m_officer->rowOf(kAlarm) >= 0, 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_supervisor->rowOf(kAlarm) >= 0, 15'000);
        QVERIFY(arrived.count() >= 1);
        QCOMPARE(
            m_supervisor->at(m_supervisor->rowOf(kAlarm), AlertListModel::StateRole).toString(),
            "active");
        QVERIFY(m_supervisor->model().unacknowledgedCount() >= 1);
    }

    void acknowledgementIsSeenByTheOtherConsole()
    {
        const int row = m_officer->rowOf(kAlarm);
        const auto id = m_officer->at(row, AlertListModel::IdRole).toLongLong();
        m_officer->alerts.acknowledge(
            id, QString::fromUtf8("Đã báo Ban chỉ huy phòng chống thiên tai"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_supervisor->at(m_supervisor->rowOf(kAlarm), AlertListModel::AcknowledgedByRole)
                .toString(),
            QStringLiteral("officer"), 15'000);
        QCOMPARE(m_supervisor->at(m_supervisor->rowOf(kAlarm), AlertListModel::AckCommentRole)
                     .toString(),
                 QString::fromUtf8("Đã báo Ban chỉ huy phòng chống thiên tai"));
    }

    void oneActionMakesOneIncident()
    {
        const auto id =
            m_officer->at(m_officer->rowOf(kAlarm), AlertListModel::IdRole).toLongLong();
        QSignalSpy made(&m_officer->alerts, &AlertController::incidentMade);
        m_officer->alerts.makeIncident(id);
        QVERIFY(made.wait(15'000));
        m_supervisor->alerts.makeIncident(id);
        QSignalSpy again(&m_supervisor->alerts, &AlertController::incidentMade);
        QVERIFY(again.wait(15'000));
        QCOMPARE(again.first().at(1).toLongLong(), made.first().at(1).toLongLong());
        QVERIFY(made.first().at(2).toString().startsWith(QStringLiteral("HP-")));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_supervisor->at(m_supervisor->rowOf(kAlarm), AlertListModel::IncidentIdRole)
                .toLongLong(),
            made.first().at(1).toLongLong(), 15'000);
    }

    void inboxPicture_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("vi") << QStringLiteral("vi");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void inboxPicture()
    {
        QFETCH(QString, language);
        // A second, active alert next to the acknowledged one, and the silent gauge's.
        QVERIFY(ingest(QStringLiteral("gauge.river"), QStringLiteral("river.rain"), 64));
        QTRY_VERIFY_WITH_TIMEOUT(m_officer->model().rowCount() >= 3, 20'000);

        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Ioc.Views\nAlertsView {}\n",
                          QUrl(QStringLiteral("qrc:/tst/AlertsShot.qml")));
        QVERIFY2(component.isReady(), qPrintable(component.errorString()));
        std::unique_ptr<QObject> object(component.createWithInitialProperties(
            {{QStringLiteral("alerts"), QVariant::fromValue(&m_officer->alerts)},
             {QStringLiteral("session"), QVariant::fromValue(&m_officer->session)},
             {QStringLiteral("language"), language}}));
        auto *item = qobject_cast<QQuickItem *>(object.get());
        QVERIFY(item);
        QQuickWindow window;
        window.setColor(QColor(0x0a, 0x0e, 0x13));
        window.resize(1280, 720);
        item->setParentItem(window.contentItem());
        item->setSize(QSizeF(window.width() - 20, window.height() - 20));
        item->setPosition({10, 10});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = window.grabWindow();
        QVERIFY(!image.isNull());
        const QString path = QDir(QCoreApplication::applicationDirPath())
                                 .filePath(QStringLiteral("alerts-inbox-%1.png").arg(language));
        QVERIFY(image.save(path));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 100, "the inbox is rendered");
        // The acknowledged alarm's severity (high, #EF6C00) is on screen.
        bool orange = false;
        for (QRgb c : std::as_const(colours))
            orange =
                orange || (qRed(c) > 220 && qGreen(c) > 90 && qGreen(c) < 130 && qBlue(c) < 30);
        QVERIFY(orange);
    }

    void clearedAlertIsKeptGreyed()
    {
        QVERIFY(ingest(QStringLiteral("gauge.river"), QStringLiteral("river.level"), 330));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_supervisor->at(m_supervisor->rowOf(kAlarm), AlertListModel::StateRole).toString(),
            QStringLiteral("cleared"), 15'000);
        QVERIFY(m_supervisor->at(m_supervisor->rowOf(kAlarm), AlertListModel::ClearedAtRole)
                    .toDateTime()
                    .isValid());
    }

    void cleanupTestCase()
    {
        m_officer.reset();
        m_supervisor.reset();
    }
};

QTEST_MAIN(tst_AlertsIocd)
#include "tst_AlertsIocd.moc"
