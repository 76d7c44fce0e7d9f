// SPDX-License-Identifier: GPL-3.0-or-later
// The incident API of issue 5 (docs/api.md "Incidents"). Who asks comes from the login session
// (request.principal); what they may do is decided by the lifecycle in modules/domain, so a
// refusal answers 403 (role) or 409 (state) with the lifecycle's error code.
#include "../ApiContext.h"
#include "../Log.h"
#include "IncidentJson.h"
#include "IncidentService.h"
#include "RequestActor.h"

#include "ioc/protocol/Json.h"

#include <boost/json/serialize.hpp>

namespace ioc::server {

namespace bj = boost::json;

namespace {
constexpr std::size_t kMaxIdempotencyKey = 200;

std::optional<domain::Actor> actorOf(const HttpRequest& request)
{
    return requestActor(request);
}

HttpResponse fail(const IncidentError& e)
{
    return HttpResponse::error(e.status, e.code, e.message);
}

HttpResponse detailResponse(ApiContext& ctx, const IncidentOutcome<IncidentDetail>& outcome,
                            const domain::Actor& actor, int status = 200)
{
    if (const auto *e = std::get_if<IncidentError>(&outcome))
        return fail(*e);
    auto& svc = *ctx.incidents;
    return HttpResponse::json(
        bj::serialize(incidentDetailJson(std::get<IncidentDetail>(outcome), svc.categories(),
                                         svc.units(), actor, svc.now())),
        status);
}

// A JSON body's object, or the 400 that says why not.
std::variant<bj::object, HttpResponse> bodyObject(const HttpRequest& request)
{
    auto v = protocol::json::parse(request.body);
    if (!v)
        return HttpResponse::error(400, v.error());
    if (!v->is_object())
        return HttpResponse::error(400, "bad_request", "the body must be a JSON object");
    return v->get_object();
}

HttpResponse listIncidents(ApiContext& ctx, const HttpRequest& request, const PathParams&,
                           const domain::Actor&)
{
    auto filter = parseIncidentFilter(request.query);
    if (!filter)
        return HttpResponse::error(400, filter.error());
    // The seq first: a client that applies stream messages after it misses nothing.
    const auto seq = ctx.live.lastSeq();
    const auto page = ctx.incidents->list(*filter);
    const auto now = ctx.incidents->now();
    bj::array items;
    for (const auto& r : page.items)
        items.push_back(incidentSummaryJson(r, ctx.incidents->units(), now));
    return HttpResponse::json(bj::serialize(bj::object{{"seq", seq},
                                                       {"page", filter->page},
                                                       {"page_size", filter->pageSize},
                                                       {"has_more", page.hasMore},
                                                       {"incidents", std::move(items)}}));
}

HttpResponse createIncident(ApiContext& ctx, const HttpRequest& request, const PathParams&,
                            const domain::Actor& actor)
{
    const auto key = request.header("idempotency-key");
    if (!key || key->empty() || key->size() > kMaxIdempotencyKey)
        return HttpResponse::error(
            400, "idempotency_key_required",
            "send a client-generated Idempotency-Key header (at most 200 bytes) "
            "so a retried create never duplicates");
    auto draft = parseNewIncident(request.body);
    if (!draft)
        return HttpResponse::error(400, draft.error());
    if (!draft->severityGiven)
        if (const auto *c = ctx.incidents->categories().find(draft->incident.category))
            draft->incident.severity = c->defaultSeverity;
    auto outcome = ctx.incidents->create(draft->incident, std::string(*key), actor);
    if (const auto *e = std::get_if<IncidentError>(&outcome))
        return fail(*e);
    const auto& created = std::get<CreateOutcome>(outcome);
    auto response = detailResponse(ctx, created.detail, actor, created.replayed ? 200 : 201);
    response.headers.emplace_back("Location", "/api/v1/incidents/" +
                                                  std::to_string(created.detail.incident.id));
    if (created.replayed)
        response.headers.emplace_back("Idempotent-Replayed", "true");
    return response;
}

HttpResponse transition(ApiContext& ctx, const HttpRequest& request, const PathParams& p,
                        const domain::Actor& actor)
{
    const std::string& id = p[0];
    auto t = parseTransitionRequest(request.body);
    if (!t)
        return HttpResponse::error(400, t.error());
    return detailResponse(
        ctx, ctx.incidents->transition(id, t->action, t->comment, t->skipped, actor), actor);
}

HttpResponse note(ApiContext& ctx, const HttpRequest& request, const PathParams& p,
                  const domain::Actor& actor)
{
    const std::string& id = p[0];
    auto o = bodyObject(request);
    if (auto *r = std::get_if<HttpResponse>(&o))
        return *r;
    auto text = protocol::json::requireString(std::get<bj::object>(o), "text");
    if (!text)
        return HttpResponse::error(400, text.error());
    return detailResponse(ctx, ctx.incidents->addNote(id, *text, actor), actor);
}

HttpResponse assign(ApiContext& ctx, const HttpRequest& request, const PathParams& p,
                    const domain::Actor& actor)
{
    const std::string& id = p[0];
    auto o = bodyObject(request);
    if (auto *r = std::get_if<HttpResponse>(&o))
        return *r;
    const auto& obj = std::get<bj::object>(o);
    auto it = obj.find("assignee");
    if (it == obj.end() || !(it->value().is_string() || it->value().is_null()))
        return HttpResponse::error(400, "bad_field", "'assignee' must be a user name or null");
    const std::string assignee = it->value().is_null() ? "" : std::string(it->value().get_string());
    return detailResponse(ctx, ctx.incidents->assign(id, assignee, actor), actor);
}

HttpResponse forward(ApiContext& ctx, const HttpRequest& request, const PathParams& p,
                     const domain::Actor& actor)
{
    const std::string& id = p[0];
    auto f = parseNewForward(request.body);
    if (!f)
        return HttpResponse::error(400, f.error());
    return detailResponse(ctx, ctx.incidents->forward(id, *f, actor), actor);
}

HttpResponse answer(ApiContext& ctx, const HttpRequest& request, const PathParams& p,
                    const domain::Actor& actor)
{
    std::int64_t forwardId = 0;
    try {
        std::size_t used = 0;
        forwardId = std::stoll(p[1], &used);
        if (used != p[1].size())
            throw std::invalid_argument("trailing");
    } catch (const std::exception&) {
        return HttpResponse::error(404, "unknown_forward", "no forward '" + p[1] + "'");
    }
    auto o = bodyObject(request);
    if (auto *r = std::get_if<HttpResponse>(&o))
        return *r;
    auto text = protocol::json::requireString(std::get<bj::object>(o), "answer");
    if (!text)
        return HttpResponse::error(400, text.error());
    return detailResponse(ctx, ctx.incidents->recordAnswer(p[0], forwardId, *text, actor), actor);
}

HttpResponse tick(ApiContext& ctx, const HttpRequest& request, const PathParams& p,
                  const domain::Actor& actor)
{
    auto o = bodyObject(request);
    if (auto *r = std::get_if<HttpResponse>(&o))
        return *r;
    const auto& obj = std::get<bj::object>(o);
    auto it = obj.find("done");
    if (it == obj.end() || !it->value().is_bool())
        return HttpResponse::error(400, "bad_field", "'done' must be true or false");
    return detailResponse(ctx, ctx.incidents->tickStep(p[0], p[1], it->value().get_bool(), actor),
                          actor);
}

using IncidentHandler = HttpResponse (*)(ApiContext&, const HttpRequest&, const PathParams&,
                                         const domain::Actor&);

// The router already refused callers without a login (401); an API key is no person either.
Handler withActor(ApiContext& ctx, IncidentHandler handler)
{
    return [&ctx, handler](const HttpRequest& r, const PathParams& p) {
        auto actor = actorOf(r);
        if (!actor)
            return HttpResponse::error(403, "role_not_allowed",
                                       "incidents are worked by people, not keys");
        try {
            return handler(ctx, r, p, *actor);
        } catch (const std::exception& e) {
            // A failing disk must not take the server down: the transaction was rolled back.
            log(LogLevel::Error, "incident_storage_failed",
                {{"request_id", r.requestId}, {"error", e.what()}});
            return HttpResponse::error(500, "storage_failed",
                                       "the incident log could not be read or written; nothing "
                                       "was changed");
        }
    };
}

HttpResponse summary(ApiContext& ctx, const HttpRequest& r, const PathParams&, const domain::Actor&)
{
    const bool drills = r.queryParam("include_drills").value_or("false") == "true";
    const auto c = ctx.incidents->counts(drills);
    return HttpResponse::json(bj::serialize(bj::object{{"open", c.open},
                                                       {"overdue", c.overdue},
                                                       {"awaiting_approval", c.awaitingApproval},
                                                       {"include_drills", drills}}));
}

HttpResponse getIncident(ApiContext& ctx, const HttpRequest&, const PathParams& p,
                         const domain::Actor& actor)
{
    return detailResponse(ctx, ctx.incidents->get(p[0]), actor);
}

HttpResponse categories(ApiContext& ctx, const HttpRequest&, const PathParams&,
                        const domain::Actor&)
{
    return HttpResponse::json(bj::serialize(categoriesJson(ctx.incidents->categories())));
}

HttpResponse assigneeList(ApiContext& ctx, const HttpRequest&, const PathParams&,
                          const domain::Actor&)
{
    bj::array list;
    for (const auto& u : ctx.incidents->assignees())
        list.push_back(bj::object{{"username", u.username},
                                  {"display_name", u.displayName},
                                  {"role", domain::toString(u.role)}});
    return HttpResponse::json(bj::serialize(bj::object{{"assignees", std::move(list)}}));
}

HttpResponse unitList(ApiContext& ctx, const HttpRequest&, const PathParams&, const domain::Actor&)
{
    return HttpResponse::json(bj::serialize(unitsJson(ctx.incidents->units())));
}
} // namespace

void addIncidentRoutes(Router& router, ApiContext& ctx)
{
    // Everyone logged in reads; officers and supervisors change (walls display, admins manage
    // users). What each of those may do next is the lifecycle's decision (403 with its codes).
    const Access people = Access::people();
    const Access workers{Caller::Officer, Caller::Supervisor};
    router.add("GET", "/api/v1/incidents", people, withActor(ctx, listIncidents));
    router.add("POST", "/api/v1/incidents", workers, withActor(ctx, createIncident));
    // Before "{id}": the first matching pattern wins.
    router.add("GET", "/api/v1/incidents/summary", people, withActor(ctx, summary));
    router.add("GET", "/api/v1/incidents/{id}", people, withActor(ctx, getIncident));
    router.add("POST", "/api/v1/incidents/{id}/transitions", workers, withActor(ctx, transition));
    router.add("POST", "/api/v1/incidents/{id}/notes", workers, withActor(ctx, note));
    router.add("POST", "/api/v1/incidents/{id}/assign", workers, withActor(ctx, assign));
    router.add("POST", "/api/v1/incidents/{id}/forward", workers, withActor(ctx, forward));
    router.add("POST", "/api/v1/incidents/{id}/forwards/{forward}/answer", workers,
               withActor(ctx, answer));
    router.add("POST", "/api/v1/incidents/{id}/checklist/{step}", workers, withActor(ctx, tick));
    router.add("GET", "/api/v1/incident-categories", people, withActor(ctx, categories));
    router.add("GET", "/api/v1/units", people, withActor(ctx, unitList));
    router.add("GET", "/api/v1/incident-assignees", people, withActor(ctx, assigneeList));
}

} // namespace ioc::server
