// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

class QQmlEngine;

namespace ioc::console {
class UiLanguage;
}

// What `ioc-console --wall` needs from the command line and settings.
struct WallModeOptions
{
    QUrl backendUrl;
    QSslConfiguration tls;
    QString username; // the wall's account; empty: none configured (the wall says so)
    QString password;
    QString layoutFile;     // empty: the built-in default layout
    QString screenshotPath; // non-empty: render each layout screen once, save, exit
    QSize screenshotSize{1920, 1080};
};

// Runs the video wall until the application quits; returns the exit code.
int runWall(const WallModeOptions& options, ioc::console::UiLanguage *language, QQmlEngine *engine);
