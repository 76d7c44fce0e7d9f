// SPDX-License-Identifier: GPL-3.0-or-later
// Stress wall: one 3840×2160 window with 12 trend charts of 3,600 points each (the wall's chart
// feed and Qt Charts line series, one new point per chart every second) and a map with 5,000
// markers of which 10 % change colour every second, for 30 s. Prints the process's CPU seconds
// per wall-clock second, peak RSS and PSS, the time from a data change to the frame that shows
// it, then the frame rate of a continuous map pan/zoom at 1920×1080 and at 3840×2160.
//
//   bench_wall [--seconds 30] [--size 3840x2160]
#include "MapMarkerModel.h"
#include "MapView.h"
#include "WallController.h"
#include "WallTrendFeed.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGeoCoordinate>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

Q_IMPORT_QML_PLUGIN(Ioc_ConsolePlugin)
Q_IMPORT_QML_PLUGIN(Ioc_MapPlugin)

using ioc::console::WallTrendFeed;
using ioc::map::MapMarker;
using ioc::map::MapMarkerModel;

namespace {

// The wall's tiles without the network: the same chart feed and map item the wall uses.
const char *kScene =
    "import QtQuick\n"
    "import QtCharts\n"
    "import Ioc.Console\n"
    "import Ioc.Map\n"
    "Window {\n"
    "  id: w; visible: true; color: '#0a0e13'\n"
    "  property alias map: map\n"
    "  property alias markers: markers\n"
    "  property alias charts: charts\n"
    "  property bool showCharts: true\n"
    "  MapMarkerModel { id: markers }\n"
    "  MapView { id: map; x: 0; y: 0; width: w.showCharts ? w.width * 0.4 : w.width;\n"
    "    height: w.height; animationDuration: 0\n"
    "    layers: [ MapMarkerLayer { model: markers; clustering: false } ] }\n"
    "  Grid { id: charts; visible: w.showCharts; x: w.width * 0.4; width: w.width * 0.6;\n"
    "    height: w.height; columns: 3; rows: 4\n"
    "    Repeater { model: 12\n"
    "      ChartView { id: cv; required property int index\n"
    "        width: charts.width / 3; height: charts.height / 4\n"
    "        antialiasing: false; legend.visible: false\n"
    "        backgroundColor: '#121a23'\n"
    "        property WallTrendFeed feed: WallTrendFeed { seriesIds: ['s' + cv.index] }\n"
    "        DateTimeAxis { id: tx; min: cv.feed.from; max: cv.feed.to; format: 'HH:mm' }\n"
    "        ValueAxis { id: vy; min: cv.feed.minimum; max: cv.feed.maximum }\n"
    "        Component.onCompleted: feed.attach(0, createSeries(ChartView.SeriesTypeLine, 's', tx, "
    "vy))\n"
    "      } } } }\n";

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double pssMb()
{
    QFile file(QStringLiteral("/proc/self/smaps_rollup"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : file.readAll().split('\n'))
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p / 100.0 * double(v.size())))];
}

// Spins the event loop until `done` or `ms` pass (a benchmark's clock, not a test's sync).
template<typename Done> void runFor(int ms, Done done)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms && !done())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

std::vector<MapMarker> makeMarkers(int count)
{
    std::vector<MapMarker> markers;
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < count; ++i) {
        MapMarker m;
        m.id = QStringLiteral("m%1").arg(i);
        m.kind = QStringLiteral("sensor.traffic");
        m.latitude = 20.70 + rng->bounded(0.35);
        m.longitude = 106.45 + rng->bounded(0.45);
        m.color = QColor::fromHsv(rng->bounded(360), 200, 230);
        markers.push_back(m);
    }
    return markers;
}

struct StressResult
{
    double cpuPerSecond = 0;
    double peakRss = 0;
    double peakPss = 0;
    std::vector<double> latencyMs;
    int frames = 0;
};

