// SPDX-License-Identifier: GPL-3.0-or-later
// Stored console settings: validation messages, round trip through a QSettings file in a
// temporary directory (never the user's), what a hand-edited file may not do, precedence of the
// command line over the stored values over the defaults, and the dialog's save/restart logic.
#include "ConsoleSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ioc::console;

class tst_ConsoleSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write("{}\n");
        return path;
    }

    QString settingsPath(const QString& name) const
    {
        return m_dir.filePath(name + QStringLiteral(".conf"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("HaiPhongIOC"));
        QCoreApplication::setApplicationName(QStringLiteral("ioc-console"));
        // Anything that opens the default QSettings ends up here, not in the user's ~/.config.
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void backendAddressMustBeHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty: embedded") << "" << true;
        QTest::newRow("http") << "http://127.0.0.1:8686" << true;
        QTest::newRow("https with name") << "https://ioc.haiphong.gov.vn:8443" << true;
        QTest::newRow("spaces around") << "  https://ioc.example  " << true;
        QTest::newRow("ftp") << "ftp://ioc.example" << false;
        QTest::newRow("no scheme") << "ioc.example:8686" << false;
        QTest::newRow("no host") << "http://" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("garbage") << "http://exa mple" << false;
    }

    void backendAddressMustBeHttp()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        const QString error = backendAddressError(url);
        QCOMPARE(error.isEmpty(), valid);
    }

    void backendErrorSaysWhatIsExpected()
    {
        QVERIFY(backendAddressError(QStringLiteral("ftp://x")).contains(QLatin1String("https://")));
    }

    void filesMustExistAndBeReadable()
    {
        QVERIFY(readableFileError(QString()).isEmpty());
        QVERIFY(readableFileError(writeFile(QStringLiteral("ok.json"))).isEmpty());

        const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
        QVERIFY(readableFileError(missing).contains(missing));
        QVERIFY(readableFileError(missing).contains(QLatin1String("not found")));
        QVERIFY(readableFileError(m_dir.path()).contains(QLatin1String("Not a file")));

        if (::geteuid() == 0)
            QSKIP("root reads any file; the permission case cannot be shown");
        const QString locked = writeFile(QStringLiteral("locked.pem"));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        QVERIFY(readableFileError(locked).contains(QLatin1String("cannot be read")));
    }

    void storedSettingsRoundTrip()
    {
        QSettings settings(settingsPath(QStringLiteral("roundtrip")), QSettings::IniFormat);
        const StartupSettings values{.backend = QStringLiteral("https://ioc.example:8443"),
                                     .language = QStringLiteral("en"),
                                     .wallLayoutFile = QStringLiteral("/etc/ioc/wall.json"),
                                     .caFile = QStringLiteral("/etc/ioc/ca.pem"),
                                     .username = QStringLiteral("lan")};
        saveStoredSettings(settings, values);

        QSettings reread(settingsPath(QStringLiteral("roundtrip")), QSettings::IniFormat);
        const StartupSettings loaded = loadStoredSettings(reread);
        QCOMPARE(loaded.backend, values.backend);
        QCOMPARE(loaded.language, values.language);
        QCOMPARE(loaded.wallLayoutFile, values.wallLayoutFile);
        QCOMPARE(loaded.caFile, values.caFile);
        QCOMPARE(loaded.username, values.username);

        // Saving empty values removes them: nothing is stored, so defaults apply again.
        saveStoredSettings(settings, {});
        QVERIFY(settings.allKeys().isEmpty());
        const StartupSettings cleared = loadStoredSettings(settings);
        QVERIFY(!cleared.backend && !cleared.language && !cleared.caFile && !cleared.username &&
                !cleared.wallLayoutFile);
    }

    void handEditedNonsenseIsIgnoredWithAWarning()
    {
        QSettings settings(settingsPath(QStringLiteral("edited")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("connection/backend"), QStringLiteral("ftp://x"));
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        settings.setValue(QStringLiteral("login/username"), QStringLiteral("  hung  "));
        QStringList warnings;
        const StartupSettings loaded = loadStoredSettings(settings, &warnings);
        QVERIFY(!loaded.backend);
        QVERIFY(!loaded.language);
        QCOMPARE(loaded.username, QStringLiteral("hung"));
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings[0].contains(QLatin1String("ftp://x")));
    }

    void commandLineBeatsSettingsBeatsDefaults()
    {
        const StartupSettings commandLine{.backend = QStringLiteral("http://cli:1"),
                                          .language = std::nullopt,
                                          .wallLayoutFile = std::nullopt,
                                          .caFile = QStringLiteral("/cli/ca.pem"),
                                          .username = std::nullopt};
        const StartupSettings stored{.backend = QStringLiteral("http://stored:2"),
                                     .language = QStringLiteral("en"),
                                     .wallLayoutFile = std::nullopt,
                                     .caFile = QStringLiteral("/stored/ca.pem"),
                                     .username = QStringLiteral("lan")};
        const StartupSettings merged =
            mergeStartupSettings(commandLine, stored, defaultStartupSettings());
        QCOMPARE(merged.backend, QStringLiteral("http://cli:1")); // command line
        QCOMPARE(merged.caFile, QStringLiteral("/cli/ca.pem"));   // command line
        QCOMPARE(merged.language, QStringLiteral("en"));          // settings
        QCOMPARE(merged.username, QStringLiteral("lan"));         // settings
        QCOMPARE(merged.wallLayoutFile, QString());               // default

        const StartupSettings nothing = mergeStartupSettings({}, {}, defaultStartupSettings());
        QCOMPARE(nothing.backend, QString()); // embedded iocd
        QCOMPARE(nothing.language, QStringLiteral("vi"));
    }

    void dialogSavesOnlyValidValues()
    {
        QSettings settings(settingsPath(QStringLiteral("dialog")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        ConsoleSettings model(&settings, defaultStartupSettings(), {});
        QSignalSpy changed(&model, &ConsoleSettings::storedChanged);
        QVERIFY(!model.restartNeeded());

        const QString missing = m_dir.filePath(QStringLiteral("nope.pem"));
        QVERIFY(!model.save(QStringLiteral("ftp://x"), {}, {}, {}));
        QVERIFY(!model.save(QStringLiteral("https://ok"), {}, missing, {}));
        QVERIFY(!model.save(QStringLiteral("https://ok"), missing, {}, {}));
        QCOMPARE(changed.count(), 0);
        QVERIFY(!settings.contains(QStringLiteral("connection/backend")));

        const QString layout = writeFile(QStringLiteral("wall.json"));
        QVERIFY(model.save(QStringLiteral(" https://ioc.example:8443 "), layout, {},
                           QStringLiteral("lan")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.backend(), QStringLiteral("https://ioc.example:8443"));
        QCOMPARE(model.wallLayoutFile(), layout);
        QCOMPARE(settings.value(QStringLiteral("login/username")).toString(),
                 QStringLiteral("lan"));
        // The language saved by the language switch is kept.
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        // This run still uses the embedded backend: a restart is needed for the new one.
        QVERIFY(model.restartNeeded());
    }

    void commandLineValuesNeedNoRestart()
    {
        QSettings settings(settingsPath(QStringLiteral("override")), QSettings::IniFormat);
        StartupSettings running = defaultStartupSettings();
        running.backend = QStringLiteral("http://cli:1");
        ConsoleSettings model(&settings, running, {QStringLiteral("backend")});
        QVERIFY(model.save(QStringLiteral("http://stored:2"), {}, {}, {}));
        // The next start with the same command line still uses http://cli:1.
        QVERIFY(!model.restartNeeded());
        QCOMPARE(model.commandLineOverrides(), QStringList{QStringLiteral("backend")});
    }

    void defaultSettingsLiveInTheTemporaryDirectory()
    {
        const QSettings settings; // organisation/application as in main
        QVERIFY2(settings.fileName().startsWith(m_dir.path()) ||
                     settings.fileName().contains(QLatin1String("qttest")),
                 qPrintable(settings.fileName()));
    }
};

QTEST_GUILESS_MAIN(tst_ConsoleSettings)
#include "tst_ConsoleSettings.moc"
