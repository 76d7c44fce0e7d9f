// SPDX-License-Identifier: GPL-3.0-or-later
// Map benchmark: 20,000 markers in four layers, 10 % of them changing every second (moving,
// changing severity), while the view pans across the city and zooms in and out. Each frame's
// time runs from applying that frame's changes to the frame being presented, on the GUI thread
// (software scene graph: polish, sync and render all happen there).
//
//   bench_map [--frames N] [--size 1920x1080]
#include "MapMarkerLayer.h"
#include "MapMarkerModel.h"
#include "MapView.h"
#include "WebMercator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSGRendererInterface>
#include <QThread>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <numbers>
#include <vector>

Q_IMPORT_QML_PLUGIN(Ioc_MapPlugin)

using namespace ioc::map;

namespace {

const char *kScene = R"(
import QtQuick
import Ioc.Map
Window {
    visible: true; color: "black"
    property alias map: map
    property alias incidents: incidents
    property alias reports: reports
    property alias cameras: cameras
    property alias sensors: sensors
    MapMarkerModel { id: incidents }
    MapMarkerModel { id: reports }
    MapMarkerModel { id: cameras }
    MapMarkerModel { id: sensors }
    MapView {
        id: map
        anchors.fill: parent
        animationDuration: 0
        layers: [
            MapMarkerLayer { model: sensors },
            MapMarkerLayer { model: cameras },
            MapMarkerLayer { model: reports },
            MapMarkerLayer { model: incidents }
        ]
    }
}
)";

constexpr int kDefaultMarkers = 20000;
constexpr double kChangePerSecond = 0.10;
constexpr double kFrameSeconds = 1.0 / 60.0; // animation time advanced per frame

// Where the markers are: most in the urban core, the rest anywhere in the mainland.
QGeoCoordinate somewhere(QRandomGenerator& rng)
{
    if (rng.bounded(100) < 70)
        return {20.78 + rng.bounded(0.14), 106.60 + rng.bounded(0.22)};
    return {20.60 + rng.bounded(0.55), 106.20 + rng.bounded(0.80)};
}

MapMarker makeMarker(int i, QRandomGenerator& rng)
{
    static const QStringList kinds{QStringLiteral("incident"),      QStringLiteral("report"),
                                   QStringLiteral("camera"),        QStringLiteral("sensor.air"),
                                   QStringLiteral("sensor.water"),  QStringLiteral("sensor.rain"),
                                   QStringLiteral("sensor.traffic")};
    // 40 % incidents, 20 % reports, 15 % cameras, 25 % sensors.
    const int r = i % 20;
    const QString kind = r < 8    ? kinds[0]
                         : r < 12 ? kinds[1]
                         : r < 15 ? kinds[2]
                                  : kinds[3 + r % 4];
    const QGeoCoordinate c = somewhere(rng);
    return {.id = QStringLiteral("m%1").arg(i),
            .kind = kind,
            .latitude = c.latitude(),
            .longitude = c.longitude(),
            .severity = 1 + int(rng.bounded(4)),
            .label = QStringLiteral("marker %1").arg(i),
            .overdue = kind == kinds[0] && rng.bounded(20) == 0}; // incidents only
}

struct Phase
{
    const char *name = "";
    std::vector<double> frameMs;
    std::vector<double> prepareMs; // changes applied, layers clustered, polish (GUI side)
    std::vector<double> renderMs;  // scene-graph sync and rendering
    std::vector<double> cpuMs;     // CPU time of the GUI thread over the frame
};

// CPU time of the calling thread: what a frame costs whatever else the machine is doing.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double loadAverage()
{
    double load = -1;
    if (FILE *f = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(f, "%lf", &load) != 1)
            load = -1;
        std::fclose(f);
    }
    return load;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const double rank = p / 100.0 * double(v.size() - 1);
    const auto lo = std::size_t(std::floor(rank));
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (rank - double(lo));
}

