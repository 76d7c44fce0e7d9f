// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QSettings;

namespace ioc::console {

// The console's start-up settings as one source gives them; an unset field means "this source
// says nothing", so the next source in line decides.
struct StartupSettings
{
    std::optional<QString> backend;        // http(s) URL of iocd; empty string: embedded iocd
    std::optional<QString> language;       // "vi" | "en"
    std::optional<QString> wallLayoutFile; // layout of the video wall (JSON file)
    std::optional<QString> caFile;         // extra trusted CA certificates (PEM)
    std::optional<QString> username;       // pre-filled on the login screen
};

// Precedence, field by field: command line > stored settings > defaults. Pure.
StartupSettings mergeStartupSettings(const StartupSettings& commandLine,
                                     const StartupSettings& stored,
                                     const StartupSettings& defaults);

// What the console uses when nothing is given: embedded iocd, Vietnamese, no layout file, system
// CAs only, no user name.
StartupSettings defaultStartupSettings();

// Empty if `url` is usable as a backend address (an http or https URL with a host, or empty for
// the embedded iocd); otherwise a message for the operator, in the UI language.
QString backendAddressError(const QString& url);
// Empty if `path` is empty or names a readable regular file; otherwise a message naming it.
QString readableFileError(const QString& path);

// The per-user settings file (QSettings with the application's organisation and name). Reading
// skips values that fail validation (a hand-edited file must not stop the console), writing
// replaces all of them.
StartupSettings loadStoredSettings(const QSettings& settings, QStringList *warnings = nullptr);
void saveStoredSettings(QSettings& settings, const StartupSettings& values);

// The settings dialog's view of the stored settings: current values, validation with clear
// messages, and saving. Which values this run actually uses (after the command line) is given at
// construction, so the dialog can say what takes effect only after a restart.
class ConsoleSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application with its QSettings")

    Q_PROPERTY(QString backend READ backend NOTIFY storedChanged)
    Q_PROPERTY(QString wallLayoutFile READ wallLayoutFile NOTIFY storedChanged)
    Q_PROPERTY(QString caFile READ caFile NOTIFY storedChanged)
    Q_PROPERTY(QString username READ username NOTIFY storedChanged)
    Q_PROPERTY(bool restartNeeded READ restartNeeded NOTIFY storedChanged)
    Q_PROPERTY(QStringList commandLineOverrides READ commandLineOverrides CONSTANT)
    Q_PROPERTY(QString location READ location CONSTANT)

public:
    // `running`: the merged values this process started with; `overrides`: the names of the
    // fields ("backend", "language", "wallLayoutFile", "caFile", "username") the command line set.
    ConsoleSettings(QSettings *settings, StartupSettings running, QStringList overrides,
                    QObject *parent = nullptr);

    QString backend() const { return m_stored.backend.value_or(QString()); }
    QString wallLayoutFile() const { return m_stored.wallLayoutFile.value_or(QString()); }
    QString caFile() const { return m_stored.caFile.value_or(QString()); }
    QString username() const { return m_stored.username.value_or(QString()); }
    // True when a saved backend, CA file or layout differs from what this run uses.
    bool restartNeeded() const;
    QStringList commandLineOverrides() const { return m_overrides; }
    QString location() const; // the settings file, shown in the dialog

    Q_INVOKABLE QString backendError(const QString& url) const;
    Q_INVOKABLE QString fileError(const QString& path) const;
    // Validates all four and, only if every one is valid, stores them; returns false otherwise.
    // The language is saved by the language switch itself (it applies at once).
    Q_INVOKABLE bool save(const QString& backend, const QString& wallLayoutFile,
                          const QString& caFile, const QString& username);

signals:
    void storedChanged();

private:
    QSettings *m_settings;
    StartupSettings m_running;
    StartupSettings m_stored;
    QStringList m_overrides;
};

} // namespace ioc::console
