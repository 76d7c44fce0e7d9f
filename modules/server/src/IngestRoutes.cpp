// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiContext.h"
#include "Log.h"

#include "ioc/domain/Freshness.h"
#include "ioc/protocol/Json.h"

#include <boost/json/serialize.hpp>

#include <algorithm>

namespace ioc::server {

namespace bj = boost::json;

namespace {
int statusFor(const protocol::Error& e)
{
    if (e.code == "forbidden_source")
        return 403;
    if (e.code == "unknown_source")
        return 404;
    if (e.code == "too_many_points")
        return 413;
    return 400;
}

bj::object toJson(const SourceQualityReport& r, const SourceInfo& info, domain::TimePoint now)
{
    bj::object reasons;
    for (const auto& [k, v] : r.rejectedByReason)
        reasons[k] = v;
    const auto status =
        domain::classifyFreshness(r.lastReceivedAt, now, domain::Seconds{r.expectedIntervalS});
    return {{"id", r.id},
            {"label", bj::object{{"vi", info.label.vi}, {"en", info.label.en}}},
            {"kind", info.kind},
            {"expected_interval_s", r.expectedIntervalS},
            {"last_received_at", protocol::json::timeOrNull(r.lastReceivedAt)},
            {"status", std::string(domain::toString(status))},
            {"lateness_s", r.latenessS},
            {"gaps", r.gaps},
            {"accepted", r.accepted},
            {"rejected", r.rejected},
            {"rejected_by_reason", std::move(reasons)},
            {"last_rejection", r.lastRejection.empty() ? bj::value(nullptr) : bj::value(r.lastRejection)},
            {"connectors", connectorsToJson(r.connectors)}};
}
} // namespace

void addIngestRoutes(Router& router, ApiContext& ctx)
{
    // The key (X-Api-Key) was checked before routing; its principal carries the sources it
    // may push for.
    router.add("POST", "/api/v1/ingest", Access::sourceKeys(), [&ctx](const HttpRequest& req, const PathParams&) {
        auto outcome = ctx.ingest.ingestJson(
            req.body, [&](std::string_view source) { return req.principal->mayIngest(source); });
        if (!outcome) {
            log(LogLevel::Warning, "ingest_refused",
                {{"remote", req.remote}, {"id", req.requestId}, {"code", outcome.error().code},
                 {"message", outcome.error().message}});
            return HttpResponse::error(statusFor(outcome.error()), outcome.error());
        }
        if (outcome->rejected > 0)
            log(LogLevel::Warning, "ingest_points_rejected",
                {{"source", outcome->source}, {"id", req.requestId},
                 {"accepted", std::to_string(outcome->accepted)},
                 {"rejected", std::to_string(outcome->rejected)}});
        // 200 even when some points were refused: the per-point verdicts say which and why.
        return HttpResponse::json(encodeIngestOutcome(*outcome));
    });

    router.add("GET", "/api/v1/sources", Access::people(), [&ctx](const HttpRequest&, const PathParams&) {
        const auto now = ctx.clock.now();
        auto reports = ctx.quality.reports();
        // Overdue first (the units to chase, regulation 14.2), the latest first among them.
        std::stable_sort(reports.begin(), reports.end(), [](const auto& a, const auto& b) {
            return a.latenessS > b.latenessS;
        });
        const auto urges = ctx.alerts ? ctx.alerts->urgeSummaries()
                                      : std::map<std::string, storage::UrgeSummary>{};
        bj::array out;
        for (const auto& r : reports) {
            const auto* info = ctx.catalog.source(r.id);
            if (!info)
                continue;
            auto o = toJson(r, *info, now);
            const auto u = urges.find(r.id);
            o["urge_count"] = u == urges.end() ? 0 : u->second.count;
            if (u != urges.end() && u->second.last)
                o["last_urge"] = bj::object{{"at", domain::formatRfc3339(u->second.last->at)},
                                            {"by", u->second.last->by},
                                            {"note", u->second.last->note}};
            else
                o["last_urge"] = nullptr;
            out.push_back(std::move(o));
        }
        return HttpResponse::json(bj::serialize(bj::object{{"sources", std::move(out)}}));
    });
}

} // namespace ioc::server
