// SPDX-License-Identifier: GPL-3.0-or-later
// ioc-console: parse the command line, build the services, hand them to the QML window, run.
#include "AlertController.h"
#include "AuditController.h"
#include "CommandLine.h"
#include "ConsoleSettings.h"
#include "DashboardController.h"
#include "EmbeddedBackend.h"
#include "HandoverController.h"
#include "IncidentController.h"
#include "ScreenshotTaker.h"
#include "SelfTest.h"
#include "SessionController.h"
#include "SourcesController.h"
#include "SystemController.h"
#include "UiLanguage.h"
#include "WallMode.h"
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

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HaiPhongIOC"));
    QCoreApplication::setApplicationName(QStringLiteral("ioc-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IOC_VERSION));
}

// --help and --version need no display: answered with a QCoreApplication, before QApplication
// would abort on a machine without one.
int answerInformationRequest(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    const auto parsed = parseCommandLine(QCoreApplication::arguments());
    if (const auto *exit = std::get_if<CommandLineExit>(&parsed))
        return exit->code;
    return 0; // not reached: --help and --version exit inside the parser
}

// Who signs in at start: the user name (--user, else the stored one) with $IOC_PASSWORD; with the
// embedded demo backend and no user name, the demo officer. An empty password means the login
// screen opens (with the name filled in).
struct StartupLogin
{
    QString username;
    QString password;
};

StartupLogin startupLogin(const QString& username, bool embedded, bool wall)
{
    StartupLogin login;
    if (!username.isEmpty()) {
        login.username = username;
        login.password = qEnvironmentVariable(kPasswordVariable);
    } else if (embedded) {
        // Demo accounts seeded by the embedded iocd.
        login.username = wall ? QStringLiteral("wall") : QStringLiteral("officer");
        login.password = QStringLiteral("demo");
    }
    // Not passed on to anything this process starts.
    qunsetenv(kPasswordVariable);
    return login;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsInformationOnly(argc, argv))
        return answerInformationRequest(argc, argv);
    if (wantsHeadless(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv); // QApplication, not QGuiApplication: Qt Charts needs it
    setApplicationNames();

    auto parsed = parseCommandLine(QApplication::arguments());
    if (auto *exit = std::get_if<CommandLineExit>(&parsed))
        return exit->code;
    const auto& options = std::get<ConsoleOptions>(parsed);

    useVietnameseCapableFont(app);
    QSettings settings;
    QStringList settingsWarnings;
    const ioc::console::StartupSettings startup = ioc::console::mergeStartupSettings(
        options.startup, ioc::console::loadStoredSettings(settings, &settingsWarnings),
        ioc::console::defaultStartupSettings());
    for (const QString& warning : std::as_const(settingsWarnings))
        std::fprintf(stderr, "ioc-console: %s: ignoring %s\n", qPrintable(settings.fileName()),
                     qPrintable(warning));
    ioc::console::UiLanguage language;
    language.apply(startup.language.value_or(ioc::console::UiLanguage::defaultLanguage()));

    if (options.selfTest) {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        return runQmlSelfTest(engine);
    }

    // Where a value came from, for messages about it.
    const QStringList overrides = commandLineOverrides(options);
    auto origin = [&](const char *field) {
        return overrides.contains(QLatin1String(field))
                   ? QStringLiteral("command line")
                   : QStringLiteral("settings %1").arg(settings.fileName());
    };
    // A bad --ca-file stops the console; a stored one that went bad only warns (trusting fewer
    // CAs is safe, and the settings dialog must stay reachable to fix it).
    QSslConfiguration tls;
    if (QString error;
        !ioc::client::makeTlsConfiguration(startup.caFile.value_or(QString()), &tls, &error)) {
        std::fprintf(stderr, "ioc-console: %s (CA file from %s)\n", qPrintable(error),
                     qPrintable(origin("caFile")));
        if (overrides.contains(QLatin1String("caFile")))
            return 2;
        tls = {};
        if (!ioc::client::makeTlsConfiguration(QString(), &tls, &error)) {
            std::fprintf(stderr, "ioc-console: %s\n", qPrintable(error));
            return 2;
        }
        std::fprintf(stderr, "ioc-console: using the system's CA certificates only\n");
    }
    // The wall layout is checked here so a bad path is reported at start, with where it came from.
    if (const QString error =
            ioc::console::readableFileError(startup.wallLayoutFile.value_or(QString()));
        !error.isEmpty())
        std::fprintf(stderr, "ioc-console: wall layout from %s: %s; using the default layout\n",
                     qPrintable(origin("wallLayoutFile")), qPrintable(error));
    ioc::console::ConsoleSettings consoleSettings(&settings, startup, overrides);

    EmbeddedBackend embedded;
    QUrl backendUrl(startup.backend.value_or(QString()));
    const StartupLogin login =
        startupLogin(startup.username.value_or(QString()), backendUrl.isEmpty(), options.wall);
    if (backendUrl.isEmpty()) {
        QString error;
        backendUrl = embedded.start(EmbeddedBackend::defaultDataDir(), &error);
        if (backendUrl.isEmpty()) {
            std::fprintf(stderr, "ioc-console: %s\n", qPrintable(error));
            return 1;
        }
    }

    if (options.wall) {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        language.setEngine(&engine);
        return runWall({.backendUrl = backendUrl,
                        .tls = tls,
                        .username = login.username,
                        .password = login.password,
                        .layoutFile = startup.wallLayoutFile.value_or(QString()),
                        .screenshotPath = options.screenshotPath,
                        .screenshotSize = options.screenshotSize},
                       &language, &engine);
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
    ioc::console::AlertController alerts(&api, &client, &session);
    ioc::console::DashboardController dashboards(
        {.configPath = QStringLiteral(":/Ioc/Console/config/dashboards.json")}, &api,
        controller.seriesModel());
    ioc::console::SourcesController sources(&api, &session);
    ioc::console::SystemController system(&api, &session);
    auto followLanguage = [&] {
        dashboards.setLanguage(controller.language());
        sources.setLanguage(controller.language());
    };
    followLanguage();
    QObject::connect(&controller, &ioc::console::WorkstationController::languageChanged,
                     &dashboards, followLanguage);
    ioc::console::HandoverController handovers(&api, &client, &session);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    language.setEngine(&engine);
    engine.setInitialProperties(
        {{QStringLiteral("controller"), QVariant::fromValue(&controller)},
         {QStringLiteral("session"), QVariant::fromValue(&session)},
         {QStringLiteral("audit"), QVariant::fromValue(&audit)},
         {QStringLiteral("incidents"), QVariant::fromValue(&incidents)},
         {QStringLiteral("alerts"), QVariant::fromValue(&alerts)},
         {QStringLiteral("dashboards"), QVariant::fromValue(&dashboards)},
         {QStringLiteral("sources"), QVariant::fromValue(&sources)},
         {QStringLiteral("system"), QVariant::fromValue(&system)},
         {QStringLiteral("handovers"), QVariant::fromValue(&handovers)},
         {QStringLiteral("settings"), QVariant::fromValue(&consoleSettings)},
         {QStringLiteral("settingsAtStart"), options.openSettings},
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
        if (options.view == QLatin1String("handover"))
            screenshot->showHandover(&handovers);
        screenshot->start();
    } else {
        window->showMaximized();
    }

    // The backend client starts once signed in (it needs the token).
    if (!login.password.isEmpty())
        session.login(login.username, login.password);
    return QApplication::exec();
}
