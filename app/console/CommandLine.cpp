// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>
#include <utility>

namespace {

CommandLineExit fail(const QString& message)
{
    std::fprintf(stderr, "ioc-console: %s\n", qPrintable(message));
    return {2};
}

} // namespace

std::variant<ConsoleOptions, CommandLineExit> parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Operator console of the Hai Phong Intelligent Operations Center.\n\n"
            "Backend, language, wall layout, CA file and user name are also kept in the per-user "
            "settings (%1, changed in the console's Settings dialog). Precedence: command line > "
            "settings > defaults.")
            .arg(QStringLiteral("~/.config/HaiPhongIOC/ioc-console.conf")));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption backend(
        QStringLiteral("backend"),
        QStringLiteral("iocd to connect to, e.g. http://127.0.0.1:8686. Without it an embedded "
                       "iocd with the demo simulator is started."),
        QStringLiteral("URL"));
    const QCommandLineOption workstation(QStringLiteral("workstation"),
                                         QStringLiteral("Duty officer workstation (default)."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("UI language: vi (default) or en; overrides the "
                                                 "saved choice."),
                                  QStringLiteral("vi|en"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the window once live data has arrived, save it as PNG and exit. "
                       "Without credentials (--backend without --user, or --user without "
                       "IOC_PASSWORD) the login screen is rendered instead; a refused login "
                       "renders the login screen with its error."),
        QStringLiteral("PATH"));
    const QCommandLineOption size(
        QStringLiteral("size"), QStringLiteral("Window size for --screenshot (default 1920x1080)."),
        QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QStringLiteral("Load every QML file of the application headless, report errors with the "
                       "file name and exit (0: all loaded, 1: an error)."));
    const QCommandLineOption about(QStringLiteral("about"),
                                   QStringLiteral("Open the About dialog at start."));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QStringLiteral(
            "Sign in as NAME with the password from the environment variable "
            "IOC_PASSWORD (never on the command line); without IOC_PASSWORD the login "
            "screen opens with NAME filled in. With the embedded demo backend and no "
            "--user (nor a stored user name), the console signs in as the demo 'officer'."),
        QStringLiteral("NAME"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        QStringLiteral("PEM file of CA certificates trusted for an https:// backend, in addition "
                       "to the system's. The server's certificate is always verified."),
        QStringLiteral("FILE"));
    const QCommandLineOption wallLayout(
        QStringLiteral("wall-layout"),
        QStringLiteral("Video wall layout file; must exist and be readable."),
        QStringLiteral("FILE"));
    const QCommandLineOption settings(QStringLiteral("settings"),
                                      QStringLiteral("Open the settings dialog at start."));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QStringLiteral(
            "View shown first after signing in: board (default), incidents, handover or audit "
            "(supervisors and admins)."),
        QStringLiteral("board|incidents|handover|audit"), QStringLiteral("board"));
    parser.addOptions({backend, workstation, lang, screenshot, size, selfTest, about, user, caFile,
                       view, wallLayout, settings});

    for (const QString& argument : arguments)
        if (argument == QLatin1String("--password") ||
            argument.startsWith(QLatin1String("--password=")))
            return fail(QStringLiteral("passwords are never taken on the command line (they would "
                                       "show in the process list); set IOC_PASSWORD"));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(0); // exits
    if (parser.isSet(version))
        parser.showVersion(); // exits
    if (!parser.positionalArguments().isEmpty())
        return fail(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments()[0]));

    ConsoleOptions options;
    auto& startup = options.startup;
    if (parser.isSet(backend)) {
        const QString value = parser.value(backend).trimmed();
        if (value.isEmpty() || !ioc::console::backendAddressError(value).isEmpty())
            return fail(QStringLiteral("--backend needs an http(s) URL, got '%1'").arg(value));
        startup.backend = value;
    }
    if (parser.isSet(lang)) {
        const QString value = parser.value(lang);
        if (value != QLatin1String("vi") && value != QLatin1String("en"))
            return fail(QStringLiteral("--lang must be vi or en, got '%1'").arg(value));
        startup.language = value;
    }
    if (parser.isSet(user)) {
        startup.username = parser.value(user).trimmed();
        if (startup.username->isEmpty())
            return fail(QStringLiteral("--user needs a name"));
    }
    if (parser.isSet(caFile))
        startup.caFile = parser.value(caFile);
    if (parser.isSet(wallLayout)) {
        startup.wallLayoutFile = parser.value(wallLayout);
        if (startup.wallLayoutFile->isEmpty())
            return fail(QStringLiteral("--wall-layout needs a file"));
        if (const QString error = ioc::console::readableFileError(*startup.wallLayoutFile);
            !error.isEmpty())
            return fail(QStringLiteral("--wall-layout: %1").arg(error));
    }
    options.view = parser.value(view);
    if (options.view != QLatin1String("board") && options.view != QLatin1String("incidents") &&
        options.view != QLatin1String("handover") && options.view != QLatin1String("audit"))
        return fail(
            QStringLiteral("--view must be board, incidents, handover or audit, got '%1'").arg(options.view));
    options.screenshotPath = parser.value(screenshot);
    options.selfTest = parser.isSet(selfTest);
    options.openAbout = parser.isSet(about);
    options.openSettings = parser.isSet(settings);
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = sizePattern.match(parser.value(size));
    if (!match.hasMatch())
        return fail(
            QStringLiteral("--size must look like 1920x1080, got '%1'").arg(parser.value(size)));
    options.screenshotSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    return options;
}

QStringList commandLineOverrides(const ConsoleOptions& options)
{
    QStringList names;
    const auto& s = options.startup;
    for (const auto& [name, value] :
         {std::pair{"backend", &s.backend}, std::pair{"language", &s.language},
          std::pair{"wallLayoutFile", &s.wallLayoutFile}, std::pair{"caFile", &s.caFile},
          std::pair{"username", &s.username}})
        if (value->has_value())
            names.append(QLatin1String(name));
    return names;
}

bool wantsInformationOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char *option : {"-h", "--help", "--help-all", "-?", "-v", "--version"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 ||
            std::strncmp(argv[i], "--screenshot=", 13) == 0 ||
            std::strcmp(argv[i], "--self-test") == 0)
            return true;
    return false;
}