StressResult stress(QQuickWindow *window, int seconds)
{
    auto *markers = window->property("markers").value<MapMarkerModel *>();
    std::vector<MapMarker> all = makeMarkers(5000);
    markers->setMarkers(all);
    QList<WallTrendFeed *> feeds = window->findChildren<WallTrendFeed *>();
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    for (WallTrendFeed *feed : std::as_const(feeds)) {
        QList<QPointF> points;
        for (int i = 0; i < 3600; ++i)
            points.append(QPointF(double(start - (3600 - i) * 1000), 50 + 20 * std::sin(i / 60.0)));
        feed->setPoints(0, points);
    }
    runFor(2000, [] { return false; }); // first frames, caches warm

    StressResult r;
    qint64 pendingChange = -1; // when the last data change was applied (ns timer)
    QElapsedTimer clock;
    clock.start();
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        ++r.frames;
        if (pendingChange >= 0) {
            r.latencyMs.push_back(double(clock.nsecsElapsed() - pendingChange) / 1e6);
            pendingChange = -1;
        }
    });
    const double cpu0 = processCpuSeconds();
    auto *rng = QRandomGenerator::global();
    for (int s = 0; s < seconds; ++s) {
        const qint64 now = start + (s + 1) * 1000;
        for (WallTrendFeed *feed : std::as_const(feeds))
            feed->appendPoint(
                0, QPointF(double(now), 50 + 20 * std::sin(s / 6.0) + rng->bounded(5.0)));
        for (int i = 0; i < 500; ++i) {
            MapMarker& m = all[size_t(rng->bounded(int(all.size())))];
            m.color = QColor::fromHsv(rng->bounded(360), 200, 230);
            markers->upsert(m);
        }
        pendingChange = clock.nsecsElapsed();
        const qint64 second = clock.elapsed() + 1000 - (clock.elapsed() % 1000);
        runFor(int(second - clock.elapsed()), [] { return false; });
        r.peakPss = std::max(r.peakPss, pssMb());
    }
    r.cpuPerSecond = (processCpuSeconds() - cpu0) / (double(clock.elapsed()) / 1000.0);
    r.peakRss = peakRssMb();
    QObject::disconnect(window, &QQuickWindow::frameSwapped, window, nullptr);
    return r;
}

// Continuous pan and zoom: every frame moves the view a little; frames counted over `ms`.
double panZoomFps(QQuickWindow *window, QSize size, int ms)
{
    window->setProperty("showCharts", false);
    window->resize(size);
    runFor(1000, [] { return false; });
    auto *map = window->property("map").value<ioc::map::MapView *>();
    int frames = 0;
    QElapsedTimer t;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        ++frames;
        const double phase = double(t.elapsed()) / 1000.0;
        map->setCenter(
            QGeoCoordinate(20.86 + 0.05 * std::sin(phase), 106.68 + 0.08 * std::cos(phase)));
        map->setZoomLevel(11.5 + 1.5 * std::sin(phase * 0.7));
        window->update(); // the next frame follows as soon as this one is shown
    });
    t.start();
    window->update();
    runFor(ms, [] { return false; });
    QObject::disconnect(window, &QQuickWindow::frameSwapped, window, nullptr);
    return frames / (double(t.elapsed()) / 1000.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv); // Qt Charts needs it
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Stress time."), QStringLiteral("N"),
                                           QStringLiteral("30"));
    parser.addOption(secondsOption);
    parser.process(app);
    const int seconds = std::max(5, parser.value(secondsOption).toInt());

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData(kScene, QUrl(QStringLiteral("bench.qml")));
    auto *window = qobject_cast<QQuickWindow *>(component.create());
    if (!window) {
        std::fprintf(stderr, "bench_wall: %s\n", qPrintable(component.errorString()));
        return 1;
    }
    window->resize(3840, 2160);

    const StressResult r = stress(window, seconds);
    std::printf("bench_wall: stress 3840x2160, 12 charts x 3600 points (+1/s each), 5000 markers "
                "(10%%/s recoloured), %d s, platform %s\n",
                seconds, qPrintable(QGuiApplication::platformName()));
    std::printf("  CPU %.3f CPU-s per s | peak RSS %.0f MB | peak PSS %.0f MB | frames %d\n",
                r.cpuPerSecond, r.peakRss, r.peakPss, r.frames);
    std::printf(
        "  data change -> frame shown: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%zu changes)\n",
        percentile(r.latencyMs, 50), percentile(r.latencyMs, 95), percentile(r.latencyMs, 100),
        r.latencyMs.size());
    for (const QSize size : {QSize(1920, 1080), QSize(3840, 2160)})
        std::printf("  map pan/zoom %dx%d: %.1f fps\n", size.width(), size.height(),
                    panZoomFps(window, size, 5000));
    std::fflush(stdout);
    delete window;
    return 0;
}
