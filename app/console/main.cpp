// SPDX-License-Identifier: GPL-3.0-or-later
// ioc-console: parse the command line, build the services, hand them to the QML window, run.
#include "CommandLine.h"
#include "EmbeddedBackend.h"
#include "ScreenshotTaker.h"
#include "SelfTest.h"
#include "UiLanguage.h"
#include "WorkstationController.h"
#include "ioc/client/BackendClient.h"

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

    EmbeddedBackend embedded;
    QUrl backendUrl = options.backend;
    if (backendUrl.isEmpty()) {
        QString error;
        backendUrl = embedded.start(EmbeddedBackend::defaultDataDir(), &error);
        if (backendUrl.isEmpty()) {
            std::fprintf(stderr, "ioc-console: %s\n", qPrintable(error));
            return 1;
        }
    }

    ioc::client::BackendClient client({.baseUrl = backendUrl});
    ioc::console::WorkstationController controller(&client, &language, &settings);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    language.setEngine(&engine);
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)},
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
        screenshot = std::make_unique<ScreenshotTaker>(window, &client, options.screenshotPath);
        screenshot->start();
    } else {
        window->showMaximized();
    }

    client.start();
    return QApplication::exec();
}
