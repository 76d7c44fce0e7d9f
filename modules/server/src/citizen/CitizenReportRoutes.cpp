// SPDX-License-Identifier: GPL-3.0-or-later
// The citizen report API of issue 13 (docs/api.md "Citizen reports"): intake and public status
// for channel systems (their own X-Api-Key, one channel each), triage for officers and
// supervisors, figures for leaders. Decisions are the domain's (modules/domain CitizenReport).
#include "../ApiContext.h"
#include "../Log.h"
#include "../incidents/RequestActor.h"
#include "CitizenReportJson.h"
#include "CitizenReportService.h"

#include <boost/json/serialize.hpp>

#include <charconv>

namespace ioc::server {

namespace bj = boost::json;

namespace {
HttpResponse fail(const ReportError& e)
{
    return HttpResponse::error(e.status, e.code, e.message);
}

std::optional<std::int64_t> idParam(const std::string& text)
{
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || p != text.data() + text.size() || v <= 0)
        return std::nullopt;
    return v;
}

HttpResponse unknown(const std::string& id)
{
    return HttpResponse::error(404, "unknown_report", "no citizen report '" + id + "'");
}

// Contact details are for the people who may call the citizen back.
bool mayseeContact(const HttpRequest& r)
{
    return r.principal && (r.principal->isUser(domain::Role::Officer) ||
                           r.principal->isUser(domain::Role::Supervisor));
}

HttpResponse detailResponse(ApiContext& ctx, const ReportOutcome<ReportDetail>& outcome,
                            const HttpRequest& r, int status = 200)
{
    if (const auto *e = std::get_if<ReportError>(&outcome))
        return fail(*e);
    return HttpResponse::json(
        bj::serialize(reportDetailJson(std::get<ReportDetail>(outcome), ctx.citizenReports->units(),
                                       mayseeContact(r))),
        status);
}

HttpResponse intake(ApiContext& ctx, const HttpRequest& r, const PathParams&)
{
    auto& svc = *ctx.citizenReports;
    const std::string channel = r.principal->channel();
    auto parsed = parseIntake(r.body, channel, svc.now(), svc.options().limits);
    if (auto *e = std::get_if<ReportError>(&parsed))
        return fail(*e);
    auto outcome = svc.intake(std::move(std::get<IntakeRequest>(parsed)), r.principal->actor(),
                              r.principal->roleName());
    if (auto *e = std::get_if<ReportError>(&outcome))
        return fail(*e);
    const auto& made = std::get<IntakeOutcome>(outcome);
    // The channel gets what it may see: the id and the public status.
    auto response = HttpResponse::json(bj::serialize(publicStatusJson(made.detail.report)),
                                       made.replayed ? 200 : 201);
    response.headers.emplace_back("Location", "/api/v1/citizen-reports/" +
                                                  std::to_string(made.detail.report.id));
    if (made.replayed)
        response.headers.emplace_back("Idempotent-Replayed", "true");
    return response;
}

HttpResponse list(ApiContext& ctx, const HttpRequest& r, const PathParams&)
{
    auto filter = parseReportFilter(r.query);
    if (auto *e = std::get_if<ReportError>(&filter))
        return fail(*e);
    const auto seq = ctx.live.lastSeq(); // first: stream messages after it are not missed
    const auto q = ctx.citizenReports->queue(std::get<storage::ReportFilter>(filter));
    bj::array items;
    for (const auto& item : q.items)
        items.push_back(reportSummaryJson(item, ctx.citizenReports->units(), mayseeContact(r)));
    bj::array groups;
    for (const auto& g : q.groups) {
        bj::array ids;
        for (auto id : g)
            ids.push_back(id);
        groups.push_back(std::move(ids));
    }
    return HttpResponse::json(bj::serialize(
        bj::object{{"seq", seq}, {"reports", std::move(items)}, {"groups", std::move(groups)}}));
}

HttpResponse detail(ApiContext& ctx, const HttpRequest& r, const PathParams& p)
{
    auto id = idParam(p[0]);
    if (!id)
        return unknown(p[0]);
    return detailResponse(ctx, ctx.citizenReports->get(*id), r);
}

HttpResponse act(ApiContext& ctx, const HttpRequest& r, const PathParams& p)
{
    auto actor = requestActor(r);
    if (!actor)
        return HttpResponse::error(403, "role_not_allowed",
                                   "reports are worked by people, not keys");
    auto id = idParam(p[0]);
    if (!id)
        return unknown(p[0]);
    auto q = parseReportAction(r.body);
    if (auto *e = std::get_if<ReportError>(&q))
        return fail(*e);
    return detailResponse(
        ctx, ctx.citizenReports->act(*id, std::get<ReportActionRequest>(q), *actor), r);
}

HttpResponse publicStatus(ApiContext& ctx, const HttpRequest& r, const PathParams& p)
{
    auto id = idParam(p[0]);
    if (!id)
        return unknown(p[0]);
    auto rec = ctx.citizenReports->forChannel(*id, r.principal->channel());
    if (auto *e = std::get_if<ReportError>(&rec))
        return fail(*e);
    return HttpResponse::json(
        bj::serialize(publicStatusJson(std::get<storage::CitizenReportRecord>(rec))));
}

HttpResponse photo(ApiContext& ctx, const PathParams& p, bool thumbnail)
{
    auto id = idParam(p[0]);
    auto position = idParam(p[1]);
    if (!id || !position || *position > 100)
        return HttpResponse::error(404, "unknown_photo", "no such photo");
    auto file = ctx.citizenReports->photoFile(*id, static_cast<int>(*position), thumbnail);
    if (!file)
        return HttpResponse::error(404, "unknown_photo", "no such photo");
    auto bytes = readWholeFile(file->first);
    if (!bytes)
        return HttpResponse::error(500, "photo_unreadable", "the photo file cannot be read");
    HttpResponse response;
    response.contentType = file->second;
    response.body = std::move(*bytes);
    // Content-addressed: a photo never changes.
    response.headers.emplace_back("Cache-Control", "private, max-age=86400, immutable");
    return response;
}

HttpResponse stats(ApiContext& ctx, const HttpRequest& r, const PathParams&)
{
    const auto now = ctx.citizenReports->now();
    domain::TimePoint from = now - std::chrono::days(30), to = now;
    for (auto [key, target] : {std::pair{"from", &from}, {"to", &to}})
        if (auto text = r.queryParam(key)) {
            auto t = domain::parseRfc3339(*text);
            if (!t)
                return HttpResponse::error(400, "bad_time",
                                           "'" + std::string(key) + "' must be an RFC 3339 time");
            *target = *t;
        }
    if (to <= from)
        return HttpResponse::error(400, "bad_range", "'to' must be after 'from'");
    return HttpResponse::json(bj::serialize(reportStatsJson(
        ctx.citizenReports->stats(from, to), from, to, ctx.citizenReports->units())));
}

using ReportHandler = HttpResponse (*)(ApiContext&, const HttpRequest&, const PathParams&);

// A failing disk must not take the server down: the transaction was rolled back.
Handler guarded(ApiContext& ctx, ReportHandler handler)
{
    return [&ctx, handler](const HttpRequest& r, const PathParams& p) {
        try {
            return handler(ctx, r, p);
        } catch (const std::exception& e) {
            log(LogLevel::Error, "citizen_report_storage_failed",
                {{"request_id", r.requestId}, {"error", e.what()}});
            return HttpResponse::error(500, "storage_failed",
                                       "citizen reports could not be read or written; nothing was "
                                       "changed");
        }
    };
}
} // namespace

