// SPDX-License-Identifier: GPL-3.0-or-later
// The wall on real X screens (run under tests/wall/with_two_screens.sh: two RandR monitors of
// different sizes) against the real iocd, signed in as the demo wall: one borderless full-screen
// window per screen of the layout, on that screen, with the layout's tiles; a layout change is
// applied to the open windows; a screen added while running gets a window, one removed loses it.
#include "IocdProcess.h"
#include "SessionController.h"
#include "UiLanguage.h"
#include "WallController.h"
#include "WallLayoutSource.h"
#include "WallScreens.h"
#include "WorkstationController.h"
#include "ioc/client/ApiRequester.h"
#include "ioc/client/AuthClient.h"
#include "ioc/client/BackendClient.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include <memory>

Q_IMPORT_QML_PLUGIN(Ioc_ConsolePlugin)
Q_IMPORT_QML_PLUGIN(Ioc_ViewsPlugin)
Q_IMPORT_QML_PLUGIN(Ioc_MapPlugin)

using namespace ioc::console;

namespace {

QString shipped(const QString& name)
{
    return qEnvironmentVariable("IOC_SOURCE_DIR") + QStringLiteral("/resources/wall/") + name;
}

void copyLayout(const QString& from, const QString& to)
{
    QFile::remove(to + QStringLiteral(".new"));
    QVERIFY(QFile::copy(shipped(from), to + QStringLiteral(".new")));
    QFile::remove(to);
    QVERIFY(QFile::rename(to + QStringLiteral(".new"), to)); // as an editor saves
}

void collectTiles(QQuickItem *item, QStringList *kinds)
{
    const QString name = item->objectName();
    if (name.startsWith(QLatin1String("wallTile_")) && item->isVisible())
        kinds->append(name.mid(9));
    for (QQuickItem *child : item->childItems())
        if (child->isVisible())
            collectTiles(child, kinds);
}

QStringList tilesOf(QQuickWindow *window)
{
    QStringList kinds;
    collectTiles(window->contentItem(), &kinds);
    kinds.sort();
    return kinds;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

bool xrandr(const QStringList& args)
{
    return QProcess::execute(QStringLiteral("xrandr"), args) == 0;
}

} // namespace

// Everything the wall is built from in main, on one iocd.
struct Wall
{
    Wall(const QUrl& url, const QString& layoutFile, QQmlEngine *engine)
        : client({.baseUrl = url})
        , auth({.baseUrl = url})
        , workstation(&client, &language, &settings)
        , session(&auth, &client)
        , api(url, QSslConfiguration::defaultConfiguration(), [this] { return session.token(); })
        , layout(layoutFile)
        , wall(&client, &api, &session, &workstation, &layout)
        , screens(engine, &wall, QUrl(QStringLiteral("qrc:/Ioc/Views/WallWindow.qml")))
    {
        QObject::connect(&session, &SessionController::loginSucceeded, &wall,
                         &WallController::start);
    }