void report(const char *name, const Phase& p)
{
    const auto& v = p.frameMs;
    std::printf("%-20s %5zu frames  p50 %5.1f  p95 %5.1f  p99 %5.1f  max %5.1f ms"
                " | polish p50 %4.1f p99 %4.1f | render p50 %4.1f p99 %4.1f"
                " | CPU p50 %4.1f p99 %4.1f\n",
                name, v.size(), percentile(v, 50), percentile(v, 95), percentile(v, 99),
                v.empty() ? 0.0 : *std::max_element(v.begin(), v.end()),
                percentile(p.prepareMs, 50), percentile(p.prepareMs, 99),
                percentile(p.renderMs, 50), percentile(p.renderMs, 99), percentile(p.cpuMs, 50),
                percentile(p.cpuMs, 99));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("frames per phase"), QStringLiteral("n"),
                                          QStringLiteral("600"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("window size"),
                                        QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption markersOption(QStringLiteral("markers"), QStringLiteral("markers"),
                                           QStringLiteral("n"), QString::number(kDefaultMarkers));
    parser.addOption(framesOption);
    parser.addOption(sizeOption);
    parser.addOption(markersOption);
    parser.process(app);
    const int kMarkers = std::max(0, parser.value(markersOption).toInt());
    const int framesPerPhase = std::max(10, parser.value(framesOption).toInt());
    const QStringList size = parser.value(sizeOption).split(u'x');

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData(kScene, QUrl());
    std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow *>(component.create()));
    if (!window) {
        std::fprintf(stderr, "bench_map: %s\n", qPrintable(component.errorString()));
        return 1;
    }
    window->resize(size.value(0).toInt(), size.value(1).toInt());
    auto *map = window->property("map").value<MapView *>();
    const std::vector<MapMarkerModel *> models{
        window->property("incidents").value<MapMarkerModel *>(),
        window->property("reports").value<MapMarkerModel *>(),
        window->property("cameras").value<MapMarkerModel *>(),
        window->property("sensors").value<MapMarkerModel *>()};
    const auto modelFor = [&](const QString& kind) {
        if (kind == QLatin1String("incident"))
            return models[0];
        if (kind == QLatin1String("report"))
            return models[1];
        if (kind == QLatin1String("camera"))
            return models[2];
        return models[3];
    };

    QRandomGenerator rng(20250701);
    std::vector<std::vector<MapMarker>> initial(models.size());
    std::vector<MapMarker> all;
    for (int i = 0; i < kMarkers; ++i) {
        all.push_back(makeMarker(i, rng));
        initial[std::size_t(std::find(models.begin(), models.end(), modelFor(all.back().kind)) -
                            models.begin())]
            .push_back(all.back());
    }
    for (std::size_t m = 0; m < models.size(); ++m)
        models[m]->setMarkers(std::move(initial[m]));

    QElapsedTimer wait;
    wait.start();
    while (!map->isReady() && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!map->isReady()) {
        std::fprintf(stderr, "bench_map: map data did not load\n");
        return 1;
    }

    // The animation: pan across the urban core at zoom 12, a zoom flight 10 → 16 → 10 about the
    // port, then a pan at street level (zoom 15). One phase each.
    const QPointF west = WebMercator::project(20.86, 106.45);
    const QPointF east = WebMercator::project(20.84, 106.82);
    const QPointF port = WebMercator::project(20.8632, 106.6896);
    std::vector<Phase> phases(3);
    phases[0].name = "pan, zoom 12";
    phases[1].name = "zoom 10 -> 16 -> 10";
    phases[2].name = "pan, zoom 15";
    const int totalFrames = framesPerPhase * int(phases.size());
    int frame = -30; // warm-up frames are not recorded
    double changeDebt = 0;
    QElapsedTimer clock;
    qint64 frameStart = 0;
    qint64 syncStart = 0;
    double cpuStart = 0;
    QObject::connect(
        window.get(), &QQuickWindow::beforeSynchronizing, window.get(),
        [&] { syncStart = clock.nsecsElapsed(); }, Qt::DirectConnection);

    const auto applyFrame = [&] {
        const int f = std::max(frame, 0);
        const int phase = std::min(f / framesPerPhase, int(phases.size()) - 1);
        const double t = double(f % framesPerPhase) / framesPerPhase;
        QPointF centre;
        double zoom = 12;
        if (phase == 0) {
            centre = west + (east - west) * t;
        } else if (phase == 1) {
            centre = port;
            zoom = 10 + 6 * std::sin(std::numbers::pi * t);
        } else {
            centre = port + QPointF(0.0006 * std::cos(2 * std::numbers::pi * t),
                                    0.0004 * std::sin(2 * std::numbers::pi * t));
            zoom = 15;
        }
        map->setCenter(WebMercator::unproject(centre));
        map->setZoomLevel(zoom);
        // 10 % of the markers change per second of animation.
        changeDebt += kMarkers * kChangePerSecond * kFrameSeconds;
        for (; changeDebt >= 1; changeDebt -= 1) {
            if (all.empty())
                break;
            MapMarker& m = all[rng.bounded(int(all.size()))];
            m.latitude += (rng.generateDouble() - 0.5) * 0.002;
            m.longitude += (rng.generateDouble() - 0.5) * 0.002;
            m.severity = 1 + int(rng.bounded(4));
            modelFor(m.kind)->upsert(m);
        }
    };

    QObject::connect(window.get(), &QQuickWindow::frameSwapped, window.get(), [&] {
        if (frame >= 0 && frame < totalFrames) {
            const qint64 now = clock.nsecsElapsed();
            Phase& p = phases[std::size_t(frame / framesPerPhase)];
            p.frameMs.push_back(double(now - frameStart) / 1e6);
            p.prepareMs.push_back(double(syncStart - frameStart) / 1e6);
            p.renderMs.push_back(double(now - syncStart) / 1e6);
            p.cpuMs.push_back(threadCpuMs() - cpuStart);
        }
        ++frame;
        if (frame >= totalFrames) {
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
            return;
        }
        // Start the next frame from a fresh event-loop pass, as an animation timer would.
        QTimer::singleShot(0, window.get(), [&] {
            frameStart = clock.nsecsElapsed();
            cpuStart = threadCpuMs();
            applyFrame();
            window->update();
        });
    });
    clock.start();
    frameStart = clock.nsecsElapsed();
    applyFrame();
    window->update();
    QCoreApplication::exec();

    const char *api = window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software
                          ? "software"
                          : "hardware (RHI)";
    std::printf("bench_map: %d markers, %.0f %% changing per second, %dx%d, %s scene graph\n",
                kMarkers, kChangePerSecond * 100, window->width(), window->height(), api);
    Phase total;
    for (const Phase& p : phases) {
        report(p.name, p);
        total.frameMs.insert(total.frameMs.end(), p.frameMs.begin(), p.frameMs.end());
        total.prepareMs.insert(total.prepareMs.end(), p.prepareMs.begin(), p.prepareMs.end());
        total.renderMs.insert(total.renderMs.end(), p.renderMs.begin(), p.renderMs.end());
        total.cpuMs.insert(total.cpuMs.end(), p.cpuMs.begin(), p.cpuMs.end());
    }
    report("all frames", total);
    std::printf("(frame and its polish/render parts: wall time; polish = marker updates applied, "
                "layers clustered, frame prepared; render = scene-graph sync and rendering; CPU = "
                "GUI-thread CPU time of the frame, unaffected by other processes. Load average at "
                "the end: %.2f on %d cores)\n",
                loadAverage(), QThread::idealThreadCount());
    return 0;
}
