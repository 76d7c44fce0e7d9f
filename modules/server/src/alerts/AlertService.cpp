// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertService.h"

#include "../Log.h"
#include "AlertMessages.h"

#include "ioc/domain/Incident.h"
#include "ioc/protocol/Json.h"
#include "ioc/storage/AuditRepository.h"
#include "ioc/storage/Statement.h"

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cmath>

namespace ioc::server {

namespace bj = boost::json;
using domain::AlertKind;
using domain::TimePoint;
using storage::AlertRecord;

namespace {
constexpr auto kForecastEvery = std::chrono::seconds(60);
constexpr auto kHistoryWindow = std::chrono::days(7);
constexpr auto kSeasonalStep = std::chrono::seconds(300);
constexpr std::size_t kSeason = 288; // 5-minute steps in a day
constexpr auto kShortWindow = std::chrono::hours(2);
// A chart may show a forecast from four values; an alert waits for a quarter of an hour of them.
constexpr std::size_t kMinStepsToShow = 4;
constexpr std::size_t kMinStepsToWarn = 15;
constexpr std::size_t kMaxComment = 2000;
constexpr auto kCountsCacheFor = std::chrono::seconds(10);

std::string alertTarget(std::int64_t id)
{
    return "alert-" + std::to_string(id);
}

bj::value textOrNull(const std::string& s)
{
    return s.empty() ? bj::value(nullptr) : bj::value(s);
}

AlertError notFound(std::int64_t id)
{
    return {404, "unknown_alert", "no alert " + std::to_string(id)};
}

std::vector<domain::TimedValue> toTimed(const std::vector<HistoryPoint>& points)
{
    std::vector<domain::TimedValue> out;
    out.reserve(points.size());
    for (const auto& p : points)
        out.push_back({p.t, p.v});
    return out;
}

template<class D> domain::Seconds seconds(D d)
{
    return std::chrono::duration_cast<domain::Seconds>(d);
}
} // namespace

AlertService::AlertService(storage::Database db, const SeriesCatalog& catalog, LiveData& live,
                           SourceQuality& quality, IncidentService *incidents,
                           const domain::Clock& clock, AlertRuleSet rules,
                           std::set<std::string> categories, Publish publish)
    : m_db(std::move(db))
    , m_repo(m_db)
    , m_catalog(catalog)
    , m_live(live)
    , m_quality(quality)
    , m_incidents(incidents)
    , m_clock(clock)
    , m_rules(std::move(rules))
    , m_categories(std::move(categories))
    , m_publish(std::move(publish))
    , m_watchingSince(clock.now())
    , m_nextForecastAt(clock.now() + kForecastEvery)
{
    for (const auto& s : m_catalog.series)
        m_seriesInfo.emplace(s.info.id, &s.info);
    std::lock_guard lock(m_mutex);
    indexRulesLocked();
    loadOpenLocked();
    for (const auto& s : m_live.snapshot().series)
        if (s.current.value && m_combinationSeries.contains(s.info.id))
            m_latest[s.info.id] = *s.current.value;
}

AlertService::~AlertService()
{
    {
        std::lock_guard lock(m_tickMutex);
        m_stopping = true;
    }
    m_tickCv.notify_all();
    if (m_ticker.joinable())
        m_ticker.join();
}

void AlertService::startTicking()
{
    m_ticker = std::thread([this] {
        std::unique_lock lock(m_tickMutex);
        while (!m_tickCv.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopping; })) {
            lock.unlock();
            tick();
            lock.lock();
        }
    });
}

void AlertService::loadOpenLocked()
{
    m_open.clear();
    m_renotify.clear();
    for (const auto& r : m_repo.open()) {
        m_open[{r.ruleId, r.instanceKey}] = r.id;
        if (r.renotifyAt)
            m_renotify[r.id] = *r.renotifyAt;
    }
}

