// SPDX-License-Identifier: GPL-3.0-or-later
// Fan-out: N WebSocket clients on /api/v1/stream while series updates are pushed through
// POST /api/v1/ingest at a fixed rate. iocd runs in-process (ioc::server::Server, its own I/O
// threads), the clients are minimal Asio WebSocket clients on their own threads in the same process,
// the feeder is one more thread: everything shares the machine's cores, which the output says.
// Each point's value is its send time (µs on this process's steady clock), so every client
// measures delivery latency at receipt; every client also checks seq order and gaps.
#include "BenchArgs.h"
#include "BenchHttp.h"
#include "BenchRegistry.h"
#include "BenchStats.h"
#include "StreamClients.h"

#include "Log.h"
#include "ioc/domain/Time.h"
#include "ioc/server/Server.h"

#include <boost/json/parse.hpp>

#include <charconv>
#include <cstdio>
#include <thread>

using namespace ioc;
using SteadyClock = std::chrono::steady_clock;

namespace {

constexpr double kTargetP99Ms = 20;
// The demo key is accepted for every source when the server runs with demo = true; our own
// registry has no "sim" specs, so the simulator moves nothing and adds no messages.
constexpr const char *kDemoKey = "demo-source-key";

struct Params
{
    bench::RegistrySpec registry;
    int clients = 200;
    int rate = 1000; // series updates per second
    int batchesPerS = 50;
    int seconds = 30;
    int serverThreads = 2;
    int clientThreads = 1;
};

struct FeedResult
{
    std::int64_t sent = 0;
    std::int64_t accepted = 0;
    std::vector<std::uint32_t> postUs; // POST round trips
    std::int64_t lateBatches = 0;      // the feeder itself fell behind its schedule
    double seconds = 0;                // how long feeding took (longer than asked when late)
    std::string error;
};

std::int64_t jsonInt(const std::string& body, const char *key)
{
    auto v = boost::json::parse(body);
    return v.as_object().at(key).to_number<std::int64_t>();
}

// A fresh connection per control request: iocd closes keep-alive connections idle for 15 s.
std::int64_t seqFrom(std::uint16_t port, const char *target)
{
    bench::HttpConnection http(port);
    return jsonInt(http.request("GET", target).body, "seq");
}

// Pushes `rate` updates per second as `batchesPerS` POSTs, one source per body, round-robin over
// sources and over each source's series, so each series gets a strictly newer observation.
FeedResult feed(const Params& p, std::uint16_t port, SteadyClock::time_point epoch)
{
    FeedResult r;
    try {
        bench::HttpConnection http(port);
        const int perBatch = p.rate / p.batchesPerS;
        const auto period = std::chrono::microseconds(1'000'000 / p.batchesPerS);
        std::vector<int> cursor(std::size_t(p.registry.sources), 0);
        const auto start = SteadyClock::now();
        const long batches = long(p.seconds) * p.batchesPerS;
        domain::SystemClock wall;
        char num[32];
        // A server too slow to answer makes the feeder late; it gives up at twice the duration
        // so that a run stays bounded (the achieved rate is printed).
        const auto giveUpAt = start + 2 * std::chrono::seconds(p.seconds);
        for (long b = 0; b < batches && SteadyClock::now() < giveUpAt; ++b) {
            std::this_thread::sleep_until(start + b * period);
            if (SteadyClock::now() - (start + b * period) > period)
                ++r.lateBatches;
            const int s = int(b % p.registry.sources);
            const int perSource =
                (p.registry.series - s + p.registry.sources - 1) / p.registry.sources;
            const auto sentAt = SteadyClock::now();
            const auto sentUs =
                std::chrono::duration_cast<std::chrono::microseconds>(sentAt - epoch);
            const std::string observed = domain::formatRfc3339(wall.now());
            std::string body = R"({"source":")" + bench::sourceId(s) + R"(","points":[)";
            for (int i = 0; i < perBatch; ++i) {
                const int series = s + p.registry.sources * (cursor[std::size_t(s)]++ % perSource);
                body += i ? ",{" : "{";
                body += R"("series":")" + bench::seriesId(series) + R"(","observed_at":")" +
                        observed + R"(","value":)";
                body.append(num, std::to_chars(num, num + sizeof num, sentUs.count()).ptr);
                body += '}';
            }
            body += "]}";
            const auto res =
                http.request("POST", "/api/v1/ingest", body, {{"X-Api-Key", kDemoKey}});
            r.postUs.push_back(std::uint32_t(
                std::chrono::duration_cast<std::chrono::microseconds>(SteadyClock::now() - sentAt)
                    .count()));
            r.sent += perBatch;
            if (res.status != 200) {
                r.error = "ingest answered " + std::to_string(res.status) + ": " + res.body;
                return r;
            }
            r.accepted += jsonInt(res.body, "accepted");
        }
        r.seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
    } catch (const std::exception& e) {
        r.error = e.what();
    }
    return r;
}

