// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real ioc-console (embedded iocd, demo data) offscreen with --screenshot and checks that
// what it saved is a real render of live data, in Vietnamese and in English (signed in as the
// demo officer without typing), of the login screen, and of a supervisor's audit view.
#include <QColor>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class tst_ConsoleScreenshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // isolates settings and the embedded iocd's data

    QProcess *run(const QStringList& args, const QString& password = {})
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("IOC_PASSWORD"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("IOC_PASSWORD"), password);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(IOC_CONSOLE_BINARY), args);
        return p;
    }

    static void checkRealRender(const QImage& image, QSize expected)
    {
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), expected);
        QHash<QRgb, int> histogram;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                ++histogram[image.pixel(x, y)];
        const int samples = (image.height() / 2) * (image.width() / 2);
        int dominant = 0;
        for (int n : std::as_const(histogram))
            dominant = std::max(dominant, n);
        QVERIFY2(histogram.size() > 200,
                 qPrintable(QStringLiteral("only %1 distinct colours").arg(histogram.size())));
        QVERIFY2(dominant < samples * 0.9, "one colour covers over 90% of the picture");

        // The freshness colours of the tiles must be there (green for fresh data at least).
        int greenish = 0;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
            const QColor c(it.key());
            if (c.green() > 150 && c.red() < 120 && c.blue() < 160)
                greenish += it.value();
        }
        QVERIFY2(greenish > 50, "no fresh (green) markers rendered");
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void rendersLiveWorkstation_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        QTest::newRow("vi 1280x720") << "vi" << QSize(1280, 720);
        QTest::newRow("en 1920x1080") << "en" << QSize(1920, 1080);
    }

    void rendersLiveWorkstation()
    {
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        const QString png = m_home.filePath(QStringLiteral("shot-%1.png").arg(lang));
        QProcess *p = run({QStringLiteral("--screenshot"), png, QStringLiteral("--lang"), lang,
                           QStringLiteral("--size"),
                           QStringLiteral("%1x%2").arg(size.width()).arg(size.height())});
        QVERIFY(p->waitForFinished(60'000));
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, err.constData());
        checkRealRender(QImage(png), size);
    }

    void languagesRenderDifferently()
    {
        const QImage vi(m_home.filePath(QStringLiteral("shot-vi.png")));
        const QImage en(m_home.filePath(QStringLiteral("shot-en.png")));
        QVERIFY(!vi.isNull() && !en.isNull());
        const QImage enScaled = en.scaled(vi.size());
        QVERIFY(vi != enScaled);
    }

    QImage shot(const QString& name, const QStringList& args, const QString& password = {})
    {
        const QString png = m_home.filePath(name);
        QProcess *p = run(QStringList{QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                                      QStringLiteral("1280x720")} +
                              args,
                          password);
        if (!p->waitForFinished(60'000) || p->exitCode() != 0)
            qWarning("%s", p->readAllStandardError().constData());
        return QImage(png);
    }

    static int distinctColours(const QImage& image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(image.pixel(x, y));
        return int(colours.size());
    }

    void rendersTheLoginScreen()
    {
        // --user without IOC_PASSWORD: nothing to sign in with, the login screen is shown.
        const QImage login = shot(QStringLiteral("login.png"),
                                  {QStringLiteral("--user"), QStringLiteral("officer")});
        QVERIFY(!login.isNull());
        QCOMPARE(login.size(), QSize(1280, 720));
        QVERIFY2(distinctColours(login) > 30, "the login screen has text and a form");
        // A refused password is rendered with its message: a different picture.
        const QImage refused =
            shot(QStringLiteral("login-refused.png"),
                 {QStringLiteral("--user"), QStringLiteral("officer")}, QStringLiteral("wrong"));
        QVERIFY(!refused.isNull());
        QVERIFY(refused != login);
    }

    void rendersTheAuditViewForASupervisor()
    {
        const QImage audit = shot(QStringLiteral("audit.png"),
                                  {QStringLiteral("--user"), QStringLiteral("supervisor"),
                                   QStringLiteral("--view"), QStringLiteral("audit")},
                                  QStringLiteral("demo"));
        QVERIFY(!audit.isNull());
        QVERIFY2(distinctColours(audit) > 100, "the audit view is rendered");
        // The chain check's verdict (intact: green) is on screen.
        int green = 0;
        for (int y = 0; y < audit.height(); y += 2)
            for (int x = 0; x < audit.width(); x += 2) {
                const QColor c(audit.pixel(x, y));
                green += c.green() > 150 && c.red() < 120 && c.blue() < 160;
            }
        QVERIFY2(green > 50, "no green 'chain intact' banner");
    }

    void rendersTheIncidentsViewForASupervisor()
    {
        const QImage view = shot(QStringLiteral("incidents.png"),
                                 {QStringLiteral("--user"), QStringLiteral("supervisor"),
                                  QStringLiteral("--view"), QStringLiteral("incidents")},
                                 QStringLiteral("demo"));
        QVERIFY(!view.isNull());
        QVERIFY2(distinctColours(view) > 100, "the incidents view is rendered");
        // The demo's drills carry the violet "DIỄN TẬP" tag and frame (Theme.drill #b388ff),
        // and critical incidents the red severity bar (#C62828).
        int drill = 0;
        int critical = 0;
        for (int y = 0; y < view.height(); ++y)
            for (int x = 0; x < view.width(); ++x) {
                const QColor c(view.pixel(x, y));
                drill += std::abs(c.red() - 0xb3) < 12 && std::abs(c.green() - 0x88) < 12 &&
                         std::abs(c.blue() - 0xff) < 12;
                critical += std::abs(c.red() - 0xc6) < 10 && std::abs(c.green() - 0x28) < 10 &&
                            std::abs(c.blue() - 0x28) < 10;
            }
        QVERIFY2(drill > 100, "no drill tag rendered");
        QVERIFY2(critical > 100, "no critical severity colour rendered");
    }

    void rendersTheHandoverViewForAnOfficer()
    {
        // The demo officer is on every shift of the demo rota: the view drafts this shift's
        // handover from the demo incidents (red critical bars) and the demo standing order.
        const QImage view = shot(QStringLiteral("handover.png"),
                                 {QStringLiteral("--user"), QStringLiteral("officer"),
                                  QStringLiteral("--view"), QStringLiteral("handover")},
                                 QStringLiteral("demo"));
        QVERIFY(!view.isNull());
        QVERIFY2(distinctColours(view) > 100, "the handover view is rendered");
        int critical = 0;
        for (int y = 0; y < view.height(); ++y)
            for (int x = 0; x < view.width(); ++x) {
                const QColor c(view.pixel(x, y));
                critical += std::abs(c.red() - 0xc6) < 10 && std::abs(c.green() - 0x28) < 10 &&
                            std::abs(c.blue() - 0x28) < 10;
            }
        QVERIFY2(critical > 50, "no drafted critical incident rendered");
    }

    void commandLine()
    {
        QProcess *help = run({QStringLiteral("--help")});
        QVERIFY(help->waitForFinished(30'000));
        QCOMPARE(help->exitCode(), 0);
        const QByteArray text = help->readAllStandardOutput();
        for (const char *option : {"--backend", "--lang", "--screenshot", "--size", "--workstation",
                                   "--user", "IOC_PASSWORD", "--ca-file", "--view"})
            QVERIFY2(text.contains(option), option);

        QProcess *version = run({QStringLiteral("--version")});
        QVERIFY(version->waitForFinished(30'000));
        QCOMPARE(version->exitCode(), 0);
        QVERIFY(version->readAllStandardOutput().contains("ioc-console"));

        QProcess *bad = run({QStringLiteral("--lang"), QStringLiteral("fr")});
        QVERIFY(bad->waitForFinished(30'000));
        QCOMPARE(bad->exitCode(), 2);
        QVERIFY(bad->readAllStandardError().contains("--lang"));

        QProcess *password = run({QStringLiteral("--password"), QStringLiteral("demo")});
        QVERIFY(password->waitForFinished(30'000));
        QCOMPARE(password->exitCode(), 2);
        QVERIFY(password->readAllStandardError().contains("IOC_PASSWORD"));

        QProcess *ca =
            run({QStringLiteral("--ca-file"), m_home.filePath(QStringLiteral("none.pem"))});
        QVERIFY(ca->waitForFinished(30'000));
        QCOMPARE(ca->exitCode(), 2);
        QVERIFY(ca->readAllStandardError().contains("none.pem"));

        QProcess *layout =
            run({QStringLiteral("--wall-layout"), m_home.filePath(QStringLiteral("none.json"))});
        QVERIFY(layout->waitForFinished(30'000));
        QCOMPARE(layout->exitCode(), 2);
        QVERIFY(layout->readAllStandardError().contains("none.json"));
    }

    // --version and --help are answered before any display is needed: no QT_QPA_PLATFORM, no X11
    // or Wayland (a server, a packaging check, an ssh session).
    void versionAndHelpNeedNoDisplay()
    {
        for (const QString& option : {QStringLiteral("--version"), QStringLiteral("--help")}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
                env.remove(QString::fromLatin1(name));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(IOC_CONSOLE_BINARY), {option});
            QVERIFY(p.waitForFinished(30'000));
            const QByteArray out = p.readAllStandardOutput();
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                     p.readAllStandardError().constData());
            if (option == QLatin1String("--version"))
                QVERIFY2(out.contains("ioc-console " IOC_VERSION), out.constData());
            else
                QVERIFY2(out.contains("command line > settings > defaults"), out.constData());
        }
    }

    // The settings dialog opened over the login screen (--settings): a different picture.
    void rendersTheSettingsDialog()
    {
        const QImage login = shot(QStringLiteral("login-for-settings.png"),
                                  {QStringLiteral("--user"), QStringLiteral("officer")});
        const QImage settings = shot(
            QStringLiteral("settings.png"),
            {QStringLiteral("--user"), QStringLiteral("officer"), QStringLiteral("--settings")});
        QVERIFY(!login.isNull() && !settings.isNull());
        QCOMPARE(settings.size(), QSize(1280, 720));
        QVERIFY(settings != login);
        QVERIFY2(distinctColours(settings) > 30, "the dialog has text and fields");
    }
};

QTEST_GUILESS_MAIN(tst_ConsoleScreenshot)
#include "tst_ConsoleScreenshot.moc"