void AlertService::indexRulesLocked()
{
    m_rulesBySeries.clear();
    m_combinationSeries.clear();
    for (std::size_t i = 0; i < m_rules.rules.size(); ++i) {
        const auto& r = m_rules.rules[i];
        if (!r.enabled)
            continue;
        for (const auto& [id, info] : m_seriesInfo) {
            if (r.kind == AlertKind::Threshold || r.kind == AlertKind::Rate) {
                for (const auto& p : r.series)
                    if (domain::matchesPattern(p, id)) {
                        m_rulesBySeries[id].push_back(i);
                        break;
                    }
            } else if (r.kind == AlertKind::Combination) {
                for (const auto& part : r.parts)
                    if (domain::matchesPattern(part.series, id) && !info->unitCode.empty())
                        m_combinationSeries.insert(id);
            }
        }
    }
}

void AlertService::onIngest(std::span<const IncomingPoint> points)
{
    std::lock_guard lock(m_mutex);
    if (m_rulesBySeries.empty() && m_combinationSeries.empty())
        return;
    std::map<std::string_view, const IncomingPoint *> newest;
    for (const auto& p : points) {
        if (!m_rulesBySeries.contains(p.seriesId) && !m_combinationSeries.contains(p.seriesId))
            continue;
        auto& slot = newest[p.seriesId];
        if (!slot || slot->observedAt <= p.observedAt)
            slot = &p;
    }
    if (newest.empty())
        return;
    try {
        bool combination = false;
        for (const auto& [id, p] : newest) {
            if (m_rulesBySeries.contains(id))
                evaluateSeriesLocked(p->seriesId, p->value);
            if (m_combinationSeries.contains(id)) {
                m_latest[p->seriesId] = p->value;
                combination = true;
            }
        }
        if (combination)
            evaluateCombinationsLocked();
    } catch (const std::exception& e) {
        // The points are already in the store; a failing alert table must not refuse them.
        log(LogLevel::Error, "alert_evaluation_failed", {{"error", e.what()}});
    }
}

void AlertService::tick()
{
    std::lock_guard lock(m_mutex);
    try {
        const auto now = m_clock.now();
        evaluateMissingLocked(now);
        renotifyLocked(now);
        if (now >= m_nextForecastAt) {
            m_nextForecastAt = now + kForecastEvery;
            evaluateForecastsLocked(now);
        }
    } catch (const std::exception& e) {
        log(LogLevel::Error, "alert_tick_failed", {{"error", e.what()}});
    }
}

void AlertService::evaluateSeriesLocked(const std::string& series, double value)
{
    const auto *info = m_seriesInfo.find(series)->second;
    for (auto i : m_rulesBySeries.find(series)->second) {
        const auto& rule = m_rules.rules[i];
        const bool open = isOpen({rule.id, series});
        if (rule.kind == AlertKind::Threshold) {
            settleLocked(rule, series, rule.level.next(open, value), [&] {
                return Raise{
                    series, info->source,       info->unitCode,
                    value,  rule.level.raiseAt, thresholdMessage(*info, rule.level, value)};
            });
        } else if (rule.kind == AlertKind::Rate) {
            const auto now = m_clock.now();
            const auto samples =
                toTimed(m_live.history(series, now - 2 * rule.window, now + std::chrono::hours(1)));
            const auto change = domain::changeOverWindow(samples, rule.window);
            if (!change)
                continue;
            settleLocked(rule, series, rule.level.next(open, *change), [&] {
                return Raise{series,  info->source,       info->unitCode,
                             *change, rule.level.raiseAt, rateMessage(*info, rule, *change)};
            });
        }
    }
}

