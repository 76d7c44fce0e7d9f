// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real ioc-console --wall (embedded iocd, demo data) offscreen on every shipped layout
// and at 1920×1080 and 3840×2160: one PNG per layout screen, each a real render (not blank, not
// one colour, with the tiles' content), holding the tiles of the screen's first page in play.
// The PNGs are kept in $IOC_WALL_SHOTS when set (to look at them).
#include "WallLayout.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc::console;

class tst_WallScreenshots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // isolates settings and the embedded iocd's data

    QString outputDir() const
    {
        const QString dir = qEnvironmentVariable("IOC_WALL_SHOTS");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            return dir;
        return m_home.path();
    }

    static void checkRealRender(const QImage& image, QSize expected)
    {
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), expected);
        QHash<QRgb, int> histogram;
        const int step = std::max(1, image.width() / 960);
        for (int y = 0; y < image.height(); y += step)
            for (int x = 0; x < image.width(); x += step)
                ++histogram[image.pixel(x, y)];
        const int samples = (image.height() / step) * (image.width() / step);
        int dominant = 0;
        for (int n : std::as_const(histogram))
            dominant = std::max(dominant, n);
        QVERIFY2(histogram.size() > 150,
                 qPrintable(QStringLiteral("only %1 distinct colours").arg(histogram.size())));
        QVERIFY2(dominant < samples * 0.8, "one colour covers over 80% of the picture");
        // Text is drawn: many near-white pixels (titles, values) on the dark theme.
        int light = 0;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
            if (qGray(it.key()) > 200)
                light += it.value();
        QVERIFY2(light > samples / 400, "hardly any text rendered");
    }

    // Tile kinds of the first page in play now, per screen of the layout file.
    static QList<QStringList> expectedTiles(const QString& file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file));
        const auto layout = std::get<WallLayout>(parseWallLayout(f.readAll()));
        QList<QStringList> result;
        const QTime now = QTime::currentTime();
        for (const WallScreenLayout& screen : layout.screens) {
            const auto inPlay =
                ioc::domain::pagesInPlay(screen.playlist(), now.hour() * 60 + now.minute());
            QStringList kinds;
            for (const WallTile& tile : screen.pages[int(inPlay.front())].tiles)
                kinds.append(tile.kind);
            kinds.sort();
            result.append(kinds);
        }
        return result;
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void rendersEveryShippedLayout_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        QTest::newRow("one-screen vi 1080p") << "one-screen"
                                             << "vi" << QSize(1920, 1080);
        QTest::newRow("two-screens vi 1080p") << "two-screens"
                                              << "vi" << QSize(1920, 1080);
        QTest::newRow("four-screens en 1080p") << "four-screens"
                                               << "en" << QSize(1920, 1080);
        QTest::newRow("default vi 4K") << "default"
                                       << "vi" << QSize(3840, 2160);
    }

    void rendersEveryShippedLayout()
    {
        QFETCH(QString, layout);
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        const QString file = qEnvironmentVariable("IOC_SOURCE_DIR") +
                             QStringLiteral("/resources/wall/%1.json").arg(layout);
        const QString base =
            QDir(outputDir())
                .filePath(QStringLiteral("wall-%1-%2-%3.png").arg(layout, lang).arg(size.width()));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("IOC_PASSWORD"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        QStringList args{QStringLiteral("--wall"),
                         QStringLiteral("--lang"),
                         lang,
                         QStringLiteral("--screenshot"),
                         base,
                         QStringLiteral("--size"),
                         QStringLiteral("%1x%2").arg(size.width()).arg(size.height())};
        if (layout != QLatin1String("default"))
            args << QStringLiteral("--wall-layout") << file;
        p.start(QStringLiteral(IOC_CONSOLE_BINARY), args);
        QVERIFY(p.waitForFinished(90'000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(out + err));
        QVERIFY2(!err.contains(QLatin1String("qrc:/")), qPrintable(err)); // no QML warnings

        const QList<QStringList> expected = expectedTiles(file);
        static const QRegularExpression line(
            QStringLiteral("wall screen (\\d+) (\\d+)x(\\d+) saved to (\\S+); tiles: (\\S*)"));
        auto it = line.globalMatch(out);
        int screens = 0;
        while (it.hasNext()) {
            const auto m = it.next();
            const int index = m.captured(1).toInt();
            QVERIFY(index < expected.size());
            QStringList tiles = m.captured(5).split(QLatin1Char(','), Qt::SkipEmptyParts);
            tiles.sort();
            QCOMPARE(tiles, expected[index]);
            checkRealRender(QImage(m.captured(4)), size);
            ++screens;
        }
        QCOMPARE(screens, expected.size());
    }
};

QTEST_GUILESS_MAIN(tst_WallScreenshots)
#include "tst_WallScreenshots.moc"
