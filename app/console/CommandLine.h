// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleSettings.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <variant>

// What ioc-console was asked to do.
struct ConsoleOptions
{
    // --backend, --lang, --wall-layout, --ca-file, --user: set only when given; they override the
    // stored settings (command line > settings > defaults, see mergeStartupSettings).
    ioc::console::StartupSettings startup;
    QString screenshotPath; // non-empty: render once, save, exit
    QSize screenshotSize{1920, 1080};
    bool selfTest = false;     // load every QML file of the app headless, report, exit 0/1
    bool openAbout = false;    // open the About dialog at start (for its screenshot)
    bool openSettings = false; // open the settings dialog at start (for its screenshot)
    QString view = QStringLiteral("board"); // --view: board | audit, the view shown first
    bool wall = false; // --wall: video wall mode, one full-screen window per screen
};

// Environment variable that holds the password for --user (never given on the command line).
inline constexpr const char *kPasswordVariable = "IOC_PASSWORD";

struct CommandLineExit
{
    int code = 0; // --help / --version were handled (0), or the arguments were wrong (2)
};

// Parses argv of the running application; prints help, version or the error itself.
std::variant<ConsoleOptions, CommandLineExit> parseCommandLine(const QStringList& arguments);

// The names of the StartupSettings fields the command line set ("backend", "caFile", ...).
QStringList commandLineOverrides(const ConsoleOptions& options);

// True if only --help or --version was asked for: answered before any QApplication (and display)
// exists.
bool wantsInformationOnly(int argc, char **argv);

// True if `--screenshot` or `--self-test` is among the raw arguments (checked before the
// application exists, to pick the offscreen platform).
bool wantsHeadless(int argc, char **argv);
