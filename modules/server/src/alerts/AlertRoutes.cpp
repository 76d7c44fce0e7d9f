// SPDX-License-Identifier: GPL-3.0-or-later
// The alert API of issue 9 (docs/api.md "Alerts"): alerts and their acknowledgement, alert ->
// incident, the rules, forecasts, urging a source, and the centre's own health.
#include "../ApiContext.h"
#include "../Log.h"
#include "../incidents/IncidentJson.h"
#include "../incidents/RequestActor.h"
#include "AlertService.h"

#include "ioc/protocol/Json.h"
#include "ioc/server/Server.h"

#include <boost/json/serialize.hpp>

#include <charconv>

namespace ioc::server {

namespace bj = boost::json;

namespace {
constexpr std::int64_t kDefaultHorizonS = 3600;
constexpr std::int64_t kMaxHorizonS = 2 * 86400;

std::optional<std::int64_t> wholeNumber(std::string_view s)
{
    std::int64_t v = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || ptr != s.data() + s.size())
        return std::nullopt;
    return v;
}

HttpResponse fail(const AlertError& e)
{
    return HttpResponse::error(e.status, e.code, e.message);
}

// A JSON object body (an empty body counts as {}), or the 400 that says why not.
std::variant<bj::object, HttpResponse> bodyObject(const HttpRequest& request)
{
    if (request.body.find_first_not_of(" \t\r\n") == std::string::npos)
        return bj::object{};
    auto v = protocol::json::parse(request.body);
    if (!v)
        return HttpResponse::error(400, v.error());
    if (!v->is_object())
        return HttpResponse::error(400, "bad_request", "the body must be a JSON object");
    return v->get_object();
}

// An optional string field; a wrong type is a 400.
std::variant<std::string, HttpResponse> optionalText(const bj::object& o, std::string_view key)
{
    auto it = o.find(key);
    if (it == o.end() || it->value().is_null())
        return std::string();
    if (!it->value().is_string())
        return HttpResponse::error(400, "bad_field", "'" + std::string(key) + "' must be a string");
    return std::string(it->value().get_string());
}

using AlertHandler = HttpResponse (*)(ApiContext&, const HttpRequest&, const PathParams&,
                                      const domain::Actor *);

// People only where a person acts (the router already refused the rest); storage failures are
// a 500 that changed nothing, never a crash.
Handler guarded(ApiContext& ctx, AlertHandler handler, bool needsPerson)
{
    return [&ctx, handler, needsPerson](const HttpRequest& r, const PathParams& p) {
        auto actor = requestActor(r);
        if (needsPerson && !actor)
            return HttpResponse::error(403, "role_not_allowed",
                                       "alerts are worked by people, not keys");
        try {
            return handler(ctx, r, p, actor ? &*actor : nullptr);
        } catch (const std::exception& e) {
            log(LogLevel::Error, "alert_storage_failed",
                {{"request_id", r.requestId}, {"error", e.what()}});
            return HttpResponse::error(
                500, "storage_failed",
                "the alert store could not be read or written; nothing was changed");
        }
    };
}

HttpResponse listAlerts(ApiContext& ctx, const HttpRequest& r, const PathParams&,
                        const domain::Actor *)
{
    storage::AlertFilter filter;
    const auto state = r.queryParam("state").value_or("all");
    if (state == "active" || state == "acknowledged" || state == "cleared")
        filter.state = std::string(state);
    else if (state != "all")
        return HttpResponse::error(400, "bad_query",
                                   "'state' must be active, acknowledged, cleared or all");
    if (auto s = r.queryParam("severity")) {
        auto n = wholeNumber(*s);
        if (!n || *n < 1 || *n > 4)
            return HttpResponse::error(400, "bad_query", "'severity' must be 1 to 4");
        filter.severity = static_cast<int>(*n);
    }
    // The seq first: a client that applies stream messages after it misses nothing.
    const auto seq = ctx.live.lastSeq();
    bj::array items;
    for (const auto& a : ctx.alerts->list(filter))
        items.push_back(AlertService::toJson(a));
    return HttpResponse::json(
        bj::serialize(bj::object{{"seq", seq}, {"alerts", std::move(items)}}));
}

std::optional<std::int64_t> alertId(const PathParams& p)
{
    return wholeNumber(p[0]);
}

HttpResponse acknowledge(ApiContext& ctx, const HttpRequest& r, const PathParams& p,
                         const domain::Actor *actor)
{
    auto id = alertId(p);
    if (!id)
        return HttpResponse::error(404, "unknown_alert", "no alert '" + p[0] + "'");
    auto body = bodyObject(r);
    if (auto *e = std::get_if<HttpResponse>(&body))
        return *e;
    auto comment = optionalText(std::get<bj::object>(body), "comment");
    if (auto *e = std::get_if<HttpResponse>(&comment))
        return *e;
    auto outcome = ctx.alerts->acknowledge(*id, std::get<std::string>(comment), *actor);
    if (const auto *e = std::get_if<AlertError>(&outcome))
        return fail(*e);
    return HttpResponse::json(
        bj::serialize(AlertService::toJson(std::get<storage::AlertRecord>(outcome))));
}

HttpResponse makeIncident(ApiContext& ctx, const HttpRequest&, const PathParams& p,
                          const domain::Actor *actor)
{
    auto id = alertId(p);
    if (!id)
        return HttpResponse::error(404, "unknown_alert", "no alert '" + p[0] + "'");
    auto outcome = ctx.alerts->toIncident(*id, *actor);
    if (const auto *e = std::get_if<AlertError>(&outcome))
        return fail(*e);
    const auto& created = std::get<CreateOutcome>(outcome);
    auto& svc = *ctx.incidents;
    auto response =
        HttpResponse::json(bj::serialize(incidentDetailJson(created.detail, svc.categories(),
                                                            svc.units(), *actor, svc.now())),
                           created.replayed ? 200 : 201);
    response.headers.emplace_back("Location", "/api/v1/incidents/" +
                                                  std::to_string(created.detail.incident.id));
    if (created.replayed)
        response.headers.emplace_back("Idempotent-Replayed", "true");
    return response;
}

HttpResponse getRules(ApiContext& ctx, const HttpRequest&, const PathParams&, const domain::Actor *)
{
    return HttpResponse::json(bj::serialize(alertRulesJson(ctx.alerts->rules())));
}

HttpResponse putRules(ApiContext& ctx, const HttpRequest& r, const PathParams&,
                      const domain::Actor *actor)
{
    auto outcome = ctx.alerts->replaceRules(r.body, *actor);
    if (const auto *e = std::get_if<AlertError>(&outcome))
        return fail(*e);
    return HttpResponse::json(bj::serialize(alertRulesJson(std::get<AlertRuleSet>(outcome))));
}

HttpResponse forecast(ApiContext& ctx, const HttpRequest& r, const PathParams& p,
                      const domain::Actor *)
{
    const std::string& series = p[0];
    if (!ctx.alerts->isForecastable(series))
        return HttpResponse::error(404, "not_forecastable",
                                   "series '" + series + "' is not marked forecastable");
    std::int64_t horizon = kDefaultHorizonS;
    if (auto h = r.queryParam("horizon_s")) {
        auto n = wholeNumber(*h);
        if (!n || *n < 60 || *n > kMaxHorizonS)
            return HttpResponse::error(400, "bad_query", "'horizon_s' must be 60 to 172800");
        horizon = *n;
    }
    const auto now = ctx.clock.now();
    bj::object out{
        {"series", series}, {"horizon_s", horizon}, {"generated_at", domain::formatRfc3339(now)}};
    bj::array points;
    if (auto f = ctx.alerts->forecast(series, domain::Seconds{horizon})) {
        out["method"] = f->method;
        out["step_s"] = f->step.count();
        for (std::size_t i = 0; i < f->points.size(); ++i) {
            const auto& fp = f->points[i];
            points.push_back(bj::object{
                {"t", domain::formatRfc3339(f->firstAt + f->step * static_cast<std::int64_t>(i))},
                {"value", fp.value},
                {"lower", fp.lower},
                {"upper", fp.upper}});
        }
    } else {
        out["method"] = "insufficient_history"; // fewer than four recent values
    }
    out["points"] = std::move(points);
    return HttpResponse::json(bj::serialize(out));
}

HttpResponse urge(ApiContext& ctx, const HttpRequest& r, const PathParams& p,
                  const domain::Actor *actor)
{
    auto body = bodyObject(r);
    if (auto *e = std::get_if<HttpResponse>(&body))
        return *e;
    auto note = optionalText(std::get<bj::object>(body), "note");
    if (auto *e = std::get_if<HttpResponse>(&note))
        return *e;
    if (std::get<std::string>(note).find_first_not_of(" \t\r\n") == std::string::npos)
        return HttpResponse::error(400, "note_required", "say what the unit was told in 'note'");
    auto outcome = ctx.alerts->urge(p[0], std::get<std::string>(note), *actor);
    if (const auto *e = std::get_if<AlertError>(&outcome))
        return fail(*e);
    return HttpResponse::json(
        bj::serialize(AlertService::toJson(std::get<storage::SourceUrge>(outcome))), 201);
}

HttpResponse urgeList(ApiContext& ctx, const HttpRequest&, const PathParams& p,
                      const domain::Actor *)
{
    if (!ctx.catalog.source(p[0]))
        return HttpResponse::error(404, "unknown_source", "no source '" + p[0] + "' is configured");
    bj::array items;
    for (const auto& u : ctx.alerts->urges(p[0]))
        items.push_back(AlertService::toJson(u));
    return HttpResponse::json(bj::serialize(bj::object{{"urges", std::move(items)}}));
}

HttpResponse systemView(ApiContext& ctx, const HttpRequest&, const PathParams&,
                        const domain::Actor *)
{
    const auto now = ctx.clock.now();
    bj::array connectors;
    for (const auto& report : ctx.quality.reports())
        for (const auto& c : report.connectors)
            connectors.push_back(bj::object{
                {"id", c.id},
                {"kind", c.kind},
                {"source", report.id},
                {"state", std::string(toString(c.state))},
                {"last_error", c.lastError.empty() ? bj::value(nullptr) : bj::value(c.lastError)},
                {"last_error_at", protocol::json::timeOrNull(c.lastErrorAt)},
                {"last_success_at", protocol::json::timeOrNull(c.lastSuccessAt)}});
    const auto counts = ctx.alerts->storeCounts();
    const auto uptime = std::chrono::duration_cast<std::chrono::seconds>(now - ctx.startedAt);
    return HttpResponse::json(
        bj::serialize(bj::object{{"version", version()},
                                 {"started_at", domain::formatRfc3339(ctx.startedAt)},
                                 {"uptime_s", uptime.count()},
                                 {"clients_connected", ctx.streamClients.load()},
                                 {"connectors", std::move(connectors)},
                                 {"store", bj::object{{"series", ctx.catalog.series.size()},
                                                      {"history_points", counts.historyPoints},
                                                      {"db_bytes", counts.dbBytes},
                                                      {"incidents", counts.incidents},
                                                      {"alerts", counts.alerts},
                                                      {"audit_entries", counts.auditEntries}}}}));
}
} // namespace

void addAlertRoutes(Router& router, ApiContext& ctx)
{
    const Access people = Access::people();
    const Access workers{Caller::Officer, Caller::Supervisor}; // as incidents: they make them
    router.add("GET", "/api/v1/alerts", people, guarded(ctx, listAlerts, false));
    router.add("POST", "/api/v1/alerts/{id}/acknowledge", Access::operators(),
               guarded(ctx, acknowledge, true));
    router.add("POST", "/api/v1/alerts/{id}/incident", workers, guarded(ctx, makeIncident, true));
    router.add("GET", "/api/v1/alert-rules", people, guarded(ctx, getRules, false));
    router.add("PUT", "/api/v1/alert-rules", Access::supervisors(), guarded(ctx, putRules, true));
    router.add("GET", "/api/v1/series/{id}/forecast", people, guarded(ctx, forecast, false));
    router.add("POST", "/api/v1/sources/{id}/urge", Access::operators(), guarded(ctx, urge, true));
    router.add("GET", "/api/v1/sources/{id}/urges", people, guarded(ctx, urgeList, false));
    router.add("GET", "/api/v1/system", people, guarded(ctx, systemView, false));
}

} // namespace ioc::server