Params parse(int argc, char **argv)
{
    bench::BenchArgs args(argc, argv);
    Params p;
    p.registry.series = int(args.number("series", 5000));
    p.registry.sources = int(args.number("sources", 50));
    p.clients = int(args.number("clients", 200));
    p.rate = int(args.number("rate", 1000));
    p.batchesPerS = int(args.number("batches-per-s", 50));
    p.seconds = int(args.number("seconds", 30));
    p.serverThreads = int(args.number("server-threads", 2));
    p.clientThreads = int(args.number("client-threads", 1));
    if (!args.checkAllUsed("bench_fanout"))
        throw std::invalid_argument("unknown option");
    if (p.registry.sources <= 0 || p.registry.sources > p.registry.series || p.batchesPerS <= 0 ||
        p.rate < p.batchesPerS || p.rate / p.batchesPerS > 10000 || p.serverThreads <= 0 ||
        p.clientThreads <= 0 || p.seconds <= 0)
        throw std::invalid_argument("inconsistent parameters");
    return p;
}

} // namespace

int run(const Params& p);

int main(int argc, char **argv)
{
    Params p;
    try {
        p = parse(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr,
                     "bench_fanout: %s\nusage: bench_fanout [--clients N] [--rate N] "
                     "[--batches-per-s N] [--seconds N] [--series N] [--sources N] "
                     "[--server-threads N] [--client-threads N]\n",
                     e.what());
        return 2;
    }
    // Overflowing clients are counted by the clients themselves (resyncs); one log line each
    // from the server would only bury the figures.
    server::setLogLevel(server::LogLevel::Error);
    try {
        return run(p);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_fanout: %s\n", e.what());
        return 1;
    }
}

