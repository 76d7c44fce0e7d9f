// SPDX-License-Identifier: GPL-3.0-or-later
// Ingest throughput on one core: points/s into the store through each way in, single-threaded:
//   live_data_apply  LiveData::applyPoints (store, history, journal, persistence queue)
//   ingest_trusted   IngestService::ingestTrusted (already-parsed points: pollers, MQTT, simulator)
//   ingest_json      IngestService::ingestJson (a POST /ingest body: parse, validate, commit),
//                    also shown with the per-point answer encoded (encodeIngestOutcome)
// Only the calls into the server are timed, both by the wall clock and by this thread's CPU
// clock: on a shared machine the CPU figure is the one that says what one core does (the wall
// figure also counts time the thread spent waiting for a core). Generating points and bodies is
// not timed. The server's flush, every 5 s and whenever 100,000 points wait, is mimicked
// (takeDirty + takePendingPoints, timed; SQLite itself runs on its own thread in iocd and is
// not part of this figure).
#include "BenchArgs.h"
#include "BenchRegistry.h"
#include "BenchStats.h"

#include "IngestService.h"
#include "LiveData.h"
#include "Log.h"
#include "SeriesCatalog.h"
#include "SourceQuality.h"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>

#include <time.h>

using namespace ioc;
using namespace ioc::server;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double kTargetPointsPerS = 200'000;
constexpr auto kFlushEvery = std::chrono::seconds(5); // as Server.cpp's kFlushInterval

struct Params
{
    bench::RegistrySpec registry;
    int batch = 1000;
    long maxPoints = 5'000'000;
    double maxSeconds = 30;
};

// Batches of one source each (a push body names one source); every series' observation times
// strictly increase, so every point is news and is published, the store's most expensive case.
class PointGenerator
{
public:
    PointGenerator(const Params& p, domain::TimePoint base)
        : m_params(p)
        , m_base(base)
        , m_cursor(std::size_t(p.registry.sources), 0)
    {}

    int next(std::vector<IncomingPoint>& out)
    {
        const int sources = m_params.registry.sources;
        const int s = m_nextSource;
        m_nextSource = (m_nextSource + 1) % sources;
        const long perSource = (m_params.registry.series - s + sources - 1) / sources;
        out.resize(std::size_t(m_params.batch));
        for (auto& p : out) {
            const long k = m_cursor[std::size_t(s)]++;
            const int series = s + sources * int(k % perSource);
            p.seriesId = bench::seriesId(series);
            p.observedAt = m_base + std::chrono::seconds(k / perSource);
            p.value = 10.0 + double(k % 997) * 0.25;
        }
        return s;
    }

private:
    const Params& m_params;
    domain::TimePoint m_base;
    std::vector<long> m_cursor;
    int m_nextSource = 0;
};

std::string pushBody(int source, const std::vector<IncomingPoint>& points)
{
    std::string body = R"({"source":")" + bench::sourceId(source) + R"(","points":[)";
    char num[32];
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto& p = points[i];
        body += i ? ",{" : "{";
        body += R"("series":")" + p.seriesId + R"(","observed_at":")" +
                domain::formatRfc3339(p.observedAt) + R"(","value":)";
        body.append(num, std::to_chars(num, num + sizeof num, p.value).ptr);
        body += '}';
    }
    body += "]}";
    return body;
}

// Everything a path writes into, built fresh per path so each starts from an empty store.
struct Store
{
    explicit Store(const SeriesCatalog& c)
        : catalog(c)
        , live(infos(c), clock)
        , quality(catalog, clock)
        , ingest(live, catalog, quality, clock)
    {}
    static std::vector<protocol::SeriesInfo> infos(const SeriesCatalog& c)
    {
        std::vector<protocol::SeriesInfo> out;
        for (const auto& d : c.series)
            out.push_back(d.info);
        return out;
    }

    const SeriesCatalog& catalog;
    domain::SystemClock clock;
    LiveData live;
    SourceQuality quality;
    IngestService ingest;
};

// Wall and thread-CPU seconds spent inside the server's code.
struct Spent
{
    double wall = 0;
    double cpu = 0;
    Spent& operator+=(const Spent& o)
    {
        wall += o.wall;
        cpu += o.cpu;
        return *this;
    }
};