void AlertService::evaluateCombinationsLocked()
{
    for (const auto& rule : m_rules.rules) {
        if (!rule.enabled || rule.kind != AlertKind::Combination)
            continue;
        std::vector<domain::UnitReading> readings;
        for (const auto& [id, value] : m_latest) {
            const auto *info = m_seriesInfo.find(id)->second;
            for (const auto& part : rule.parts)
                if (domain::matchesPattern(part.series, id)) {
                    readings.push_back({id, info->unitCode, value});
                    break;
                }
        }
        std::set<std::string> before;
        for (const auto& [key, id] : m_open)
            if (key.first == rule.id)
                before.insert(key.second);
        const auto after = domain::activeCombinationUnits(rule.parts, readings, before);
        std::set<std::string> units = before;
        units.insert(after.begin(), after.end());
        for (const auto& unit : units) {
            settleLocked(rule, unit, after.contains(unit), [&] {
                std::vector<CombinationReading> shown;
                for (const auto& r : readings)
                    if (r.unitCode == unit)
                        shown.push_back({m_seriesInfo.find(r.series)->second, r.value});
                const auto *u = m_incidents ? m_incidents->units().find(unit) : nullptr;
                const std::string vi = u ? u->fullName : unit;
                const std::string en = u ? u->nameEn : unit;
                Raise raise;
                raise.unitCode = unit;
                raise.message = combinationMessage(rule, vi, en, shown);
                if (!shown.empty()) {
                    raise.seriesId = shown.front().series->id;
                    raise.value = shown.front().value;
                }
                return raise;
            });
        }
    }
}

void AlertService::evaluateMissingLocked(TimePoint now)
{
    bool any = false;
    for (const auto& rule : m_rules.rules)
        any = any || (rule.enabled && rule.kind == AlertKind::Missing);
    if (!any)
        return;
    const auto reports = m_quality.reports();
    for (const auto& rule : m_rules.rules) {
        if (!rule.enabled || rule.kind != AlertKind::Missing)
            continue;
        for (const auto& report : reports) {
            bool watched = false;
            for (const auto& p : rule.sources)
                watched = watched || domain::matchesPattern(p, report.id);
            const auto *source = m_catalog.source(report.id);
            if (!watched || !source)
                continue;
            const domain::Seconds interval{report.expectedIntervalS};
            const bool silent = domain::isSilent(report.lastReceivedAt, m_watchingSince, now,
                                                 interval, rule.silentFactor);
            settleLocked(rule, report.id, silent, [&] {
                const auto since = report.lastReceivedAt
                                       ? std::max(*report.lastReceivedAt, m_watchingSince)
                                       : m_watchingSince;
                const auto silentFor = seconds(now - since);
                Raise raise;
                raise.sourceId = report.id;
                raise.value = static_cast<double>(silentFor.count());
                raise.threshold = static_cast<double>(interval.count()) * rule.silentFactor;
                raise.message = missingMessage(*source, silentFor);
                return raise;
            });
        }
    }
}

void AlertService::evaluateForecastsLocked(TimePoint now)
{
    for (const auto& rule : m_rules.rules) {
        if (!rule.enabled || rule.kind != AlertKind::Forecast)
            continue;
        for (const auto& [id, info] : m_seriesInfo) {
            bool matched = false;
            for (const auto& p : rule.series)
                matched = matched || domain::matchesPattern(p, id);
            if (!matched)
                continue;
            const auto history =
                m_live.history(id, now - kShortWindow, now + std::chrono::hours(1));
            if (history.empty())
                continue;
            const double latest = history.back().v;
            auto f = forecastLocked(*info, rule.horizon, kMinStepsToWarn);
            if (!f || f->points.empty())
                continue;
            const bool open = isOpen({rule.id, id});
            bool active = false;
            std::size_t peak = 0;
            for (std::size_t i = 0; i < f->points.size(); ++i)
                if (rule.level.direction == domain::Level::Direction::Above
                        ? f->points[i].value > f->points[peak].value
                        : f->points[i].value < f->points[peak].value)
                    peak = i;
            if (open) {
                // Stays on while the forecast (or the river itself) has not come back to safety.
                active = !rule.level.clears(f->points[peak].value) || !rule.level.clears(latest);
            } else if (auto crossing = domain::earlyCrossing(rule.level, latest, f->points)) {
                active = true;
                peak = *crossing;
            }
            settleLocked(rule, id, active, [&] {
                const auto at = f->firstAt + f->step * static_cast<std::int64_t>(peak);
                Raise raise{id,
                            info->source,
                            info->unitCode,
                            latest,
                            rule.level.raiseAt,
                            forecastMessage(*info, rule.level, latest, f->points[peak].value, at)};
                raise.earlyWarning = true;
                return raise;
            });
        }
    }
}

