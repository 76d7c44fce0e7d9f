// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshot: requests/s for GET /api/v1/series with 5,000 series, identity and gzip, side by side
// with nginx serving the very same bytes as static files in the same run, both loaded by wrk.
// iocd runs in-process (ioc::server::Server); nginx and wrk are Debian's, started here as child
// processes on loopback. Exits 77 (ctest: skipped) when nginx or wrk is missing:
// scripts/bench.sh installs them.
#include "BenchArgs.h"
#include "BenchHttp.h"
#include "BenchRegistry.h"
#include "BenchStats.h"
#include "StaticNginx.h"
#include "Wrk.h"

#include "Log.h"
#include "ioc/domain/Time.h"
#include "ioc/server/Server.h"

#include <boost/json/parse.hpp>

#include <cstdio>
#include <thread>

using namespace ioc;

namespace {

constexpr double kTargetRatio = 0.5;

struct Params
{
    bench::RegistrySpec registry;
    int seconds = 10;
    int repeat = 3;
    int serverThreads = 1;
    int nginxWorkers = 1;
    bench::WrkOptions wrk;
};

Params parse(int argc, char **argv)
{
    bench::BenchArgs args(argc, argv);
    Params p;
    p.registry.series = int(args.number("series", 5000));
    p.registry.sources = int(args.number("sources", 50));
    p.seconds = int(args.number("seconds", 10));
    p.repeat = int(args.number("repeat", 3));
    p.serverThreads = int(args.number("server-threads", 1));
    p.nginxWorkers = int(args.number("nginx-workers", 1));
    p.wrk.threads = int(args.number("wrk-threads", 1));
    p.wrk.connections = int(args.number("connections", 32));
    p.wrk.seconds = p.seconds;
    if (!args.checkAllUsed("bench_snapshot"))
        throw std::invalid_argument("unknown option");
    if (p.registry.sources <= 0 || p.registry.sources > p.registry.series ||
        p.registry.series / p.registry.sources > 10000 || p.seconds <= 0 || p.repeat <= 0 ||
        p.serverThreads <= 0 || p.nginxWorkers <= 0 || p.wrk.threads <= 0 ||
        p.wrk.connections < p.wrk.threads)
        throw std::invalid_argument("inconsistent parameters");
    return p;
}

// One value on every series, pushed the way a source would, so the snapshot carries values,
// times and statuses rather than nulls.
void populate(const Params& p, std::uint16_t port)
{
    bench::HttpConnection http(port);
    const auto observed =
        domain::formatRfc3339(domain::SystemClock{}.now() - std::chrono::minutes(1));
    for (int s = 0; s < p.registry.sources; ++s) {
        std::string body = R"({"source":")" + bench::sourceId(s) + R"(","points":[)";
        for (int i = s, n = 0; i < p.registry.series; i += p.registry.sources, ++n) {
            body += n ? ",{" : "{";
            body += R"("series":")" + bench::seriesId(i) + R"(","observed_at":")" + observed +
                    R"(","value":)" + std::to_string(100 + i % 250) + "." + std::to_string(i % 10) +
                    "}";
        }
        body += "]}";
        const auto res =
            http.request("POST", "/api/v1/ingest", body, {{"X-Api-Key", "demo-source-key"}});
        if (res.status != 200)
            throw std::runtime_error("populating: ingest answered " + std::to_string(res.status));
    }
}

std::int64_t seqOf(std::uint16_t port)
{
    bench::HttpConnection http(port);
    const auto v = boost::json::parse(http.request("GET", "/api/v1/health").body);
    return v.as_object().at("seq").to_number<std::int64_t>();
}

struct Variant
{
    const char *name;
    std::vector<std::string> headers;
    std::string file; // under www/api/v1/
};