double threadCpuSeconds()
{
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

Spent timed(const std::function<void()>& f)
{
    const auto w0 = Clock::now();
    const double c0 = threadCpuSeconds();
    f();
    return {std::chrono::duration<double>(Clock::now() - w0).count(), threadCpuSeconds() - c0};
}

struct PathResult
{
    long points = 0;
    Spent store;
    Spent answer; // ingest_json: encoding the per-point answer
    bool ok = true;
};

// One batch into the store; returns false when the store did not take every point.
using BatchFn = std::function<bool(Store&, int source, const std::vector<IncomingPoint>&,
                                   Spent& store, Spent& answer)>;

PathResult runPath(const Params& params, const SeriesCatalog& catalog, const BatchFn& fn)
{
    Store store(catalog);
    const auto base = std::chrono::floor<std::chrono::seconds>(store.clock.now()) -
                      std::chrono::seconds(params.maxPoints / params.registry.series + 60);
    PointGenerator gen(params, base);
    std::vector<IncomingPoint> batch;
    PathResult r;
    const auto start = Clock::now();
    auto nextFlush = start + kFlushEvery;
    // Server.cpp also flushes as soon as LiveDataOptions::flushPendingAbove points wait.
    bool flushNow = false;
    store.live.setPendingFullHandler([&flushNow] { flushNow = true; });
    while (r.points < params.maxPoints &&
           std::chrono::duration<double>(Clock::now() - start).count() < params.maxSeconds) {
        const int source = gen.next(batch);
        if (!fn(store, source, batch, r.store, r.answer)) {
            r.ok = false;
            break;
        }
        r.points += long(batch.size());
        if (flushNow || Clock::now() >= nextFlush) {
            flushNow = false;
            std::vector<protocol::SeriesValue> dirty;
            std::vector<PersistPoint> pending;
            r.store += timed([&] {
                dirty = store.live.takeDirty();
                pending = store.live.takePendingPoints();
            });
            nextFlush = Clock::now() + kFlushEvery;
        }
    }
    if (store.live.droppedPendingPoints() > 0)
        std::printf("ingest: note: %llu points dropped from the persistence queue (over its cap "
                    "between two flushes)\n",
                    static_cast<unsigned long long>(store.live.droppedPendingPoints()));
    std::printf("ingest: rss_mib=%.0f with the store still held\n", bench::currentRssMiB());
    return r;
}

bool liveApply(Store& s, int, const std::vector<IncomingPoint>& batch, Spent& t, Spent&)
{
    std::size_t changed = 0;
    t += timed([&] { changed = s.live.applyPoints(batch); });
    return changed == batch.size();
}

bool trusted(Store& s, int, const std::vector<IncomingPoint>& batch, Spent& t, Spent&)
{
    const auto before = s.live.lastSeq();
    t += timed([&] { s.ingest.ingestTrusted(batch); });
    return s.live.lastSeq() - before == std::int64_t(batch.size());
}

bool json(Store& s, int source, const std::vector<IncomingPoint>& batch, Spent& t, Spent& extra)
{
    const std::string body = pushBody(source, batch);
    std::optional<protocol::Result<IngestOutcome>> outcome;
    t += timed(
        [&] { outcome.emplace(s.ingest.ingestJson(body, [](std::string_view) { return true; })); });
    if (!*outcome) {
        std::fprintf(stderr, "ingest_json: %s\n", outcome->error().message.c_str());
        return false;
    }
    std::string answer;
    extra += timed([&] { answer = encodeIngestOutcome(**outcome); });
    return (*outcome)->accepted == batch.size() && !answer.empty();
}

} // namespace

int main(int argc, char **argv)
{
    Params params;
    std::string only;
    try {
        bench::BenchArgs args(argc, argv);
        params.registry.series = int(args.number("series", 5000));
        params.registry.sources = int(args.number("sources", 5));
        params.batch = int(args.number("batch", 1000));
        params.maxPoints = args.number("points", 5'000'000);
        params.maxSeconds = double(args.number("seconds", 30));
        only = args.text("path", "all");
        if (!args.checkAllUsed("bench_ingest"))
            return 2;
        if (params.registry.series <= 0 || params.registry.sources <= 0 || params.batch <= 0 ||
            params.registry.sources > params.registry.series || params.batch > 10000)
            throw std::invalid_argument("need 0 < sources <= series and 0 < batch <= 10000");
    } catch (const std::exception& e) {
        std::fprintf(stderr,
                     "bench_ingest: %s\n"
                     "usage: bench_ingest [--series N] [--sources N] [--batch N] "
                     "[--points N] [--seconds S] [--path all|live|trusted|json]\n",
                     e.what());
        return 2;
    }
    setLogLevel(LogLevel::Warning);
    auto catalog = parseSeriesCatalog(bench::registryJson(params.registry));
    if (!catalog) {
        std::fprintf(stderr, "bench_ingest: registry: %s\n", catalog.error().message.c_str());
        return 1;
    }
    std::printf("ingest: single thread; series=%d sources=%d batch=%d max_points=%ld "
                "max_seconds=%.0f load=\"%s\"\n",
                params.registry.series, params.registry.sources, params.batch, params.maxPoints,
                params.maxSeconds, bench::loadAverage().c_str());

    struct Path
    {
        const char *key;
        const char *name;
        BatchFn fn;
    };
    const Path paths[] = {{"live", "live_data_apply", liveApply},
                          {"trusted", "ingest_trusted", trusted},
                          {"json", "ingest_json", json}};
    bool allOk = true;
    std::string summary;
    for (const auto& path : paths) {
        if (only != "all" && only != path.key)
            continue;
        const auto r = runPath(params, *catalog, path.fn);
        if (!r.ok) {
            std::printf("ingest path=%s FAILED: the store did not take every point\n", path.name);
            allOk = false;
            continue;
        }
        const double rate = double(r.points) / r.store.cpu;
        std::printf("ingest path=%s points=%ld points_per_cpu_s=%.0f points_per_wall_s=%.0f "
                    "cpu_s=%.3f wall_s=%.3f peak_rss_mib=%.0f load=\"%s\"\n",
                    path.name, r.points, rate, double(r.points) / r.store.wall, r.store.cpu,
                    r.store.wall, bench::peakRssMiB(), bench::loadAverage().c_str());
        if (r.answer.cpu > 0) {
            const Spent all{r.store.wall + r.answer.wall, r.store.cpu + r.answer.cpu};
            std::printf("ingest path=%s_with_answer points=%ld points_per_cpu_s=%.0f "
                        "points_per_wall_s=%.0f\n",
                        path.name, r.points, double(r.points) / all.cpu,
                        double(r.points) / all.wall);
        }
        summary += std::string(summary.empty() ? "" : ", ") + path.name + " " +
                   (rate >= kTargetPointsPerS ? "met" : "MISSED");
    }
    if (!summary.empty())
        std::printf("ingest: target %.0f points per CPU second on one core: %s\n",
                    kTargetPointsPerS, summary.c_str());
    return allOk ? 0 : 1;
}
