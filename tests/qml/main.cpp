// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner with a QApplication (Qt Charts needs one) and the static QML modules.
// It also starts the real iocd (demo accounts) for the sign-in views: see TestSessions.
#include "IocdProcess.h"
#include "SessionController.h"
#include "TestSessions.h"
#include "UiLanguage.h"
#include "ioc/client/AuthClient.h"
#include "ioc/client/BackendClient.h"

#include <QApplication>
#include <QQmlEngine>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Ioc_ConsolePlugin)
Q_IMPORT_QML_PLUGIN(Ioc_ViewsPlugin)
Q_IMPORT_QML_PLUGIN(Ioc_MapPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);

    QTemporaryDir dataDir;
    IocdProcess iocd(dataDir.path());
    if (!iocd.start()) {
        std::fprintf(stderr, "tst_qml_components: iocd did not start (IOCD_BINARY?)\n");
        return 1;
    }
    QTcpServer probe; // a port where nothing listens
    probe.listen(QHostAddress::LocalHost, 0);
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();

    using namespace ioc;
    client::AuthClient liveAuth({.baseUrl = iocd.httpUrl(QString())});
    client::BackendClient liveBackend({.baseUrl = iocd.httpUrl(QString())});
    console::SessionController live(&liveAuth, &liveBackend);
    client::AuthClient deadAuth({.baseUrl = nowhere});
    client::BackendClient deadBackend({.baseUrl = nowhere});
    console::SessionController unreachable(&deadAuth, &deadBackend);
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("ioc-console.conf")),
                       QSettings::IniFormat);
    console::UiLanguage language;
    console::WorkstationController workstation(&deadBackend, &language, &settings);
    console::ConsoleSettings consoleSettings(&settings, console::defaultStartupSettings(), {});

    TestSessions sessions;
    sessions.live = &live;
    sessions.unreachable = &unreachable;
    sessions.settings = &consoleSettings;
    sessions.workstation = &workstation;
    qmlRegisterSingletonInstance("Ioc.TestSupport", 1, 0, "TestSessions", &sessions);

    Setup setup;
    return quick_test_main_with_setup(argc, argv, "qml_components", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "main.moc"