std::optional<SeriesForecast> AlertService::forecastLocked(const protocol::SeriesInfo& info,
                                                           domain::Seconds horizon,
                                                           std::size_t minSteps)
{
    const auto now = m_clock.now();
    const auto history = m_live.history(info.id, now - kHistoryWindow, now);
    if (history.size() < 4)
        return std::nullopt;
    const auto samples = toTimed(history);
    SeriesForecast out;
    out.series = info.id;
    out.generatedAt = now;
    // Two days of history: the daily pattern is learnt (Holt-Winters on 5-minute steps);
    // before that only the recent trend (damped Holt on the source's own interval).
    const bool seasonal = samples.front().t <= now - std::chrono::days(2);
    out.step = seasonal ? domain::Seconds(kSeasonalStep)
                        : std::max(domain::Seconds(60), domain::Seconds(info.expectedIntervalS));
    const auto earliest = seasonal ? now - kHistoryWindow : now - kShortWindow;
    auto from = std::max(earliest, samples.front().t);
    from = std::chrono::floor<domain::Seconds>(from);
    // The last step starts at or before now, so the newest value is in it.
    const auto count = static_cast<std::size_t>((now - from) / out.step) + 1;
    if (count < std::max(minSteps, kMinStepsToShow))
        return std::nullopt;
    const auto y = domain::resample(samples, from, out.step, count);
    const auto steps = static_cast<std::size_t>(
        std::max<std::int64_t>(1, (horizon + out.step - domain::Seconds(1)) / out.step));
    auto f =
        seasonal ? domain::holtWintersAdditive(y, kSeason, steps) : domain::holtDamped(y, steps);
    if (!f)
        return std::nullopt;
    out.method = std::string(f->method);
    out.points = std::move(f->points);
    out.firstAt = from + out.step * static_cast<std::int64_t>(count);
    return out;
}

void AlertService::settleLocked(const domain::AlertRule& rule, const std::string& key, bool active,
                                const std::function<Raise()>& describe)
{
    const InstanceKey ik{rule.id, key};
    auto it = m_open.find(ik);
    if (active == (it != m_open.end()))
        return;
    if (!active) {
        if (auto r = m_repo.get(it->second))
            clearLocked(*r, "");
        m_open.erase(it);
        return;
    }
    const auto d = describe();
    AlertRecord r;
    r.ruleId = rule.id;
    r.instanceKey = key;
    r.kind = std::string(domain::toString(rule.kind));
    r.severity = rule.severity;
    r.seriesId = d.seriesId;
    r.sourceId = d.sourceId;
    r.unitCode = d.unitCode;
    r.value = d.value;
    r.threshold = d.threshold;
    r.labelVi = rule.label.vi;
    r.labelEn = rule.label.en;
    r.messageVi = d.message.vi;
    r.messageEn = d.message.en;
    r.suggestedCategory = rule.suggestedCategory;
    r.earlyWarning = d.earlyWarning;
    r.raisedAt = m_clock.now();
    storage::Transaction tx(m_db);
    m_repo.insert(r);
    m_repo.addEvent({0, r.id, r.raisedAt, "raised", "", r.value, ""});
    tx.commit();
    m_open[ik] = r.id;
    log(LogLevel::Info, "alert_raised",
        {{"id", std::to_string(r.id)}, {"rule", r.ruleId}, {"key", key}});
    publishLocked("raised", r);
}

