// SPDX-License-Identifier: GPL-3.0-or-later
// Wall layout files: the shipped examples and the built-in default parse; every kind of mistake
// is reported with the place in the file; the watched file is re-read when saved in place or by
// an editor's write-and-rename, and a bad save keeps the last good layout with the reason.
#include "WallLayout.h"
#include "WallLayoutSource.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc::console;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

QString shipped(const QString& name)
{
    return qEnvironmentVariable("IOC_SOURCE_DIR") + QStringLiteral("/resources/wall/") + name;
}

// A one-page layout whose single tile is `tile` (JSON text of the tile object).
QByteArray withTile(const QByteArray& tile)
{
    return "{\"version\":1,\"screens\":[{\"screen\":0,\"pages\":[{\"id\":\"p\",\"rows\":2,"
           "\"columns\":2,\"tiles\":[" +
           tile + "]}]}]}";
}

QString errorOf(const QByteArray& json)
{
    const auto parsed = parseWallLayout(json);
    const auto *error = std::get_if<QString>(&parsed);
    return error ? *error : QString();
}

} // namespace

class tst_WallLayout : public QObject
{
    Q_OBJECT

private slots:
    void shippedLayoutsParse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("screens");
        QTest::newRow("default") << QStringLiteral("default.json") << 1;
        QTest::newRow("one") << QStringLiteral("one-screen.json") << 1;
        QTest::newRow("two") << QStringLiteral("two-screens.json") << 2;
        QTest::newRow("four") << QStringLiteral("four-screens.json") << 4;
    }
    void shippedLayoutsParse()
    {
        QFETCH(QString, file);
        QFETCH(int, screens);
        const auto parsed = parseWallLayout(readFile(shipped(file)));
        const auto *error = std::get_if<QString>(&parsed);
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        QCOMPARE(std::get<WallLayout>(parsed).screens.size(), screens);
    }

    void defaultCoversEveryScreen()
    {
        const WallLayout layout = defaultWallLayout();
        QVERIFY(layout.otherScreens.has_value());
        QCOMPARE(layout.screens.first().index, 0);
        QCOMPARE(layout.shifts.size(), 3);
    }

    void tilesKeepTheirOptions()
    {
        const auto parsed =
            parseWallLayout(withTile("{\"kind\":\"chart\",\"row\":1,\"column\":0,\"column_span\":2,"
                                     "\"series\":[\"a\",\"b\"],\"title\":\"Tốc độ\"}"));
        const WallTile tile = std::get<WallLayout>(parsed).screens[0].pages[0].tiles[0];
        QCOMPARE(tile.kind, QStringLiteral("chart"));
        QCOMPARE(tile.columnSpan, 2);
        QCOMPARE(tile.options.value(QStringLiteral("series")).toStringList(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(tile.options.value(QStringLiteral("title")).toMap().value(QStringLiteral("en")),
                 QStringLiteral("Tốc độ"));
        const QVariantMap page = std::get<WallLayout>(parsed)
                                     .screens[0]
                                     .toVariant()
                                     .value(QStringLiteral("pages"))
                                     .toList()
                                     .first()
                                     .toMap();
        QCOMPARE(page.value(QStringLiteral("tiles"))
                     .toList()
                     .first()
                     .toMap()
                     .value(QStringLiteral("column_span")),
                 2);
    }

    void mistakesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("no version")
            << QByteArray("{\"screens\":[]}") << QStringLiteral("version: is required");
        QTest::newRow("unknown kind")
            << withTile("{\"kind\":\"radar\",\"row\":0,\"column\":0}")
            << QStringLiteral("screens[0].pages[0].tiles[0].kind: unknown tile kind 'radar'");
        QTest::newRow("outside grid") << withTile("{\"kind\":\"clock\",\"row\":2,\"column\":0}")
                                      << QStringLiteral("tiles[0].row: must be between 0 and 1");
        QTest::newRow("span too wide")
            << withTile("{\"kind\":\"clock\",\"row\":0,\"column\":1,\"column_span\":2}")
            << QStringLiteral("tiles[0].column_span: must be between 1 and 1");
        QTest::newRow("overlap")
            << withTile("{\"kind\":\"clock\",\"row\":0,\"column\":0,\"row_span\":2},"
                        "{\"kind\":\"clock\",\"row\":1,\"column\":0}")
            << QStringLiteral("tiles[1]: overlaps another tile at row 1, column 0");
        QTest::newRow("kpi without domain") << withTile("{\"kind\":\"kpi\",\"row\":0,\"column\":0}")
                                            << QStringLiteral("tiles[0].domain: is required");
        QTest::newRow("chart without series")
            << withTile("{\"kind\":\"chart\",\"row\":0,\"column\":0,\"series\":[]}")
            << QStringLiteral("tiles[0].series: must not be empty");
        QTest::newRow("unknown layer")
            << withTile("{\"kind\":\"map\",\"row\":0,\"column\":0,\"layers\":[\"boats\"]}")
            << QStringLiteral("tiles[0].layers: unknown layer 'boats'");
        QTest::newRow("bad schedule time")
            << QByteArray("{\"version\":1,\"screens\":[{\"screen\":0,\"pages\":[{\"id\":\"p\","
                          "\"rows\":1,\"columns\":1,\"tiles\":[{\"kind\":\"clock\",\"row\":0,"
                          "\"column\":0}]}],\"schedule\":[{\"from\":\"6:00\",\"to\":\"18:00\","
                          "\"pages\":[\"p\"]}]}]}")
            << QStringLiteral("screens[0].schedule[0].from: must be a time of day");
        QTest::newRow("schedule names unknown page")
            << QByteArray("{\"version\":1,\"screens\":[{\"screen\":0,\"pages\":[{\"id\":\"p\","
                          "\"rows\":1,\"columns\":1,\"tiles\":[{\"kind\":\"clock\",\"row\":0,"
                          "\"column\":0}]}],\"schedule\":[{\"from\":\"06:00\",\"to\":\"18:00\","
                          "\"pages\":[\"q\"]}]}]}")
            << QStringLiteral("no page with id 'q'");
        QTest::newRow("dwell too short")
            << QByteArray("{\"version\":1,\"screens\":[{\"screen\":0,\"pages\":[{\"id\":\"p\","
                          "\"dwell_s\":1,\"rows\":1,\"columns\":1,\"tiles\":[{\"kind\":\"clock\","
                          "\"row\":0,\"column\":0}]}]}]}")
            << QStringLiteral("pages[0].dwell_s: must be between 5 and 86400");
        QTest::newRow("bad screen")
            << QByteArray("{\"version\":1,\"screens\":[{\"screen\":-1,\"pages\":[]}]}")
            << QStringLiteral("screens[0].screen: must be a screen index");
        QTest::newRow("bad focus severity")
            << QByteArray("{\"version\":1,\"focus\":{\"min_severity\":7},\"other_screens\":{"
                          "\"pages\":[{\"id\":\"p\",\"rows\":1,\"columns\":1,\"tiles\":[{"
                          "\"kind\":\"clock\",\"row\":0,\"column\":0}]}]}}")
            << QStringLiteral("focus.min_severity: must be between 1 and 4");
    }
    void mistakesAreNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString error = errorOf(json);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void watchedFileFollowsEditsAndRenames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wall.json"));
        writeFile(path, readFile(shipped(QStringLiteral("one-screen.json"))));
        WallLayoutSource source(path);
        QCOMPARE(source.error(), QString());
        QCOMPARE(source.generation(), 1);
        QCOMPARE(source.layout().screens[0].pages.size(), 3);
        QSignalSpy changed(&source, &WallLayoutSource::layoutChanged);

        // Saved in place.
        writeFile(path, readFile(shipped(QStringLiteral("two-screens.json"))));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(source.layout().screens.size(), 2);

        // A bad save: the last good layout stays, with the reason.
        writeFile(path, withTile("{\"kind\":\"radar\",\"row\":0,\"column\":0}"));
        QTRY_VERIFY(source.error().contains(QStringLiteral("unknown tile kind")));
        QCOMPARE(source.layout().screens.size(), 2);
        QCOMPARE(changed.size(), 1);

        // An editor's save: write a new file, rename it over the old one.
        const QString temp = dir.filePath(QStringLiteral(".wall.json.swp"));
        writeFile(temp, readFile(shipped(QStringLiteral("four-screens.json"))));
        QVERIFY(QDir(dir.path())
                    .rename(QStringLiteral(".wall.json.swp"), QStringLiteral("wall.json")) ||
                (QFile::remove(path) && QFile::rename(temp, path)));
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(source.layout().screens.size(), 4);
        QCOMPARE(source.error(), QString());

        // And again after the rename (the watch must have been re-armed).
        writeFile(path, readFile(shipped(QStringLiteral("one-screen.json"))));
        QTRY_COMPARE(changed.size(), 3);
        QCOMPARE(source.layout().screens.size(), 1);
    }

    void badFileAtStartKeepsTheDefault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wall.json"));
        writeFile(path, "{\"version\": 2}");
        WallLayoutSource source(path);
        QVERIFY(source.error().contains(QStringLiteral("version")));
        QVERIFY(source.layout().otherScreens.has_value()); // the built-in default
    }
};

QTEST_GUILESS_MAIN(tst_WallLayout)
#include "tst_WallLayout.moc"
