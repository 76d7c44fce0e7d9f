// SPDX-License-Identifier: GPL-3.0-or-later
// ioc-console: parse the command line, build the services, hand them to the QML window, run.
#include "AuditController.h"
#include "CommandLine.h"
#include "EmbeddedBackend.h"
#include "IncidentController.h"
#include "ScreenshotTaker.h"
#include "SelfTest.h"
#include "SessionController.h"
#include "UiLanguage.h"
#include "WorkstationController.h"
#include "ioc/client/ApiRequester.h"
#include "ioc/client/AuditClient.h"
#include "ioc/client/AuthClient.h"
#include "ioc/client/BackendClient.h"
#include "ioc/client/TlsConfig.h"

#include <QApplication>
#include <QFontDatabase>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Ioc_ConsolePlugin)
Q_IMPORT_QML_PLUGIN(Ioc_ViewsPlugin)
Q_IMPORT_QML_PLUGIN(Ioc_MapPlugin)

namespace {

void useVietnameseCapableFont(QApplication& app)
{
    const QString family = QStringLiteral("Noto Sans");
    if (!QFontDatabase::families().contains(family)) {
        std::fprintf(stderr,
                     "ioc-console: font '%s' not found (package fonts-noto-core); "
                     "Vietnamese text may render poorly\n",
                     qPrintable(family));
        return;
    }
    QFont font(family);
    font.setPointSizeF(app.font().pointSizeF());
    app.setFont(font);
}

// Who signs in at start: --user with $IOC_PASSWORD; with the embedded demo backend and no --user,
// the demo officer. An empty password means the login screen opens (with the name filled in).
struct StartupLogin
{
    QString username;
    QString password;
};

StartupLogin startupLogin(const ConsoleOptions& options, bool embedded)
{
    StartupLogin login;
    if (!options.user.isEmpty()) {
        login.username = options.user;
        login.password = qEnvironmentVariable(kPasswordVariable);
    } else if (embedded) {
        login.username = QStringLiteral("officer"); // demo account seeded by the embedded iocd
        login.password = QStringLiteral("demo");
    }
    // Not passed on to anything this process starts.
    qunsetenv(kPasswordVariable);
    return login;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsHeadless(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv); // QApplication, not QGuiApplication: Qt Charts needs it
    QApplication::setOrganizationName(QStringLiteral("HaiPhongIOC"));
    QApplication::setApplicationName(QStringLiteral("ioc-console"));
    QApplication::setApplicationVersion(QStringLiteral(IOC_VERSION));

    auto parsed = parseCommandLine(QApplication::arguments());
    if (auto *exit = std::get_if<CommandLineExit>(&parsed))
        return exit->code;
    const auto& options = std::get<ConsoleOptions>(parsed);

    useVietnameseCapableFont(app);
    QSettings settings;
    ioc::console::UiLanguage language;
    language.apply(options.language.value_or(ioc::console::UiLanguage::saved(settings)));

    if (options.selfTest) {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        return runQmlSelfTest(engine);
    }

    QSslConfiguration tls;
    if (QString error; !ioc::client::makeTlsConfiguration(options.caFile, &tls, &error)) {
        std::fprintf(stderr, "ioc-console: %s\n", qPrintable(error));
        return 2;
    }

    EmbeddedBackend embedded;
    QUrl backendUrl = options.backend;
    const StartupLogin login = startupLogin(options, backendUrl.isEmpty());
    if (backendUrl.isEmpty()) {
        QString error;
        backendUrl = embedded.start(EmbeddedBackend::defaultDataDir(), &error);
        if (backendUrl.isEmpty()) {
            std::fprintf(stderr, "ioc-console: %s\n", qPrintable(error));
            return 1;
        }
    }

    ioc::client::BackendClient client({.baseUrl = backendUrl, .tls = tls});
    ioc::client::AuthClient auth({.baseUrl = backendUrl, .tls = tls});
    ioc::client::AuditClient auditClient(backendUrl, tls);
    ioc::console::WorkstationController controller(&client, &language, &settings);
    ioc::console::SessionController session(&auth, &client);
    session.setSuggestedUsername(login.username);
    ioc::console::AuditController audit(&auditClient, &session);
    ioc::client::ApiRequester api(backendUrl, tls, [&session] { return session.token(); });
    ioc::console::IncidentController incidents(&api, &client, &session);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    language.setEngine(&engine);
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)},
                                 {QStringLiteral("session"), QVariant::fromValue(&session)},
                                 {QStringLiteral("audit"), QVariant::fromValue(&audit)},
                                 {QStringLiteral("incidents"), QVariant::fromValue(&incidents)},
                                 {QStringLiteral("currentView"), options.view},
                                 {QStringLiteral("aboutAtStart"), options.openAbout}});
    engine.load(QUrl(QStringLiteral("qrc:/Ioc/Views/WorkstationWindow.qml")));
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        std::fprintf(stderr, "ioc-console: the main window failed to load\n");
        return 1;
    }

    std::unique_ptr<ScreenshotTaker> screenshot;
    if (!options.screenshotPath.isEmpty()) {
        window->resize(options.screenshotSize);
        const ScreenshotTaker::Plan plan{.signingIn = !login.password.isEmpty(),
                                         .auditView = options.view == QLatin1String("audit")};
        screenshot = std::make_unique<ScreenshotTaker>(window, &client, &session, &audit,
                                                       options.screenshotPath, plan);
        if (options.view == QLatin1String("incidents"))
            screenshot->showIncidents(&incidents);
        screenshot->start();
    } else {
        window->showMaximized();
    }

    // The backend client starts once signed in (it needs the token).
    if (!login.password.isEmpty())
        session.login(login.username, login.password);
    return QApplication::exec();
}