void AlertService::clearLocked(AlertRecord& r, const std::string& why)
{
    r.state = "cleared";
    r.clearedAt = m_clock.now();
    r.renotifyAt.reset();
    storage::Transaction tx(m_db);
    m_repo.update(r);
    m_repo.addEvent({0, r.id, *r.clearedAt, "cleared", "", std::nullopt, why});
    tx.commit();
    m_renotify.erase(r.id);
    log(LogLevel::Info, "alert_cleared", {{"id", std::to_string(r.id)}, {"rule", r.ruleId}});
    publishLocked("cleared", r);
}

void AlertService::renotifyLocked(TimePoint now)
{
    std::vector<std::int64_t> due;
    for (const auto& [id, at] : m_renotify)
        if (at <= now)
            due.push_back(id);
    for (auto id : due) {
        auto r = m_repo.get(id);
        if (!r || r->state != "acknowledged") {
            m_renotify.erase(id);
            continue;
        }
        r->renotifyAt = now + m_rules.renotifyAfter;
        storage::Transaction tx(m_db);
        m_repo.update(*r);
        m_repo.addEvent({0, id, now, "renotified", "", std::nullopt, ""});
        tx.commit();
        m_renotify[id] = *r->renotifyAt;
        publishLocked("renotified", *r);
    }
}

void AlertService::publishLocked(std::string_view change, const AlertRecord& r)
{
    if (m_publish)
        m_publish("alert", change, toJson(r));
}

std::vector<AlertRecord> AlertService::list(const storage::AlertFilter& filter)
{
    std::lock_guard lock(m_mutex);
    return m_repo.list(filter);
}

AlertOutcome<AlertRecord> AlertService::acknowledge(std::int64_t id, const std::string& comment,
                                                    const domain::Actor& actor)
{
    if (comment.size() > kMaxComment)
        return AlertError{400, "bad_comment", "the comment is longer than 2000 bytes"};
    std::lock_guard lock(m_mutex);
    auto r = m_repo.get(id);
    if (!r)
        return notFound(id);
    if (r->state == "cleared")
        return AlertError{409, "alert_cleared", "the alert has already cleared"};
    if (r->state == "acknowledged")
        return AlertError{409, "already_acknowledged",
                          "acknowledged by " + r->acknowledgedBy + " already"};
    const auto now = m_clock.now();
    r->state = "acknowledged";
    r->acknowledgedAt = now;
    r->acknowledgedBy = actor.username;
    r->ackComment = comment;
    r->renotifyAt = now + m_rules.renotifyAfter;
    storage::Transaction tx(m_db);
    m_repo.update(*r);
    m_repo.addEvent({0, id, now, "acknowledged", actor.username, std::nullopt, comment});
    storage::AuditRepository(m_db).append(
        now, actor.username, std::string(domain::toString(actor.role)), "alert.acknowledge",
        alertTarget(id), bj::serialize(bj::object{{"rule", r->ruleId}, {"comment", comment}}));
    tx.commit();
    m_renotify[id] = *r->renotifyAt;
    publishLocked("acknowledged", *r);
    return *r;
}