int run(const Params& p, const std::filesystem::path& nginxBin, const std::filesystem::path& wrkBin)
{
    bench::TempDir tmp;
    // nginx's workers run as an unprivileged user when we are root: they must read the files.
    std::filesystem::permissions(tmp.path(), std::filesystem::perms(0755));
    server::ServerOptions options;
    options.port = 0;
    options.dataDir = tmp.path() / "data";
    options.seriesConfig = tmp.write("series.json", bench::registryJson(p.registry));
    options.demo = true;
    options.threads = p.serverThreads;
    server::Server iocd(options);
    auto port = iocd.start();
    if (!port)
        throw std::runtime_error("iocd: " + port.error().message);
    bench::loginAsDemoOfficer(*port);
    populate(p, *port);

    // The bytes iocd answers, written where nginx serves them (gzip_static picks series.gz).
    bench::HttpConnection http(*port);
    const auto plain = http.request("GET", "/api/v1/series");
    const auto gz = http.request("GET", "/api/v1/series", {}, {{"Accept-Encoding", "gzip"}});
    if (plain.status != 200 || gz.status != 200 || gz.headers.count("content-encoding") == 0)
        throw std::runtime_error("iocd did not answer the snapshot as expected");
    tmp.write("www/api/v1/series", plain.body);
    tmp.write("www/api/v1/series.gz", gz.body);
    const std::int64_t seq = seqOf(*port);

    bench::StaticNginx nginx(nginxBin, tmp.path() / "nginx", tmp.path() / "www", p.nginxWorkers);
    {
        bench::HttpConnection n(nginx.port());
        const bool same =
            n.request("GET", "/api/v1/series").body == plain.body &&
            n.request("GET", "/api/v1/series", {}, {{"Accept-Encoding", "gzip"}}).body == gz.body;
        if (!same)
            throw std::runtime_error("nginx does not serve the same bytes as iocd");
    }
    std::printf(
        "snapshot: iocd in-process (%d I/O thread(s)) vs nginx %s (%d worker(s)), same bytes "
        "(identity %zu B, gzip %zu B, %d series); wrk %d thread(s) %d connections %d s, "
        "%d repeat(s) alternating who goes first; machine has %u cores\n",
        p.serverThreads, nginx.version().c_str(), p.nginxWorkers, plain.body.size(), gz.body.size(),
        p.registry.series, p.wrk.threads, p.wrk.connections, p.seconds, p.repeat,
        std::thread::hardware_concurrency());

    // CPU per request says what each server costs apart from how much CPU the shared machine
    // let it have: iocd's threads carry this process's name (the main thread only waits here).
    const std::string iocdThreads = bench::cpuSecondsByThreadName().begin()->first;
    auto cpuOf = [&](bool isIocd) {
        return isIocd ? bench::cpuSecondsByThreadName()[iocdThreads] : nginx.cpuSeconds();
    };
    const Variant variants[] = {{"identity", {}, "series"},
                                {"gzip", {"Accept-Encoding: gzip"}, "series.gz"}};
    bool allOk = true;
    std::string summary;
    for (const auto& v : variants) {
        std::vector<double> iocdRuns, nginxRuns, iocdCpuUs, nginxCpuUs, iocdFaults;
        std::string runs;
        for (int r = 0; r < p.repeat; ++r) {
            for (int k = 0; k < 2; ++k) {
                const bool isIocd = (k == 0) == (r % 2 == 0);
                const auto url =
                    "http://127.0.0.1:" + std::to_string(isIocd ? *port : nginx.port()) +
                    "/api/v1/series";
                auto o = p.wrk;
                o.headers = v.headers;
                o.headers.push_back("Authorization: Bearer " + bench::bearerToken());
                const double cpu0 = cpuOf(isIocd);
                const long faults0 = bench::minorPageFaults();
                const auto res = bench::runWrk(wrkBin, url, o, tmp.path());
                const double cpuUs =
                    res.requests > 0 ? (cpuOf(isIocd) - cpu0) * 1e6 / double(res.requests) : 0.0;
                (isIocd ? iocdCpuUs : nginxCpuUs).push_back(cpuUs);
                if (isIocd && res.requests > 0)
                    iocdFaults.push_back(double(bench::minorPageFaults() - faults0) /
                                         double(res.requests));
                if (res.non2xx > 0 || res.socketErrors) {
                    std::printf("snapshot: %s %s: %ld non-2xx, socket errors: %s\n%s\n",
                                isIocd ? "iocd" : "nginx", v.name, res.non2xx,
                                res.socketErrors ? "yes" : "no", res.raw.c_str());
                    allOk = false;
                }
                (isIocd ? iocdRuns : nginxRuns).push_back(res.requestsPerS);
                char line[160];
                std::snprintf(line, sizeof line, " %s=%.0f(%s/s, load %s)",
                              isIocd ? "iocd" : "nginx", res.requestsPerS, res.transferPerS.c_str(),
                              bench::loadAverage().c_str());
                runs += line;
            }
        }
        const double a = bench::median(iocdRuns), b = bench::median(nginxRuns);
        std::printf("snapshot: encoding=%s iocd_rps=%.0f nginx_rps=%.0f ratio=%.2f (medians)\n",
                    v.name, a, b, b > 0 ? a / b : 0.0);
        std::printf("snapshot: encoding=%s server cpu per request: iocd=%.0f us nginx=%.0f us "
                    "(medians; wrk's own CPU not included); iocd minor page faults per "
                    "request=%.1f\n",
                    v.name, bench::median(iocdCpuUs), bench::median(nginxCpuUs),
                    bench::median(iocdFaults));
        std::printf("snapshot: encoding=%s runs:%s\n", v.name, runs.c_str());
        summary += std::string(summary.empty() ? "" : ", ") + v.name + " " +
                   (b > 0 && a / b >= kTargetRatio ? "met" : "MISSED");
    }
    const bool stable = seqOf(*port) == seq;
    std::printf("snapshot: snapshot unchanged during the run (seq %lld): %s\n", (long long)seq,
                stable ? "yes" : "NO");
    std::printf("snapshot: target >= %.0f %% of nginx: %s\n", kTargetRatio * 100, summary.c_str());
    return allOk && stable ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    Params p;
    try {
        p = parse(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr,
                     "bench_snapshot: %s\nusage: bench_snapshot [--series N] [--sources N] "
                     "[--seconds N] [--repeat N] [--connections N] [--wrk-threads N] "
                     "[--server-threads N] [--nginx-workers N]\n",
                     e.what());
        return 2;
    }
    const auto nginx = bench::findProgram("nginx", {"/usr/sbin", "/usr/local/sbin"});
    const auto wrk = bench::findProgram("wrk");
    if (!nginx || !wrk) {
        std::printf("snapshot: skipped: %s not found (scripts/bench.sh installs nginx and wrk)\n",
                    !nginx ? "nginx" : "wrk");
        return 77;
    }
    server::setLogLevel(server::LogLevel::Warning);
    try {
        return run(p, *nginx, *wrk);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_snapshot: %s\n", e.what());
        return 1;
    }
}
