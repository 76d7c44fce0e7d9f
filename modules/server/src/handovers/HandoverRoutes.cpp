// SPDX-License-Identifier: GPL-3.0-or-later
// The shift handover API of issue 6 (docs/api.md "Shift handover"). Who asks comes from the login
// session; what they may do is decided by modules/domain (HandoverRules), so a refusal answers 403
// (who) or 409 (state) with the rule's error code.
#include "../ApiContext.h"
#include "../Log.h"
#include "../incidents/RequestActor.h"
#include "HandoverJson.h"
#include "HandoverService.h"

#include "ioc/protocol/Json.h"

#include <boost/json/serialize.hpp>

#include <charconv>

namespace ioc::server {

namespace bj = boost::json;

namespace {
// A missed shift stays on the console's header for a day (three shifts), so every supervisor
// coming on sees it; the audit log keeps it for good.
constexpr domain::Seconds kMissingShownFor = std::chrono::hours(24);

using HandoverHandler = HttpResponse (*)(ApiContext&, const HttpRequest&, const PathParams&,
                                         const domain::Actor&);

std::optional<std::int64_t> idOf(const std::string& text)
{
    std::int64_t id = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || p != text.data() + text.size())
        return std::nullopt;
    return id;
}

HttpResponse fail(const HandoverError& e)
{
    return HttpResponse::error(e.status, e.code, e.message);
}

HttpResponse unknown(const std::string& id)
{
    return HttpResponse::error(404, "unknown_handover", "no handover '" + id + "'");
}

HttpResponse detail(ApiContext& ctx, const HandoverOutcome<storage::HandoverRecord>& o,
                    int status = 200)
{
    if (const auto *e = std::get_if<HandoverError>(&o))
        return fail(*e);
    return HttpResponse::json(bj::serialize(handoverDetailJson(
                                  ctx.handovers->config(), std::get<storage::HandoverRecord>(o))),
                              status);
}

std::variant<bj::object, HttpResponse> bodyObject(const HttpRequest& request)
{
    auto v = protocol::json::parse(request.body);
    if (!v)
        return HttpResponse::error(400, v.error());
    if (!v->is_object())
        return HttpResponse::error(400, "bad_request", "the body must be a JSON object");
    return v->get_object();
}

HttpResponse currentShift(ApiContext& ctx, const HttpRequest&, const PathParams&,
                          const domain::Actor&)
{
    const auto& config = ctx.handovers->config();
    const auto now = ctx.handovers->now();
    const auto shift = config.rota.shiftAt(now);
    const auto next = config.rota.next(shift);
    bj::array missing;
    for (const auto& m : ctx.handovers->stillMissing(kMissingShownFor))
        missing.push_back(missedHandoverJson(config, m));
    return HttpResponse::json(bj::serialize(
        bj::object{{"now", domain::formatRfc3339(now)},
                   {"shift", shiftJson(config, shift)},
                   {"duty", dutyJson(config.rota.duty(shift))},
                   {"next_shift", shiftJson(config, next)},
                   {"next_duty", dutyJson(config.rota.duty(next))},
                   {"draft_from", domain::formatRfc3339(shift.end - config.draftLead)},
                   {"escalate_after_s", config.escalateAfter.count()},
                   {"missing_handovers", std::move(missing)}}));
}

HttpResponse draft(ApiContext& ctx, const HttpRequest& r, const PathParams&, const domain::Actor&)
{
    std::optional<ShiftChoice> choice;
    const auto shift = r.queryParam("shift"), date = r.queryParam("date");
    if (shift || date) {
        if (!shift || !date)
            return HttpResponse::error(400, "bad_query",
                                       "give both 'shift' and 'date', or neither");
        choice = ShiftChoice{std::string(*shift), std::string(*date)};
    }
    auto outcome = ctx.handovers->draft(choice, {});
    if (const auto *e = std::get_if<HandoverError>(&outcome))
        return fail(*e);
    return HttpResponse::json(bj::serialize(draftJson(
        ctx.handovers->config(), std::get<HandoverDraft>(outcome), ctx.handovers->now())));
}

HttpResponse sign(ApiContext& ctx, const HttpRequest& r, const PathParams&,
                  const domain::Actor& actor)
{
    auto request = parseSignRequest(r.body);
    if (!request)
        return HttpResponse::error(400, request.error());
    auto outcome = ctx.handovers->sign(*request, actor);
    auto response = detail(ctx, outcome, 201);
    if (const auto *h = std::get_if<storage::HandoverRecord>(&outcome))
        response.headers.emplace_back("Location", "/api/v1/handovers/" + std::to_string(h->id));
    return response;
}

HttpResponse list(ApiContext& ctx, const HttpRequest& r, const PathParams&, const domain::Actor&)
{
    auto filter = parseHandoverFilter(r.query);
    if (!filter)
        return HttpResponse::error(400, filter.error());
    const auto seq = ctx.live.lastSeq();
    bj::array items;
    for (const auto& h : ctx.handovers->list(*filter))
        items.push_back(handoverSummaryJson(ctx.handovers->config(), h));
    return HttpResponse::json(
        bj::serialize(bj::object{{"seq", seq}, {"handovers", std::move(items)}}));
}

HttpResponse getOne(ApiContext& ctx, const HttpRequest&, const PathParams& p, const domain::Actor&)
{
    auto id = idOf(p[0]);
    return id ? detail(ctx, ctx.handovers->get(*id)) : unknown(p[0]);
}

HttpResponse acknowledge(ApiContext& ctx, const HttpRequest& r, const PathParams& p,
                         const domain::Actor& actor)
{
    // The body first: a malformed request is 400 whatever the handover.
    auto request = parseAckRequest(r.body);
    if (!request)
        return HttpResponse::error(400, request.error());
    if (request->keys.empty() && !request->all)
        return HttpResponse::error(400, "bad_request",
                                   "send 'items' (every open item's key) or 'all' with 'confirm'");
    auto id = idOf(p[0]);
    if (!id)
        return unknown(p[0]);
    return detail(ctx, ctx.handovers->acknowledge(*id, *request, actor));
}

HttpResponse query(ApiContext& ctx, const HttpRequest& r, const PathParams& p,
                   const domain::Actor& actor)
{
    auto o = bodyObject(r);
    if (auto *e = std::get_if<HttpResponse>(&o))
        return *e;
    const auto& obj = std::get<bj::object>(o);
    auto item = protocol::json::requireString(obj, "item");
    if (!item)
        return HttpResponse::error(400, item.error());
    const auto comment = protocol::json::optionalString(obj, "comment").value_or("");
    auto id = idOf(p[0]);
    if (!id)
        return unknown(p[0]);
    return detail(ctx, ctx.handovers->query(*id, *item, comment, actor), 201);
}

HttpResponse answer(ApiContext& ctx, const HttpRequest& r, const PathParams& p,
                    const domain::Actor& actor)
{
    auto o = bodyObject(r);
    if (auto *e = std::get_if<HttpResponse>(&o))
        return *e;
    const auto text =
        protocol::json::optionalString(std::get<bj::object>(o), "answer").value_or("");
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        return HttpResponse::error(400, "answer_required", "the answer must not be empty");
    auto id = idOf(p[0]);
    auto queryId = idOf(p[1]);
    if (!id)
        return unknown(p[0]);
    if (!queryId)
        return HttpResponse::error(404, "unknown_query", "no query '" + p[1] + "'");
    return detail(ctx, ctx.handovers->answer(*id, *queryId, text, actor));
}

HttpResponse annotate(ApiContext& ctx, const HttpRequest& r, const PathParams& p,
                      const domain::Actor& actor)
{
    auto o = bodyObject(r);
    if (auto *e = std::get_if<HttpResponse>(&o))
        return *e;
    const auto text = protocol::json::optionalString(std::get<bj::object>(o), "text").value_or("");
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        return HttpResponse::error(400, "text_required", "the annotation must not be empty");
    auto id = idOf(p[0]);
    if (!id)
        return unknown(p[0]);
    return detail(ctx, ctx.handovers->annotate(*id, text, actor), 201);
}

HttpResponse listOrders(ApiContext& ctx, const HttpRequest& r, const PathParams&,
                        const domain::Actor&)
{
    const auto active = r.queryParam("active").value_or("true");
    if (active != "true" && active != "false")
        return HttpResponse::error(400, "bad_query", "'active' must be true or false");
    const auto now = ctx.handovers->now();
    bj::array items;
    for (const auto& o : ctx.handovers->standingOrders(active == "true"))
        items.push_back(standingOrderJson(o, now));
    return HttpResponse::json(bj::serialize(bj::object{{"standing_orders", std::move(items)}}));
}

HttpResponse orderResponse(ApiContext& ctx, const HandoverOutcome<storage::StandingOrderRecord>& o,
                           int status)
{
    if (const auto *e = std::get_if<HandoverError>(&o))
        return fail(*e);
    return HttpResponse::json(bj::serialize(standingOrderJson(
                                  std::get<storage::StandingOrderRecord>(o), ctx.handovers->now())),
                              status);
}

HttpResponse createOrder(ApiContext& ctx, const HttpRequest& r, const PathParams&,
                         const domain::Actor& actor)
{
    auto order = parseNewStandingOrder(r.body, ctx.handovers->now());
    if (!order)
        return HttpResponse::error(400, order.error());
    return orderResponse(ctx, ctx.handovers->createStandingOrder(*order, actor), 201);
}

HttpResponse endOrder(ApiContext& ctx, const HttpRequest&, const PathParams& p,
                      const domain::Actor& actor)
{
    auto id = idOf(p[0]);
    if (!id)
        return HttpResponse::error(404, "unknown_standing_order",
                                   "no standing order '" + p[0] + "'");
    return orderResponse(ctx, ctx.handovers->endStandingOrder(*id, actor), 200);
}

// The router already refused callers without a login (401); an API key is no person either.
Handler withActor(ApiContext& ctx, HandoverHandler handler)
{
    return [&ctx, handler](const HttpRequest& r, const PathParams& p) {
        auto actor = requestActor(r);
        if (!actor)
            return HttpResponse::error(403, "role_not_allowed",
                                       "shifts are handed over by people, not keys");
        try {
            return handler(ctx, r, p, *actor);
        } catch (const std::exception& e) {
            // A failing disk must not take the server down: the transaction was rolled back.
            log(LogLevel::Error, "handover_storage_failed",
                {{"request_id", r.requestId}, {"error", e.what()}});
            return HttpResponse::error(
                500, "storage_failed",
                "the handover log could not be read or written; nothing was changed");
        }
    };
}
} // namespace