    QSettings settings{QSettings::IniFormat, QSettings::UserScope, QStringLiteral("ioc-test"),
                       QStringLiteral("wall")};
    UiLanguage language;
    ioc::client::BackendClient client;
    ioc::client::AuthClient auth;
    WorkstationController workstation;
    SessionController session;
    ioc::client::ApiRequester api;
    WallLayoutSource layout;
    WallController wall;
    WallScreens screens;
};

class tst_WallScreens : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<IocdProcess> m_iocd;
    QQmlEngine m_engine;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        QVERIFY2(QGuiApplication::screens().size() == 2,
                 "expected two screens (run under tests/wall/with_two_screens.sh)");
        QVERIFY(QGuiApplication::screens()[0]->size() != QGuiApplication::screens()[1]->size());
        m_engine.addImportPath(QStringLiteral("qrc:/"));
        m_iocd = std::make_unique<IocdProcess>(m_dir.filePath(QStringLiteral("iocd")));
        QVERIFY(m_iocd->start());
    }

    void windowPerScreenWithTheLayoutsTiles()
    {
        const QString file = m_dir.filePath(QStringLiteral("wall.json"));
        copyLayout(QStringLiteral("two-screens.json"), file);
        Wall w(m_iocd->httpUrl(QString()), file, &m_engine);
        w.screens.start();
        w.session.login(QStringLiteral("wall"), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(w.session.loggedIn(), 15'000);
        QCOMPARE(w.session.role(), QStringLiteral("wall"));

        const QList<QScreen *> screens = QGuiApplication::screens();
        const QList<QQuickWindow *> windows = w.screens.windows();
        QCOMPARE(windows.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QQuickWindow *window = windows[i];
            QCOMPARE(w.screens.screenOf(window), screens[i]);
            QCOMPARE(window->screen(), screens[i]);
            QVERIFY(window->flags() & Qt::FramelessWindowHint);
            QTRY_VERIFY(window->isExposed());
            QTRY_COMPARE(window->geometry(), screens[i]->geometry());
        }
        const QStringList first{"map", "clock", "incidents"};
        const QStringList second{"kpi", "kpi", "alerts", "chart", "sources"};
        QTRY_COMPARE(tilesOf(windows[0]), sorted(first));
        QTRY_COMPARE(tilesOf(windows[1]), sorted(second));
        QCOMPARE(windows[0]->width(), 1920);
        QCOMPARE(windows[1]->width(), 1280);

        // The layout file changes: the same windows show the new layout.
        copyLayout(QStringLiteral("four-screens.json"), file);
        QTRY_COMPARE(tilesOf(windows[0]), QStringList{"map"});
        QTRY_COMPARE(tilesOf(windows[1]), sorted({"kpi", "video", "chart"}));
        QCOMPARE(w.screens.windows(), windows);
        QCOMPARE(w.layout.error(), QString());

        // A one-screen layout: the second screen's window closes.
        copyLayout(QStringLiteral("one-screen.json"), file);
        QTRY_COMPARE(w.screens.windows().size(), 1);
        QCOMPARE(w.screens.windows().first(), windows[0]);
    }

    void followsScreensAddedAndRemoved()
    {
        Wall w(m_iocd->httpUrl(QString()), QString(), &m_engine); // built-in default layout
        w.screens.start();
        QCOMPARE(w.screens.windows().size(), 2); // default: overview + other_screens
        QSignalSpy added(qApp, &QGuiApplication::screenAdded);
        QVERIFY(xrandr({"--setmonitor", "WALL-3", "1280/339x1024/271+3200+0", "none"}));
        if (!added.wait(5000))
            QSKIP("this X server / Qt did not report the new RandR monitor as a screen");
        QTRY_COMPARE(w.screens.windows().size(), 3);
        QScreen *third = static_cast<QScreen *>(added.first().first().value<QScreen *>());
        QCOMPARE(w.screens.screenOf(w.screens.windows().last()), third);
        QTRY_COMPARE(w.screens.windows().last()->geometry(), third->geometry());

        QSignalSpy removed(qApp, &QGuiApplication::screenRemoved);
        QVERIFY(xrandr({"--delmonitor", "WALL-3"}));
        QVERIFY(removed.wait(5000));
        QTRY_COMPARE(w.screens.windows().size(), 2);
    }

    // The backend goes away: every screen keeps its data and says since when it is old; the
    // backend comes back on the same address: the wall recovers by itself.
    void showsOfflineAndRecovers()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("iocd-offline"));
        auto first = std::make_unique<IocdProcess>(dataDir);
        QVERIFY(first->start());
        const quint16 port = first->port();
        Wall w(first->httpUrl(QString()), QString(), &m_engine);
        w.screens.start();
        w.session.login(QStringLiteral("wall"), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(w.client.state() == ioc::client::ConnectionState::Connected,
                                 20'000);
        QQuickWindow *window = w.screens.windows().first();
        auto *notice = window->findChild<QQuickItem *>(QStringLiteral("offlineNotice"));
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());
        const int rowsBefore = w.workstation.seriesModel()->rowCount();
        QVERIFY(rowsBefore > 0);

        first->terminate();
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 20'000);
        QVERIFY(w.wall.offlineSince().isValid());
        QCOMPARE(w.workstation.seriesModel()->rowCount(), rowsBefore); // last data kept

        IocdProcess second(dataDir, {QStringLiteral("--demo"), QStringLiteral("--listen"),
                                     QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(second.start());
        QCOMPARE(second.port(), port);
        QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), 40'000);
        QCOMPARE(w.client.state(), ioc::client::ConnectionState::Connected);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv); // Qt Charts needs a QApplication
    tst_WallScreens test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_WallScreens.moc"
