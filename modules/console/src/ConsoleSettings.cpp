// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleSettings.h"

#include "Logging.h"
#include "UiLanguage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace ioc::console {

namespace {

const QString kBackendKey = QStringLiteral("connection/backend");
const QString kCaFileKey = QStringLiteral("connection/caFile");
const QString kLanguageKey = QStringLiteral("ui/language"); // shared with UiLanguage
const QString kWallLayoutKey = QStringLiteral("wall/layoutFile");
const QString kUsernameKey = QStringLiteral("login/username");

std::optional<QString> pick(const std::optional<QString>& first,
                            const std::optional<QString>& second,
                            const std::optional<QString>& third)
{
    return first ? first : (second ? second : third);
}

std::optional<QString> nonEmpty(const QString& value)
{
    return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
}

void store(QSettings& settings, const QString& key, const std::optional<QString>& value)
{
    if (value && !value->isEmpty())
        settings.setValue(key, *value);
    else
        settings.remove(key);
}

} // namespace

StartupSettings mergeStartupSettings(const StartupSettings& commandLine,
                                     const StartupSettings& stored, const StartupSettings& defaults)
{
    return {
        .backend = pick(commandLine.backend, stored.backend, defaults.backend),
        .language = pick(commandLine.language, stored.language, defaults.language),
        .wallLayoutFile =
            pick(commandLine.wallLayoutFile, stored.wallLayoutFile, defaults.wallLayoutFile),
        .caFile = pick(commandLine.caFile, stored.caFile, defaults.caFile),
        .username = pick(commandLine.username, stored.username, defaults.username),
    };
}

StartupSettings defaultStartupSettings()
{
    return {.backend = QString(),
            .language = UiLanguage::defaultLanguage(),
            .wallLayoutFile = QString(),
            .caFile = QString(),
            .username = QString()};
}

QString backendAddressError(const QString& url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return {};
    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return QCoreApplication::translate(
            "ConsoleSettings", "The backend address must start with http:// or https://, e.g. "
                               "https://ioc.haiphong.gov.vn:8443");
    if (parsed.host().isEmpty())
        return QCoreApplication::translate("ConsoleSettings",
                                           "The backend address has no server name or IP address.");
    return {};
}

QString readableFileError(const QString& path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("ConsoleSettings", "File not found: %1").arg(path);
    if (!info.isFile())
        return QCoreApplication::translate("ConsoleSettings", "Not a file: %1").arg(path);
    if (!info.isReadable())
        return QCoreApplication::translate("ConsoleSettings",
                                           "File cannot be read (permissions): %1")
            .arg(path);
    return {};
}

StartupSettings loadStoredSettings(const QSettings& settings, QStringList *warnings)
{
    auto warn = [warnings](const QString& message) {
        if (warnings)
            warnings->append(message); // the caller reports them
        else
            qCWarning(lcConsole) << "ignoring stored setting:" << message;
    };
    StartupSettings stored;
    stored.backend = nonEmpty(settings.value(kBackendKey).toString().trimmed());
    if (stored.backend && !backendAddressError(*stored.backend).isEmpty()) {
        warn(QStringLiteral("%1 = %2 is not an http(s) URL").arg(kBackendKey, *stored.backend));
        stored.backend.reset();
    }
    stored.language = nonEmpty(settings.value(kLanguageKey).toString());
    if (stored.language && !UiLanguage::supported().contains(*stored.language)) {
        warn(QStringLiteral("%1 = %2 is not a supported language")
                 .arg(kLanguageKey, *stored.language));
        stored.language.reset();
    }
    // Files are checked when used (they may be on a share that is mounted later), not here.
    stored.wallLayoutFile = nonEmpty(settings.value(kWallLayoutKey).toString());
    stored.caFile = nonEmpty(settings.value(kCaFileKey).toString());
    stored.username = nonEmpty(settings.value(kUsernameKey).toString().trimmed());
    return stored;
}

void saveStoredSettings(QSettings& settings, const StartupSettings& values)
{
    store(settings, kBackendKey, values.backend);
    store(settings, kLanguageKey, values.language);
    store(settings, kWallLayoutKey, values.wallLayoutFile);
    store(settings, kCaFileKey, values.caFile);
    store(settings, kUsernameKey, values.username);
    settings.sync();
}

ConsoleSettings::ConsoleSettings(QSettings *settings, StartupSettings running,
                                 QStringList overrides, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_running(std::move(running))
    , m_stored(loadStoredSettings(*settings))
    , m_overrides(std::move(overrides))
{}

bool ConsoleSettings::restartNeeded() const
{
    auto differs = [this](const char *name, const std::optional<QString>& stored,
                          const std::optional<QString>& running) {
        // What the command line set stays as it is after a restart with the same command line.
        return !m_overrides.contains(QLatin1String(name)) &&
               stored.value_or(QString()) != running.value_or(QString());
    };
    return differs("backend", m_stored.backend, m_running.backend) ||
           differs("caFile", m_stored.caFile, m_running.caFile) ||
           differs("wallLayoutFile", m_stored.wallLayoutFile, m_running.wallLayoutFile);
}

QString ConsoleSettings::location() const
{
    return m_settings->fileName();
}

QString ConsoleSettings::backendError(const QString& url) const
{
    return backendAddressError(url);
}

QString ConsoleSettings::fileError(const QString& path) const
{
    return readableFileError(path.trimmed());
}

bool ConsoleSettings::save(const QString& backend, const QString& wallLayoutFile,
                           const QString& caFile, const QString& username)
{
    if (!backendError(backend).isEmpty() || !fileError(wallLayoutFile).isEmpty() ||
        !fileError(caFile).isEmpty())
        return false;
    // The language is saved by the language switch (it applies at once); keep what it stored.
    m_stored = {.backend = nonEmpty(backend.trimmed()),
                .language = loadStoredSettings(*m_settings).language,
                .wallLayoutFile = nonEmpty(wallLayoutFile.trimmed()),
                .caFile = nonEmpty(caFile.trimmed()),
                .username = nonEmpty(username.trimmed())};
    saveStoredSettings(*m_settings, m_stored);
    qCInfo(lcConsole) << "settings saved to" << m_settings->fileName();
    emit storedChanged();
    return m_settings->status() == QSettings::NoError;
}

} // namespace ioc::console