void addHandoverRoutes(Router& router, ApiContext& ctx)
{
    // Readers: the people who work the centre (walls only display). Officers and supervisors act;
    // which of them may do what is HandoverRules' decision (403/409 with its codes).
    const Access readers{Caller::Officer, Caller::Supervisor, Caller::Admin};
    const Access workers{Caller::Officer, Caller::Supervisor};
    const Access supervisors{Caller::Supervisor};
    router.add("GET", "/api/v1/shifts/current", Access::people(), withActor(ctx, currentShift));
    router.add("GET", "/api/v1/handovers/draft", workers, withActor(ctx, draft));
    router.add("GET", "/api/v1/handovers", readers, withActor(ctx, list));
    router.add("POST", "/api/v1/handovers", workers, withActor(ctx, sign));
    router.add("GET", "/api/v1/handovers/{id}", readers, withActor(ctx, getOne));
    router.add("POST", "/api/v1/handovers/{id}/acknowledge", workers, withActor(ctx, acknowledge));
    router.add("POST", "/api/v1/handovers/{id}/queries", workers, withActor(ctx, query));
    router.add("POST", "/api/v1/handovers/{id}/queries/{query}/answer", workers,
               withActor(ctx, answer));
    router.add("POST", "/api/v1/handovers/{id}/annotations", supervisors, withActor(ctx, annotate));
    router.add("GET", "/api/v1/standing-orders", readers, withActor(ctx, listOrders));
    router.add("POST", "/api/v1/standing-orders", supervisors, withActor(ctx, createOrder));
    router.add("DELETE", "/api/v1/standing-orders/{id}", supervisors, withActor(ctx, endOrder));
}

} // namespace ioc::server
