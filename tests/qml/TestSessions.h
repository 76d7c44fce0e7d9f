// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleSettings.h"
#include "SessionController.h"
#include "WorkstationController.h"

#include <QObject>

// What the QML tests of the sign-in views use (singleton TestSessions in Ioc.TestSupport): a
// session against the real iocd started for the run, one against a port where nothing listens,
// and a way to make a session expire as the server would.
class TestSessions : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ioc::console::SessionController *live MEMBER live CONSTANT)
    Q_PROPERTY(ioc::console::SessionController *unreachable MEMBER unreachable CONSTANT)
    // $IOC_QML_SHOT_DIR: where tests may save pictures of what they show (for a person to look
    // at); empty: no pictures.
    Q_PROPERTY(QString shotDir MEMBER shotDir CONSTANT)
    // The settings dialog's backends: settings in a temporary file, never the user's.
    Q_PROPERTY(ioc::console::ConsoleSettings *settings MEMBER settings CONSTANT)
    Q_PROPERTY(ioc::console::WorkstationController *workstation MEMBER workstation CONSTANT)

public:
    using QObject::QObject;

    // As if the server had answered 401 to the session's token.
    Q_INVOKABLE void expire(ioc::console::SessionController *session)
    {
        session->reportUnauthorized();
    }

    ioc::console::SessionController *live = nullptr;
    ioc::console::SessionController *unreachable = nullptr;
    ioc::console::ConsoleSettings *settings = nullptr;
    ioc::console::WorkstationController *workstation = nullptr;
    QString shotDir = qEnvironmentVariable("IOC_QML_SHOT_DIR");
};
