// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/server/Server.h"

#include "ApiContext.h"
#include "ApiKeys.h"
#include "IngestService.h"
#include "Listener.h"
#include "LiveData.h"
#include "Log.h"
#include "SeriesCatalog.h"
#include "SessionContext.h"
#include "Simulator.h"
#include "SourceQuality.h"
#include "StorageWriter.h"
#include "auth/AuthService.h"
#include "TlsContext.h"
#include "connectors/Connectors.h"
#include "incidents/DemoIncidents.h"
#include "incidents/IncidentStream.h"
#include "alerts/AlertStream.h"
#include "citizen/CitizenReports.h"
#include "handovers/HandoverRuntime.h"

#include "ioc/storage/AlertRepository.h"
#include "ioc/storage/DataDirectoryLock.h"
#include "ioc/storage/MetaRepository.h"
#include "ioc/storage/Schema.h"
#include "ioc/storage/SeriesHistoryRepository.h"
#include "ioc/storage/SeriesLatestRepository.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <condition_variable>
#include <fstream>
#include <sstream>
#include <thread>

namespace ioc::server {

namespace net = boost::asio;
using protocol::Error;
using protocol::Result;

namespace {
// A restarted server cannot know the seqs it issued after its last flush, so it starts far
// beyond them; a client resuming from before the restart then gets an explicit resync.
constexpr std::int64_t kSeqRestartGap = 1'000'000'000;
constexpr auto kTickInterval = std::chrono::seconds(1);
constexpr auto kFlushInterval = std::chrono::seconds(5);
constexpr std::string_view kSeqKey = "stream_seq_hw";
constexpr auto kHistoryRetention = std::chrono::days(7);
constexpr int kPruneEveryFlushes = 60;
// Documented in the README so the ingest path can be tried by hand; only with --demo.
constexpr std::string_view kDemoSourceKey = "demo-source-key";

Result<std::string> readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{"config_unreadable", "cannot read " + path.string()};
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
} // namespace

struct Server::Impl
{
    explicit Impl(ServerOptions o)
        : options(std::move(o))
    {
    }

    Result<std::uint16_t> start();
    void requestStop();
    void stop();
    void scheduleTick();
    void scheduleFlush();
    void flush(bool wait);
    Result<bool> loadIncidentConfig();
    Result<bool> startIncidents();
    Result<bool> startAlerts();
    Result<bool> startCitizenReports();
    Result<bool> startHandovers();

    ServerOptions options;
    domain::SystemClock clock;
    SeriesCatalog catalog;
    std::optional<storage::DataDirectoryLock> dataDirLock;
    std::unique_ptr<StorageWriter> writer;
    std::unique_ptr<LiveData> live;
    std::unique_ptr<Simulator> simulator;
    std::unique_ptr<SourceQuality> quality;
    std::unique_ptr<IngestService> ingest;
    IncidentCategories incidentCategories;
    UnitDirectory units;
    std::unique_ptr<IncidentService> incidents;
    std::unique_ptr<AlertService> alerts;
    ApiKeys apiKeys;
    std::unique_ptr<AuthService> auth;
    std::string firstAdminPassword;
    Router router;
    std::unique_ptr<SessionContext> sessions;
    std::unique_ptr<ApiContext> api;
    std::uint16_t port = 0;
    std::atomic<int> flushCount{0}; // the timer and the pending-points trigger both flush

    // Declared after everything its handlers use, so it is destroyed first.
    net::io_context ioc;
    std::shared_ptr<Listener> listener;
    std::unique_ptr<net::steady_timer> tickTimer;
    std::unique_ptr<net::steady_timer> flushTimer;
    std::unique_ptr<net::signal_set> signals;
    std::vector<std::thread> threads;
    // After ioc: pollers post to it when stopped, so they must go first.
    std::unique_ptr<Connectors> connectors;
    // After ioc: the demo feed's timer lives on it.
    std::unique_ptr<CitizenReports> citizenReports;
    std::unique_ptr<HandoverRuntime> handovers; // after ioc: its escalation timer lives there