AlertOutcome<CreateOutcome> AlertService::toIncident(std::int64_t id, const domain::Actor& actor)
{
    if (!m_incidents)
        return AlertError{503, "incidents_unavailable", "the incident log is not running"};
    std::lock_guard lock(m_mutex);
    auto r = m_repo.get(id);
    if (!r)
        return notFound(id);
    // Made already (by anyone): that incident, whoever asks again. Its idempotency key belongs to
    // the first caller, so a second person would otherwise be refused.
    if (r->incidentId) {
        auto existing = m_incidents->get(std::to_string(*r->incidentId));
        if (const auto *e = std::get_if<IncidentError>(&existing))
            return AlertError{e->status, e->code, e->message};
        return CreateOutcome{std::get<IncidentDetail>(std::move(existing)), true};
    }
    storage::NewIncident n;
    n.title = r->labelVi;
    n.description = r->messageVi + "\n" + r->messageEn;
    n.category = r->suggestedCategory;
    n.severity = domain::severityFromInt(r->severity).value_or(domain::Severity::Medium);
    if (auto it = m_seriesInfo.find(r->seriesId); it != m_seriesInfo.end()) {
        const auto& info = *it->second;
        if (info.lat && info.lon)
            n.location = storage::GeoPoint{*info.lat, *info.lon};
        if (m_incidents->units().find(info.unitCode))
            n.unitCode = info.unitCode;
    }
    if (m_incidents->units().find(r->unitCode))
        n.unitCode = r->unitCode;
    n.sourceKind = domain::IncidentSourceKind::Alert;
    n.sourceRef = std::to_string(id);
    auto outcome = m_incidents->create(n, alertTarget(id), actor);
    if (const auto *e = std::get_if<IncidentError>(&outcome))
        return AlertError{e->status, e->code, e->message};
    auto created = std::get<CreateOutcome>(std::move(outcome));
    if (!r->incidentId) {
        const auto now = m_clock.now();
        r->incidentId = created.detail.incident.id;
        storage::Transaction tx(m_db);
        m_repo.update(*r);
        m_repo.addEvent(
            {0, id, now, "incident", actor.username, std::nullopt, created.detail.incident.ref});
        storage::AuditRepository(m_db).append(
            now, actor.username, std::string(domain::toString(actor.role)), "alert.incident",
            alertTarget(id),
            bj::serialize(bj::object{{"incident", created.detail.incident.ref},
                                     {"incident_id", created.detail.incident.id}}));
        tx.commit();
        publishLocked("incident", *r);
    }
    return created;
}

std::vector<AlertSummary> AlertService::activeSummaries()
{
    std::lock_guard lock(m_mutex);
    std::vector<AlertSummary> out;
    for (const auto& r : m_repo.open())
        out.push_back({r.id, {r.labelVi, r.labelEn}, r.severity, r.state, r.raisedAt});
    return out;
}

AlertRuleSet AlertService::rules()
{
    std::lock_guard lock(m_mutex);
    return m_rules;
}

AlertOutcome<AlertRuleSet> AlertService::replaceRules(std::string_view json,
                                                      const domain::Actor& actor)
{
    auto parsed = parseAlertRules(json, m_categories);
    if (!parsed)
        return AlertError{400, parsed.error().code, parsed.error().message};
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    const auto previous = m_rules.rules.size();
    storage::Transaction tx(m_db);
    m_repo.saveRuleSet(now, actor.username, bj::serialize(alertRulesJson(*parsed)));
    storage::AuditRepository(m_db).append(
        now, actor.username, std::string(domain::toString(actor.role)), "alert_rules.update",
        "alert-rules",
        bj::serialize(bj::object{{"rules", parsed->rules.size()}, {"previous_rules", previous}}));
    tx.commit();
    m_rules = std::move(*parsed);
    indexRulesLocked();
    // Alerts whose rule is gone or switched off have no condition left to end them.
    std::set<std::string> live;
    for (const auto& r : m_rules.rules)
        if (r.enabled)
            live.insert(r.id);
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (live.contains(it->first.first)) {
            ++it;
            continue;
        }
        if (auto r = m_repo.get(it->second))
            clearLocked(*r, "rule_removed");
        it = m_open.erase(it);
    }
    log(LogLevel::Info, "alert_rules_replaced",
        {{"by", actor.username}, {"rules", std::to_string(m_rules.rules.size())}});
    return m_rules;
}

bool AlertService::isForecastable(std::string_view series)
{
    std::lock_guard lock(m_mutex);
    return m_seriesInfo.contains(series) && m_rules.isForecastable(series);
}

std::optional<SeriesForecast> AlertService::forecast(std::string_view series,
                                                     domain::Seconds horizon)
{
    std::lock_guard lock(m_mutex);
    auto it = m_seriesInfo.find(series);
    if (it == m_seriesInfo.end())
        return std::nullopt;
    return forecastLocked(*it->second, horizon, kMinStepsToShow);
}

