// SPDX-License-Identifier: GPL-3.0-or-later
// A dashboard rendered against the real iocd (--demo simulator) in Vietnamese and in English:
// the real view (Ioc.Views DashboardsView) with the real controllers, after a day of history was
// pushed through the ingest API. The PNGs are kept in the build tree (screenshots/) for review;
// the test fails on an empty or broken render (few colours, no chart lines, no status colours,
// QML warnings, missing texts).
#include "DashboardController.h"
#include "IocdProcess.h"
#include "TrendFeed.h"
#include "UiLanguage.h"
#include "WorkstationController.h"
#include "ioc/client/ApiRequester.h"
#include "ioc/client/BackendClient.h"

#include <QColor>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include <cmath>

Q_IMPORT_QML_PLUGIN(Ioc_ConsolePlugin)
Q_IMPORT_QML_PLUGIN(Ioc_ViewsPlugin)
Q_IMPORT_QML_PLUGIN(Ioc_MapPlugin)

using namespace ioc;

namespace {

QStringList g_qmlWarnings;
QtMessageHandler g_previousHandler = nullptr;

void recordQmlWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type >= QtWarningMsg
        && (message.contains(QLatin1String("qrc:/Ioc/")) || message.contains(QLatin1String("QQmlComponent"))))
        g_qmlWarnings << message;
    g_previousHandler(type, context, message);
}

} // namespace

