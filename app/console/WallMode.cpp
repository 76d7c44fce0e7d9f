// SPDX-License-Identifier: GPL-3.0-or-later
#include "WallMode.h"

#include "SessionController.h"
#include "UiLanguage.h"
#include "WallController.h"
#include "WallLayoutSource.h"
#include "WallScreens.h"
#include "WallScreenshot.h"
#include "WallSignIn.h"
#include "WorkstationController.h"
#include "ioc/client/ApiRequester.h"
#include "ioc/client/AuthClient.h"
#include "ioc/client/BackendClient.h"

#include <QApplication>
#include <QQmlEngine>
#include <QSettings>

#include <cstdio>
#include <memory>

int runWall(const WallModeOptions& options, ioc::console::UiLanguage *language, QQmlEngine *engine)
{
    using namespace ioc::console;
    QSettings settings;
    ioc::client::BackendClient client({.baseUrl = options.backendUrl, .tls = options.tls});
    ioc::client::AuthClient auth({.baseUrl = options.backendUrl, .tls = options.tls});
    WorkstationController workstation(&client, language, &settings);
    SessionController session(&auth, &client);
    session.setSuggestedUsername(options.username);
    ioc::client::ApiRequester api(options.backendUrl, options.tls,
                                  [&session] { return session.token(); });
    WallLayoutSource layout(options.layoutFile);
    if (!layout.error().isEmpty())
        std::fprintf(stderr, "ioc-console: wall layout %s not applied, using the default: %s\n",
                     qPrintable(options.layoutFile), qPrintable(layout.error()));
    WallController wall(&client, &api, &session, &workstation, &layout);
    QObject::connect(&session, &SessionController::loginSucceeded, &wall, &WallController::start);

    WallScreens screens(engine, &wall, QUrl(QStringLiteral("qrc:/Ioc/Views/WallWindow.qml")));
    std::unique_ptr<WallScreenshot> screenshot;
    if (!options.screenshotPath.isEmpty()) {
        screens.startDetached(options.screenshotSize);
        screenshot =
            std::make_unique<WallScreenshot>(&screens, &wall, &client, options.screenshotPath);
        screenshot->start();
    } else {
        screens.start();
    }
    if (screens.windows().isEmpty() && !options.screenshotPath.isEmpty())
        return 1; // the window failed to load (the error is logged)
    if (screens.windows().isEmpty())
        std::fprintf(stderr, "ioc-console: no screen of the wall layout is present; waiting for "
                             "one to be connected\n");

    WallSignIn signIn(&session, options.username, options.password);
    signIn.start();
    return QApplication::exec();
}