    std::mutex stateMutex;
    std::condition_variable stateCv;
    bool started = false;
    bool stopRequested = false;
    bool stopped = false;
};

Result<std::uint16_t> Server::Impl::start()
{
    // Configuration first: a bad file must fail before anything is touched.
    std::string text;
    if (options.seriesConfig.empty()) {
        text = std::string(builtinDemoCatalog());
    } else {
        auto r = readFile(options.seriesConfig);
        if (!r)
            return r.error();
        text = std::move(*r);
    }
    auto parsed = parseSeriesCatalog(text);
    if (!parsed)
        return Error{parsed.error().code, "series configuration: " + parsed.error().message};
    catalog = std::move(*parsed);
    auto connectorConfig = parseConnectorConfig(text, catalog);
    if (!connectorConfig)
        return Error{connectorConfig.error().code,
                     "series configuration: " + connectorConfig.error().message};
    if (auto r = loadIncidentConfig(); !r)
        return r.error();

    // TLS material next: a bad certificate or key must also fail before anything is touched.
    std::shared_ptr<boost::asio::ssl::context> tls;
    if (!options.tlsCertFile.empty() || !options.tlsKeyFile.empty()) {
        auto made = makeServerTlsContext(options.tlsCertFile, options.tlsKeyFile);
        if (!made)
            return made.error();
        tls = std::move(*made);
    }

    std::optional<std::int64_t> seqHighWater;
    std::vector<storage::LatestPoint> persisted;
    std::vector<storage::StoredPoint> persistedHistory;
    try {
        std::filesystem::create_directories(options.dataDir);
        std::string holder;
        dataDirLock = storage::DataDirectoryLock::tryAcquire(options.dataDir, &holder);
        if (!dataDirLock)
            return Error{"data_dir_in_use", "data directory " + options.dataDir.string() +
                                                " is in use by another iocd (" + holder + ")"};
        auto db = storage::Database::open(options.dataDir / "iocd.sqlite");
        const int version = storage::migrate(db, storage::iocdMigrations());
        log(LogLevel::Info, "database_ready",
            {{"file", (options.dataDir / "iocd.sqlite").string()}, {"schema", std::to_string(version)}});
        storage::MetaRepository meta(db);
        if (auto hw = meta.get(kSeqKey))
            seqHighWater = std::stoll(*hw);
        // Mark this database as having issued seqs before anything can be sent: a process killed
        // before its first flush must still make its successor jump past whatever it issued.
        if (!seqHighWater)
            meta.set(kSeqKey, "0");
        persisted = storage::SeriesLatestRepository(db).loadAll();
        persistedHistory =
            storage::SeriesHistoryRepository(db).loadSince(clock.now() - kHistoryRetention);
        writer = std::make_unique<StorageWriter>(std::move(db));
    } catch (const std::exception& e) {
        return Error{"storage_failed", e.what()};
    }

    std::vector<protocol::SeriesInfo> infos;
    infos.reserve(catalog.series.size());
    for (const auto& def : catalog.series)
        infos.push_back(def.info);
    LiveDataOptions liveOptions;
    liveOptions.firstSeq = seqHighWater ? *seqHighWater + kSeqRestartGap : 1;
    live = std::make_unique<LiveData>(std::move(infos), clock, liveOptions);
    std::vector<IncomingPoint> restored;
    for (const auto& p : persisted)
        if (p.value)
            restored.push_back({p.seriesId, *p.value, p.observedAt});
    std::vector<PersistPoint> history;
    history.reserve(persistedHistory.size());
    for (auto& p : persistedHistory)
        history.push_back({std::move(p.seriesId), p.t, p.v});
    live->restoreHistory(history);
    live->applyPoints(restored);
    live->takeDirty();
    live->takePendingPoints();
    // Flush by size as well as by time: at a sustained high rate the 5-s timer alone would let
    // the pending points reach their cap and drop history. While the disk still has an earlier
    // flush waiting, leave it to the timer (and the cap) so memory stays bounded.
    live->setPendingFullHandler([this] {
        net::post(ioc, [this] {
            if (writer->backlog() == 0)
                flush(false);
        });
    });

    quality = std::make_unique<SourceQuality>(catalog, clock);
    ingest = std::make_unique<IngestService>(*live, catalog, *quality, clock);
    for (const auto& s : catalog.sources)
        if (!s.apiKeySha256.empty())
            apiKeys.allow(s.apiKeySha256, s.id);
    if (options.demo)
        apiKeys.allowAll(kDemoSourceKey);
    try {
        AuthOptions authOptions;
        authOptions.sessionLifetime = std::chrono::seconds(std::max(1, options.sessionLifetimeS));
        authOptions.account.lockAfter = std::max(1, options.accountLockAfter);
        authOptions.address.lockAfter = std::max(1, options.addressLockAfter);
        authOptions.account.lockFor = authOptions.address.lockFor =
            std::chrono::seconds(std::max(1, options.loginLockS));
        authOptions.demo = options.demo;
        auth = std::make_unique<AuthService>(storage::Database::open(options.dataDir / "iocd.sqlite"),
                                             clock, authOptions, apiKeys);
        if (options.demo)
            auth->seedDemoAccounts();
        auto first = auth->createFirstAdmin(options.firstAdminPassword.empty()
                                                ? std::nullopt
                                                : std::optional<std::string>(options.firstAdminPassword));
        if (first) {
            log(LogLevel::Warning, "first_admin_created", {{"username", "admin"}});
            firstAdminPassword = std::move(*first);
        }
    } catch (const std::exception& e) {
        return Error{"auth_failed", e.what()};
    }

    sessions = std::make_unique<SessionContext>(router, *live);
    sessions->limits.requestTimeout = std::chrono::seconds(std::max(1, options.requestTimeoutS));
    sessions->auth = auth.get();
    sessions->tls = std::move(tls);
    api = std::make_unique<ApiContext>(ApiContext{*live, catalog, clock, clock.now(),
                                                  sessions->streamClients, *ingest, *quality,
                                                  apiKeys, nullptr, *auth});
    addSystemRoutes(router, *api);
    addAuthRoutes(router, *api);
    addSeriesRoutes(router, *api);
    addIngestRoutes(router, *api);
    if (auto r = startIncidents(); !r)
        return r.error();
    if (auto r = startAlerts(); !r)
        return r.error();
    if (auto r = startCitizenReports(); !r)
        return r.error();
    if (auto r = startHandovers(); !r)
        return r.error();

    listener = std::make_shared<Listener>(ioc, *sessions);
    auto bound = listener->bind(options.address, options.port);
    if (!bound)
        return bound.error();
    port = *bound;
    listener->start();

    if (options.demo) {
        simulator = std::make_unique<Simulator>(catalog, clock);
        api->simulator = simulator.get();
        addDemoRoutes(router, *api);
    }
    tickTimer = std::make_unique<net::steady_timer>(ioc);
    flushTimer = std::make_unique<net::steady_timer>(ioc);
    if (simulator)
        ingest->ingestTrusted(simulator->tick());
    scheduleTick();
    scheduleFlush();
    connectors = std::make_unique<Connectors>(ioc, std::move(*connectorConfig), *ingest, *quality, clock);
    connectors->start();
    if (options.handleSignals) {
        signals = std::make_unique<net::signal_set>(ioc, SIGINT, SIGTERM);
        signals->async_wait([this](boost::system::error_code ec, int sig) {
            if (!ec) {
                log(LogLevel::Info, "signal", {{"signal", std::to_string(sig)}});
                requestStop();
            }
        });
    }

    const int n = std::max(1, options.threads);
    for (int i = 0; i < n; ++i)
        threads.emplace_back([this] { ioc.run(); });
    {
        std::lock_guard lock(stateMutex);
        started = true;
    }
    log(LogLevel::Info, "started",
        {{"address", options.address}, {"port", std::to_string(port)},
         {"series", std::to_string(catalog.series.size())}, {"demo", options.demo ? "on" : "off"},
         {"tls", sessions->tls ? "on" : "off"},
         {"first_seq", std::to_string(liveOptions.firstSeq)}});
    return port;
}

Result<bool> Server::Impl::loadIncidentConfig()
{
    std::string categoriesText;
    if (options.incidentCategories.empty()) {
        categoriesText = std::string(builtinIncidentCategories());
    } else {
        auto r = readFile(options.incidentCategories);
        if (!r)
            return r.error();
        categoriesText = std::move(*r);
    }
    auto categories = parseIncidentCategories(categoriesText);
    if (!categories)
        return Error{categories.error().code, "incident categories: " + categories.error().message};
    incidentCategories = std::move(*categories);
    auto parsedUnits = parseUnitDirectory(builtinUnitDirectory());
    if (!parsedUnits)
        return parsedUnits.error();
    units = std::move(*parsedUnits);
    return true;
}

// The incident log on its own connection with full sync (what people enter is never lost),
// its changes numbered in the same stream as the series.
Result<bool> Server::Impl::startIncidents()
{
    try {
        std::set<std::string> domains;
        for (const auto& d : catalog.domains)
            domains.insert(d.id);
        incidents = std::make_unique<IncidentService>(
            storage::Database::open(options.dataDir / "iocd.sqlite", storage::Database::Durability::Full),
            incidentCategories, units, std::move(domains), clock,
            incidentStreamPublisher(*live, units, clock));
        api->incidents = incidents.get();
        addIncidentRoutes(router, *api);
        if (options.demo)
            seedDemoIncidents(*incidents);
    } catch (const std::exception& e) {
        return Error{"storage_failed", std::string("incidents: ") + e.what()};
    }
    return true;
}

// Alert rules from --alert-rules (or the built-in set for the demo simulator); a set saved
// through PUT /api/v1/alert-rules is kept in the database and wins at the next start.
Result<bool> Server::Impl::startAlerts()
{
    std::set<std::string> categories;
    for (const auto& c : incidentCategories.categories)
        categories.insert(c.id);
    std::string text;
    if (options.alertRules.empty()) {
        text = std::string(builtinAlertRules());
    } else {
        auto r = readFile(options.alertRules);
        if (!r)
            return r.error();
        text = std::move(*r);
    }
    auto rules = parseAlertRules(text, categories);
    if (!rules)
        return Error{rules.error().code, "alert rules: " + rules.error().message};
    try {
        auto db = storage::Database::open(options.dataDir / "iocd.sqlite", storage::Database::Durability::Full);
        if (auto saved = storage::AlertRepository(db).latestRuleSet()) {
            if (auto s = parseAlertRules(*saved, categories)) {
                rules = std::move(s);
                log(LogLevel::Info, "alert_rules_from_database", {{"rules", std::to_string(rules->rules.size())}});
            } else {
                log(LogLevel::Warning, "alert_rules_saved_unusable", {{"error", s.error().message}});
            }
        }
        alerts = std::make_unique<AlertService>(std::move(db), catalog, *live, *quality, incidents.get(),
                                                clock, std::move(*rules), std::move(categories),
                                                alertStreamPublisher(*live));
        api->alerts = alerts.get();
        ingest->setCommitObserver([a = alerts.get()](std::span<const IncomingPoint> p) { a->onIngest(p); });
        addAlertRoutes(router, *api);
        alerts->startTicking();
    } catch (const std::exception& e) {
        return Error{"storage_failed", std::string("alerts: ") + e.what()};
    }
    return true;
}

// Citizen reports on the same full-sync database, photos under DATA_DIR/photos; with --demo, the
// demo channel's key and a stream of simulated reports through the intake route.
Result<bool> Server::Impl::startCitizenReports()
{
    try {
        citizenReports = std::make_unique<CitizenReports>(
            ioc, options.dataDir, units, incidents.get(), clock, *live, apiKeys, options.demo);
        api->citizenReports = &citizenReports->service();
        addCitizenReportRoutes(router, *api);
        if (options.demo)
            citizenReports->startDemoFeed(router, *auth);
    } catch (const std::exception& e) {
        return Error{"storage_failed", std::string("citizen reports: ") + e.what()};
    }
    return true;
}

// Shift handovers and standing orders (issue 6) on their own full-sync connection; the rota comes
// from --shift-rota or the built-in 06–14, 14–22, 22–06.
Result<bool> Server::Impl::startHandovers()
{
    auto started = HandoverRuntime::start(
        ioc, {options.dataDir / "iocd.sqlite", options.shiftRota, options.demo}, clock, *live, *quality);
    if (!started)
        return started.error();
    handovers = std::move(*started);
    // What the drafter lists as active alerts. Called under the handover service's lock; the
    // alert service takes only its own and never calls back, so the order is always the same.
    if (alerts)
        handovers->service().setAlertProvider([a = alerts.get()] {
            std::vector<domain::AlertFact> facts;
            for (const auto& s : a->activeSummaries())
                facts.push_back({std::to_string(s.id), s.label.vi, s.severity,
                                 s.state == "acknowledged", s.raisedAt});
            return facts;
        });
    api->handovers = &handovers->service();
    addHandoverRoutes(router, *api);
    return true;
}

void Server::Impl::scheduleTick()
{
    tickTimer->expires_after(kTickInterval);
    tickTimer->async_wait([this](boost::system::error_code ec) {
        if (ec)
            return;
        if (simulator)
            ingest->ingestTrusted(simulator->tick());
        live->refreshFreshness();
        scheduleTick();
    });
}

void Server::Impl::scheduleFlush()
{
    flushTimer->expires_after(kFlushInterval);
    flushTimer->async_wait([this](boost::system::error_code ec) {
        if (ec)
            return;
        flush(false);
        scheduleFlush();
    });
}

void Server::Impl::flush(bool wait)
{
    const auto now = clock.now();
    std::vector<storage::LatestPoint> points;
    for (const auto& v : live->takeDirty())
        points.push_back({v.id, v.value, *v.observedAt, now});
    std::vector<storage::StoredPoint> history;
    for (auto& p : live->takePendingPoints())
        history.push_back({std::move(p.seriesId), p.t, p.v});
    const auto seq = live->lastSeq();
    const bool prune = ++flushCount % kPruneEveryFlushes == 0;
    auto task = [points = std::move(points), history = std::move(history), seq, prune,
                 cutoff = now - kHistoryRetention](storage::Database& db) {
        storage::SeriesLatestRepository(db).upsert(points);
        storage::SeriesHistoryRepository repo(db);
        repo.append(history);
        if (prune)
            repo.pruneBefore(cutoff);
        storage::MetaRepository(db).set(kSeqKey, std::to_string(seq));
    };
    if (wait)
        writer->runSync(task);
    else
        writer->post(task);
}

void Server::Impl::requestStop()
{
    {
        std::lock_guard lock(stateMutex);
        if (stopRequested)
            return;
        stopRequested = true;
    }
    stateCv.notify_all();
}

void Server::Impl::stop()
{
    requestStop();
    {
        std::lock_guard lock(stateMutex);
        if (stopped || !started)
            return;
        stopped = true;
    }
    listener->stop();
    connectors->stop();
    // Logins still hashing answer into the io_context: let them finish while it exists.
    auth->stopWatching(); // its timer would keep the pool busy
    auth->slowPool().join();
    net::post(ioc, [this] {
        tickTimer->cancel();
        flushTimer->cancel();
        if (signals)
            signals->cancel();
    });
    ioc.stop();
    for (auto& t : threads)
        if (t.joinable() && t.get_id() != std::this_thread::get_id())
            t.join();
    try {
        flush(true);
    } catch (const std::exception& e) {
        log(LogLevel::Error, "final_flush_failed", {{"error", e.what()}});
    }
    log(LogLevel::Info, "stopped", {{"seq", std::to_string(live->lastSeq())}});
}

Server::Server(ServerOptions options)
    : m_impl(std::make_unique<Impl>(std::move(options)))
{
}

Server::~Server()
{
    stop();
}

Result<std::uint16_t> Server::start()
{
    return m_impl->start();
}

void Server::stop()
{
    m_impl->stop();
}

void Server::wait()
{
    std::unique_lock lock(m_impl->stateMutex);
    m_impl->stateCv.wait(lock, [this] { return m_impl->stopRequested; });
}

std::uint16_t Server::port() const
{
    return m_impl->port;
}

std::string Server::takeFirstAdminPassword()
{
    return std::exchange(m_impl->firstAdminPassword, {});
}

std::string version()
{
    return IOC_VERSION;
}

} // namespace ioc::server