class tst_DashboardScreenshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<IocdProcess> m_iocd;
    QByteArray m_token;
    QNetworkAccessManager m_network;

    QJsonObject call(const QByteArray& verb, const QString& path, const QByteArray& body,
                     const QList<QPair<QByteArray, QByteArray>>& headers)
    {
        QNetworkRequest request(m_iocd->httpUrl(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        for (const auto& [k, v] : headers)
            request.setRawHeader(k, v);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(15'000))
            qWarning("no answer to %s", qPrintable(path));
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    // A day of plausible history (every 2 minutes, a daily wave around today's value) for every
    // series the dashboard shows, pushed like a source system would.
    void seedHistory(const QString& dashboardId)
    {
        QString error;
        const auto specs =
            console::loadDashboardConfig(qEnvironmentVariable("IOC_SOURCE_DIR") +
                                             QStringLiteral("/resources/config/dashboards.json"),
                                         &error);
        QVERIFY2(specs, qPrintable(error));
        QSet<QString> wanted;
        for (const auto& d : *specs)
            if (d.id == dashboardId) {
                for (const auto& k : d.kpis)
                    wanted.insert(k.series);
                for (const auto& t : d.trends)
                    for (const auto& s : t.series)
                        wanted.insert(s);
            }
        QVERIFY(!wanted.isEmpty());
        const QJsonObject snapshot = call("GET", QStringLiteral("/api/v1/series"), {},
                                          {{"Authorization", "Bearer " + m_token}});
        QHash<QString, QJsonArray> bySource;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QJsonValue& v : snapshot.value(QLatin1String("series")).toArray()) {
            const QJsonObject s = v.toObject();
            const QString id = s.value(QLatin1String("id")).toString();
            if (!wanted.contains(id))
                continue;
            const double base = s.value(QLatin1String("value")).toDouble(10);
            const double phase = double(qHash(id) % 100) / 100.0 * 2 * M_PI;
            for (int minutes = 25 * 60; minutes >= 2; minutes -= 2) {
                const double wave = std::sin(2 * M_PI * minutes / (24 * 60.0) + phase);
                const double ripple = std::sin(minutes / 7.0) * 0.03;
                bySource[s.value(QLatin1String("source")).toString()].append(
                    QJsonObject{{QStringLiteral("series"), id},
                                {QStringLiteral("observed_at"),
                                 now.addSecs(-60 * minutes).toString(Qt::ISODate)},
                                {QStringLiteral("value"),
                                 std::round(base * (1 + 0.15 * wave + ripple) * 10) / 10}});
            }
        }
        for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
            const QJsonObject answer =
                call("POST", QStringLiteral("/api/v1/ingest"),
                     QJsonDocument(QJsonObject{{QStringLiteral("source"), it.key()},
                                               {QStringLiteral("points"), it.value()}})
                         .toJson(QJsonDocument::Compact),
                     {{"X-Api-Key", "demo-source-key"}});
            QCOMPARE(answer.value(QLatin1String("rejected")).toInt(-1), 0);
        }
    }

    // Delegates made by a Repeater are not QObject children of the view: walk the item tree.
    static QList<console::TrendFeed *> trendFeeds(QQuickItem *item)
    {
        QList<console::TrendFeed *> feeds;
        if (auto *feed = item->property("feed").value<console::TrendFeed *>())
            feeds << feed;
        for (QQuickItem *child : item->childItems())
            feeds << trendFeeds(child);
        return feeds;
    }

    static void checkRealRender(const QImage& image)
    {
        QVERIFY(!image.isNull());
        QHash<QRgb, int> histogram;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                ++histogram[image.pixel(x, y)];
        const int samples = (image.height() / 2) * (image.width() / 2);
        int dominant = 0;
        for (int n : std::as_const(histogram))
            dominant = std::max(dominant, n);
        QVERIFY2(histogram.size() > 300,
                 qPrintable(QStringLiteral("only %1 colours").arg(histogram.size())));
        QVERIFY2(dominant < samples * 0.85, "one colour covers most of the picture");
        // Chart lines in the first chart colour, and KPI status stripes (green, amber or red).
        auto near = [](QRgb p, QColor c) {
            return std::abs(qRed(p) - c.red()) + std::abs(qGreen(p) - c.green()) +
                       std::abs(qBlue(p) - c.blue()) <
                   40;
        };
        int line = 0;
        int status = 0;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
            if (near(it.key(), QColor(0x47, 0xb8, 0xf0)))
                line += it.value();
            if (near(it.key(), QColor(0x2f, 0xd2, 0x7a)) ||
                near(it.key(), QColor(0xf6, 0xb9, 0x3b)) ||
                near(it.key(), QColor(0xff, 0x5a, 0x5a)))
                status += it.value();
        }
        QVERIFY2(line > 200, qPrintable(QStringLiteral("chart lines missing (%1 px)").arg(line)));
        QVERIFY2(status > 200,
                 qPrintable(QStringLiteral("status colours missing (%1 px)").arg(status)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_iocd = std::make_unique<IocdProcess>(m_dir.filePath(QStringLiteral("iocd")));
        QVERIFY(m_iocd->start());
        m_token = m_iocd->login();
        QVERIFY(!m_token.isEmpty());
        seedHistory(QStringLiteral("security_traffic"));
        g_previousHandler = qInstallMessageHandler(recordQmlWarnings);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void rendersADashboard_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("title");
        QTest::newRow("vi") << "vi" << QStringLiteral("An ninh, trật tự và giao thông đô thị");
        QTest::newRow("en") << "en" << QStringLiteral("Security, public order and urban traffic");
    }

    void rendersADashboard()
    {
        QFETCH(QString, lang);
        QFETCH(QString, title);
        g_qmlWarnings.clear();

        const QUrl base = m_iocd->httpUrl(QString());
        client::BackendClient backend({.baseUrl = base});
        backend.setToken(m_token);
        QSettings settings(m_dir.filePath(QStringLiteral("console.conf")), QSettings::IniFormat);
        console::UiLanguage language;
        console::WorkstationController workstation(&backend, &language, &settings);
        client::ApiRequester api(base, QSslConfiguration::defaultConfiguration(),
                                 [this] { return m_token; });
        console::DashboardController dashboards(
            {.configPath = QStringLiteral(":/Ioc/Console/config/dashboards.json")}, &api,
            workstation.seriesModel());
        QCOMPARE(dashboards.configError(), QString());

        QQuickView view;
        language.setEngine(view.engine());
        QVERIFY(workstation.setLanguage(lang));
        dashboards.setLanguage(lang);
        view.engine()->addImportPath(QStringLiteral("qrc:/"));
        view.setColor(QColor(0x0a, 0x0e, 0x13));
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.setInitialProperties(
            {{QStringLiteral("dashboards"), QVariant::fromValue(&dashboards)}});
        view.setSource(QUrl(QStringLiteral("qrc:/Ioc/Views/DashboardsView.qml")));
        QVERIFY2(view.status() == QQuickView::Ready, qPrintable(g_qmlWarnings.join('\n')));
        view.resize(1600, 1280);
        view.show();
        dashboards.setCurrentId(QStringLiteral("security_traffic"));
        backend.start();

        QTRY_VERIFY_WITH_TIMEOUT(workstation.seriesModel()->rowCount() > 0, 20'000);
        dashboards.refresh();
        auto *kpis = dashboards.kpis();
        QTRY_VERIFY_WITH_TIMEOUT(kpis->statusAt(0) != domain::KpiStatus::NoData, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(dashboards.previousValuesPending(), 0, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(dashboards.breakdown()->rowCount() > 0, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboards.breakdown()
                                      ->unitName(dashboards.breakdown()
                                                     ->index(0)
                                                     .data(console::BreakdownModel::UnitCodeRole)
                                                     .toString())
                                      .startsWith(QLatin1Char('1')),
                                 20'000);
        const auto feeds = trendFeeds(view.rootObject());
        QCOMPARE(feeds.size(), 2);
        for (auto *feed : feeds)
            QTRY_VERIFY2_WITH_TIMEOUT(!feed->loading() && feed->pointCount() > 8,
                                      qPrintable(QStringLiteral("%1: loading %2, %3 points")
                                                     .arg(feed->seriesIds().join(QLatin1Char(',')))
                                                     .arg(feed->loading())
                                                     .arg(feed->pointCount())),
                                      20'000);
        // The seeded day gives every KPI with a compare period a change against the past.
        QTRY_VERIFY_WITH_TIMEOUT(
            !kpis->index(0).data(console::KpiListModel::ChangeTextRole).toString().isEmpty(),
            20'000);

        auto *titleItem = view.rootObject()->findChild<QObject *>(QStringLiteral("dashboardTitle"));
        QVERIFY(titleItem);
        QCOMPARE(titleItem->property("text").toString(), title);

        // Let the map load its data and the charts paint, then capture.
        auto *map = view.rootObject()->findChild<QQuickItem *>(QStringLiteral("breakdownMap"));
        QVERIFY(map);
        QTRY_VERIFY_WITH_TIMEOUT(map->property("ready").toBool(), 20'000);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy frames(&view, &QQuickWindow::frameSwapped);
        view.update();
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() > 0, 5'000);
        const QImage shot = view.grabWindow();
        QDir().mkpath(QStringLiteral("screenshots"));
        const QString png = QDir::current().absoluteFilePath(
            QStringLiteral("screenshots/dashboard-%1.png").arg(lang));
        QVERIFY(shot.save(png));
        qInfo("saved %s", qPrintable(png));
        checkRealRender(shot);
        QVERIFY2(g_qmlWarnings.isEmpty(), qPrintable(g_qmlWarnings.join('\n')));
        backend.stop();
    }
};

QTEST_MAIN(tst_DashboardScreenshot)
#include "tst_DashboardScreenshot.moc"