int run(const Params& p)
{
    bench::TempDir tmp;
    server::ServerOptions options;
    options.address = "127.0.0.1";
    options.port = 0;
    options.dataDir = tmp.path() / "data";
    options.seriesConfig = tmp.write("series.json", bench::registryJson(p.registry));
    options.demo = true;
    options.threads = p.serverThreads;
    server::Server iocd(options);
    auto port = iocd.start();
    if (!port) {
        std::fprintf(stderr, "bench_fanout: iocd: %s\n", port.error().message.c_str());
        return 1;
    }
    bench::loginAsDemoOfficer(*port);
    std::printf(
        "fanout: iocd in-process on 127.0.0.1:%u with %d I/O threads; %d clients in-process "
        "on %d thread(s); feeder on 1 thread; machine has %u cores for all of it\n",
        unsigned(*port), p.serverThreads, p.clients, p.clientThreads,
        std::thread::hardware_concurrency());
    std::printf("fanout: %d series, %d updates/s as %d POSTs/s for %d s; load=\"%s\"\n",
                p.registry.series, p.rate, p.batchesPerS, p.seconds, bench::loadAverage().c_str());

    // iocd's threads keep the process name; ours are renamed, so CPU can be told apart.
    const std::string iocdThreads = bench::cpuSecondsByThreadName().begin()->first;
    bench::nameThisThread("bench-feeder");
    const std::int64_t since = seqFrom(*port, "/api/v1/series");
    const auto epoch = SteadyClock::now();
    const std::size_t expectedPerClient = std::size_t(p.rate) * std::size_t(p.seconds);
    bench::StreamClients clients(*port, since, p.clients, p.clientThreads, epoch,
                                 expectedPerClient);
    if (!clients.waitConnected(std::chrono::seconds(30))) {
        std::fprintf(stderr, "bench_fanout: not every client connected\n");
        return 1;
    }
    const auto cpuBefore = bench::cpuSecondsByThreadName();
    const auto fed = feed(p, *port, epoch);
    if (!fed.error.empty())
        std::fprintf(stderr, "bench_fanout: feeder: %s\n", fed.error.c_str());
    const std::int64_t published = seqFrom(*port, "/api/v1/health") - since;
    // Let the backlog drain while it still moves (bounded): a client still short at the end is
    // reported as pending, which is slowness, not loss (a loss is a skipped seq).
    const auto drainStart = SteadyClock::now();
    auto lastMove = drainStart;
    for (std::int64_t seen = clients.minProgress(); seen < published;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        const auto now = SteadyClock::now();
        if (const auto p2 = clients.minProgress(); p2 != seen) {
            seen = p2;
            lastMove = now;
        }
        if (now - lastMove > std::chrono::seconds(5) || now - drainStart > std::chrono::seconds(60))
            break;
    }
    const double drainS = std::chrono::duration<double>(SteadyClock::now() - drainStart).count();
    const auto loadAfter = bench::loadAverage();
    auto cpu = bench::cpuSecondsByThreadName();
    for (const auto& [name, seconds] : cpuBefore)
        cpu[name] -= seconds;
    auto results = clients.finish();
    iocd.stop();

    std::vector<std::uint32_t> latency;
    latency.reserve(std::size_t(published) * results.size());
    std::uint64_t delivered = 0, gaps = 0, outOfOrder = 0, resyncs = 0, unexpected = 0, short_ = 0;
    std::uint64_t batches = 0, coalesced = 0;
    int failed = 0;
    for (auto& r : results) {
        delivered += r.received;
        batches += r.batches;
        coalesced += r.coalesced;
        gaps += r.lost;
        outOfOrder += r.outOfOrder;
        resyncs += r.resyncs;
        unexpected += r.unexpected;
        // Seqs not yet seen when the run ended (skipped ones are already in r.lost).
        if (r.lastSeq - since < published)
            short_ += std::uint64_t(published - (r.lastSeq - since));
        if (!r.error.empty())
            ++failed;
        latency.insert(latency.end(), r.latencyUs.begin(), r.latencyUs.end());
        r.latencyUs = {};
    }
    const std::uint64_t lost = gaps;
    const std::uint64_t pending = short_;
    const double p50 = bench::percentile(latency, 50) / 1000.0;
    const double p95 = bench::percentile(latency, 95) / 1000.0;
    const double p99 = bench::percentile(latency, 99) / 1000.0;
    const double max = bench::percentile(latency, 100) / 1000.0;
    auto postUs = fed.postUs;
    std::printf("fanout: points sent=%lld accepted=%lld published_seqs=%lld in %.1f s (achieved "
                "%.0f updates/s) feeder_late_batches=%lld ingest_post_p50_ms=%.2f p99_ms=%.2f\n",
                (long long)fed.sent, (long long)fed.accepted, (long long)published, fed.seconds,
                fed.seconds > 0 ? double(fed.sent) / fed.seconds : 0.0, (long long)fed.lateBatches,
                bench::percentile(postUs, 50) / 1000.0, bench::percentile(postUs, 99) / 1000.0);
    std::printf("fanout: clients=%zu expected=%llu delivered=%llu coalesced=%llu (in %llu "
                "series_batch) pending_at_end=%llu (after %.1f s of draining) lost=%llu "
                "out_of_order=%llu resyncs=%llu unexpected=%llu client_errors=%d\n",
                results.size(), (unsigned long long)(std::uint64_t(published) * results.size()),
                (unsigned long long)delivered, (unsigned long long)coalesced,
                (unsigned long long)batches, (unsigned long long)pending, drainS,
                (unsigned long long)lost, (unsigned long long)outOfOrder,
                (unsigned long long)resyncs, (unsigned long long)unexpected, failed);
    std::printf("fanout: latency_ms p50=%.2f p95=%.2f p99=%.2f max=%.2f (send to receipt, %zu "
                "samples) load_after=\"%s\"\n",
                p50, p95, p99, max, latency.size(), loadAfter.c_str());
    const double clientUpdates = double(published) * double(results.size());
    std::printf("fanout: cpu_s over the run: iocd=%.2f clients=%.2f feeder=%.2f; iocd cpu per "
                "client-update=%.2f us (so %.2f cores for %d clients x %d updates/s)\n",
                cpu[iocdThreads], cpu["bench-clients"], cpu["bench-feeder"],
                clientUpdates > 0 ? cpu[iocdThreads] * 1e6 / clientUpdates : 0.0,
                clientUpdates > 0 ? cpu[iocdThreads] / clientUpdates * p.clients * p.rate : 0.0,
                p.clients, p.rate);
    const bool correct = fed.error.empty() && fed.accepted == fed.sent &&
                         published == fed.accepted && lost == 0 && pending == 0 &&
                         outOfOrder == 0 && resyncs == 0 && unexpected == 0 && failed == 0;
    // Coalescing is the protocol working as designed for a slow client, not a loss; but the
    // target is every update delivered as its own message, so it is reported beside it.
    std::printf("fanout: target p99 <= %.0f ms: %s; zero lost/out-of-order: %s; every update "
                "delivered individually: %s\n",
                kTargetP99Ms, p99 <= kTargetP99Ms ? "met" : "MISSED", correct ? "met" : "FAILED",
                correct && coalesced == 0 ? "yes" : "no");
    return correct ? 0 : 1;
}