void addCitizenReportRoutes(Router& router, ApiContext& ctx)
{
    const Access people = Access::people();
    const Access workers{Caller::Officer, Caller::Supervisor};
    const Access channels = Access::channelKeys();
    router.add("POST", "/api/v1/citizen-reports", channels, guarded(ctx, intake));
    router.add("GET", "/api/v1/citizen-reports", people, guarded(ctx, list));
    // Before "{id}": the first matching pattern wins.
    router.add("GET", "/api/v1/citizen-reports/stats", people, guarded(ctx, stats));
    router.add("GET", "/api/v1/citizen-reports/{id}", people, guarded(ctx, detail));
    router.add("POST", "/api/v1/citizen-reports/{id}/actions", workers, guarded(ctx, act));
    router.add("GET", "/api/v1/citizen-reports/{id}/public-status", channels,
               guarded(ctx, publicStatus));
    router.add("GET", "/api/v1/citizen-reports/{id}/photos/{photo}", people,
               guarded(ctx, [](ApiContext& c, const HttpRequest&, const PathParams& p) {
                   return photo(c, p, false);
               }));
    router.add("GET", "/api/v1/citizen-reports/{id}/photos/{photo}/thumbnail", people,
               guarded(ctx, [](ApiContext& c, const HttpRequest&, const PathParams& p) {
                   return photo(c, p, true);
               }));
    router.add(
        "GET", "/api/v1/citizen-report-categories",
        {Caller::Officer, Caller::Supervisor, Caller::Wall, Caller::Admin, Caller::ChannelKey},
        [](const HttpRequest&, const PathParams&) {
            return HttpResponse::json(bj::serialize(reportCategoriesJson()));
        });
}

} // namespace ioc::server
