// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../IngestService.h"
#include "../LiveData.h"
#include "../SeriesCatalog.h"
#include "../SourceQuality.h"
#include "../incidents/IncidentService.h"
#include "AlertRules.h"

#include "ioc/domain/Forecast.h"
#include "ioc/domain/IncidentLifecycle.h"
#include "ioc/storage/AlertRepository.h"
#include "ioc/storage/Database.h"

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <span>
#include <thread>

namespace ioc::server {

struct AlertError
{
    int status = 400;
    std::string code;
    std::string message;
};
template<class T> using AlertOutcome = std::variant<T, AlertError>;

// What the handover drafter lists: the alerts still open (active or acknowledged).
struct AlertSummary
{
    std::int64_t id = 0;
    domain::AlertText label;
    int severity = 2;
    std::string state;
    domain::TimePoint raisedAt;
};

struct SeriesForecast
{
    std::string series;
    std::string method;
    domain::Seconds step{60};
    domain::TimePoint generatedAt;
    domain::TimePoint firstAt; // time of points[0]
    std::vector<domain::ForecastPoint> points;
};

// Alerts of issue 9: evaluates the rules on every accepted ingest (threshold, rate,
// combination) and on its own 1-second tick (missing data, renotify, and forecasts once a
// minute); keeps alerts, their events and source urges in SQLite (schema 8), with an audit-log
// entry for every change a person makes, and publishes each change on the stream.
// Thread-safe: one operation at a time.
class AlertService
{
public:
    // type: "alert" or "source"; change: raised, acknowledged, renotified, cleared, incident,
    // urged.
    using Publish = std::function<void(std::string_view type, std::string_view change,
                                       const boost::json::object& record)>;

    AlertService(storage::Database db, const SeriesCatalog& catalog, LiveData& live,
                 SourceQuality& quality, IncidentService *incidents, const domain::Clock& clock,
                 AlertRuleSet rules, std::set<std::string> categories, Publish publish);
    ~AlertService();

    // Runs tick() every second on a thread of its own until destroyed.
    void startTicking();
    void onIngest(std::span<const IncomingPoint> points);
    void tick();

    std::vector<storage::AlertRecord> list(const storage::AlertFilter& filter);
    AlertOutcome<storage::AlertRecord> acknowledge(std::int64_t id, const std::string& comment,
                                                   const domain::Actor& actor);
    // The incident for this alert (made on first call, the same one after).
    AlertOutcome<CreateOutcome> toIncident(std::int64_t id, const domain::Actor& actor);
    std::vector<AlertSummary> activeSummaries();

    AlertRuleSet rules();
    // Validates, stores (alert_rule_sets) and audits; open alerts of removed rules clear.
    AlertOutcome<AlertRuleSet> replaceRules(std::string_view json, const domain::Actor& actor);

    std::optional<SeriesForecast> forecast(std::string_view series, domain::Seconds horizon);
    bool isForecastable(std::string_view series);

    AlertOutcome<storage::SourceUrge> urge(const std::string& source, const std::string& note,
                                           const domain::Actor& actor);
    std::vector<storage::SourceUrge> urges(const std::string& source);
    std::map<std::string, storage::UrgeSummary> urgeSummaries();

    struct StoreCounts
    {
        std::int64_t historyPoints = 0, incidents = 0, alerts = 0, auditEntries = 0;
        std::int64_t dbBytes = 0; // the main database file (pages in use and free)
    };
    StoreCounts storeCounts();

    static boost::json::object toJson(const storage::AlertRecord& r);
    static boost::json::object toJson(const storage::SourceUrge& u);

private:
    struct Raise
    {
        std::string seriesId, sourceId, unitCode;
        std::optional<double> value, threshold;
        domain::AlertText message;
        bool earlyWarning = false;
    };
    using InstanceKey = std::pair<std::string, std::string>; // rule id, series/source/unit

    void loadOpenLocked();
    void indexRulesLocked();
    // Raises or clears the instance so that it matches `active`.
    void settleLocked(const domain::AlertRule& rule, const std::string& key, bool active,
                      const std::function<Raise()>& describe);
    void evaluateSeriesLocked(const std::string& series, double value);
    void evaluateCombinationsLocked();
    void evaluateMissingLocked(domain::TimePoint now);
    void evaluateForecastsLocked(domain::TimePoint now);
    void renotifyLocked(domain::TimePoint now);
    void clearLocked(storage::AlertRecord& r, const std::string& why);
    void publishLocked(std::string_view change, const storage::AlertRecord& r);
    // nullopt with fewer than `minSteps` resampled values.
    std::optional<SeriesForecast> forecastLocked(const protocol::SeriesInfo& info,
                                                 domain::Seconds horizon, std::size_t minSteps);
    bool isOpen(const InstanceKey& k) const { return m_open.contains(k); }

    std::mutex m_mutex;
    storage::Database m_db;
    storage::AlertRepository m_repo;
    const SeriesCatalog& m_catalog;
    LiveData& m_live;
    SourceQuality& m_quality;
    IncidentService *m_incidents;
    const domain::Clock& m_clock;
    AlertRuleSet m_rules;
    std::set<std::string> m_categories;
    Publish m_publish;
    domain::TimePoint m_watchingSince;
    domain::TimePoint m_nextForecastAt;
    std::map<InstanceKey, std::int64_t> m_open; // open alert id per instance
    std::map<std::string, const protocol::SeriesInfo *, std::less<>> m_seriesInfo;
    std::map<std::string, std::vector<std::size_t>, std::less<>> m_rulesBySeries; // threshold, rate
    std::set<std::string, std::less<>> m_combinationSeries;
    std::map<std::string, double, std::less<>> m_latest;  // series used by combinations
    std::map<std::int64_t, domain::TimePoint> m_renotify; // acknowledged alert id -> when
    StoreCounts m_counts;
    std::optional<domain::TimePoint> m_countsAt;

    std::mutex m_tickMutex;
    std::condition_variable m_tickCv;
    bool m_stopping = false;
    std::thread m_ticker;
};

} // namespace ioc::server