AlertOutcome<storage::SourceUrge>
AlertService::urge(const std::string& source, const std::string& note, const domain::Actor& actor)
{
    if (!m_catalog.source(source))
        return AlertError{404, "unknown_source", "no source '" + source + "' is configured"};
    if (note.size() > kMaxComment)
        return AlertError{400, "bad_note", "the note is longer than 2000 bytes"};
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    storage::Transaction tx(m_db);
    auto u = m_repo.addUrge(source, now, actor.username, note);
    storage::AuditRepository(m_db).append(now, actor.username,
                                          std::string(domain::toString(actor.role)), "source.urge",
                                          source, bj::serialize(bj::object{{"note", note}}));
    tx.commit();
    if (m_publish) {
        const auto summary = m_repo.urgeSummaries()[source];
        m_publish("source", "urged",
                  bj::object{{"id", source},
                             {"urge_count", summary.count},
                             {"last_urge", bj::object{{"at", domain::formatRfc3339(u.at)},
                                                      {"by", u.by},
                                                      {"note", u.note}}}});
    }
    return u;
}

std::vector<storage::SourceUrge> AlertService::urges(const std::string& source)
{
    std::lock_guard lock(m_mutex);
    return m_repo.urges(source, 200);
}

std::map<std::string, storage::UrgeSummary> AlertService::urgeSummaries()
{
    std::lock_guard lock(m_mutex);
    return m_repo.urgeSummaries();
}

AlertService::StoreCounts AlertService::storeCounts()
{
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    if (m_countsAt && now - *m_countsAt < kCountsCacheFor)
        return m_counts;
    auto scalar = [this](const char *sql) {
        storage::Statement q(m_db, sql);
        return q.step() && !q.isNull(0) ? q.int64(0) : std::int64_t{0};
    };
    m_counts.historyPoints = scalar("SELECT count(*) FROM series_points");
    m_counts.incidents = scalar("SELECT count(*) FROM incidents");
    m_counts.alerts = scalar("SELECT count(*) FROM alerts");
    // The audit log is append-only: its last id is its size.
    m_counts.auditEntries = scalar("SELECT max(id) FROM audit_log");
    m_counts.dbBytes =
        scalar("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
    m_countsAt = now;
    return m_counts;
}

bj::object AlertService::toJson(const AlertRecord& r)
{
    namespace json = protocol::json;
    return {{"id", r.id},
            {"rule_id", r.ruleId},
            {"rule_label", bj::object{{"vi", r.labelVi}, {"en", r.labelEn}}},
            {"kind", r.kind},
            {"severity", r.severity},
            {"state", r.state},
            {"series", textOrNull(r.seriesId)},
            {"source", textOrNull(r.sourceId)},
            {"unit_code", textOrNull(r.unitCode)},
            {"value", json::numberOrNull(r.value)},
            {"threshold", json::numberOrNull(r.threshold)},
            {"message", bj::object{{"vi", r.messageVi}, {"en", r.messageEn}}},
            {"raised_at", domain::formatRfc3339(r.raisedAt)},
            {"acknowledged_at", json::timeOrNull(r.acknowledgedAt)},
            {"acknowledged_by", textOrNull(r.acknowledgedBy)},
            {"ack_comment", r.acknowledgedAt ? bj::value(r.ackComment) : bj::value(nullptr)},
            {"cleared_at", json::timeOrNull(r.clearedAt)},
            {"renotify_at", json::timeOrNull(r.renotifyAt)},
            {"suggested_category", r.suggestedCategory},
            {"incident_id", r.incidentId ? bj::value(*r.incidentId) : bj::value(nullptr)},
            {"early_warning", r.earlyWarning}};
}

bj::object AlertService::toJson(const storage::SourceUrge& u)
{
    return {{"id", u.id},
            {"source", u.sourceId},
            {"at", domain::formatRfc3339(u.at)},
            {"by", u.by},
            {"note", u.note}};
}

} // namespace ioc::server
