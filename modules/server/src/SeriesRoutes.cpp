// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiContext.h"
#include "Gzip.h"

#include "ioc/protocol/Json.h"
#include "ioc/protocol/Series.h"

#include <boost/json/serialize.hpp>

#include <charconv>

#include <memory>
#include <mutex>

namespace ioc::server {

namespace {

// The snapshot changes only when seq moves: encode (and compress) once per seq, however many
// consoles and walls ask.
class SnapshotCache
{
public:
    struct Entry
    {
        std::int64_t seq = -1;
        std::string etag;
        std::string json;
        std::string gzip;
    };

    std::shared_ptr<const Entry> get(LiveData& live, bool wantGzip)
    {
        std::lock_guard lock(m_mutex);
        if (!m_entry || m_entry->seq != live.lastSeq()) {
            auto snap = live.snapshot();
            auto e = std::make_shared<Entry>();
            e->seq = snap.seq;
            e->etag = "\"s" + std::to_string(snap.seq) + "\"";
            e->json = protocol::encodeSnapshot(snap);
            m_entry = std::move(e);
        }
        if (wantGzip && m_entry->gzip.empty()) {
            auto e = std::make_shared<Entry>(*m_entry);
            e->gzip = gzipCompress(e->json);
            m_entry = std::move(e);
        }
        return m_entry;
    }

private:
    std::mutex m_mutex;
    std::shared_ptr<const Entry> m_entry;
};

bool etagMatches(std::string_view ifNoneMatch, std::string_view etag)
{
    if (ifNoneMatch == "*")
        return true;
    return ifNoneMatch.find(etag) != std::string_view::npos;
}

constexpr auto kMaxHistoryRange = std::chrono::days(31);
constexpr std::int64_t kMaxHistoryBins = 10000;

HttpResponse history(ApiContext& ctx, const HttpRequest& req, const std::string& id)
{
    namespace bj = boost::json;
    // Outside an agency key's scope a series does not exist, as far as that key can tell.
    if (!ctx.live.hasSeries(id) || !req.principal->maySeeSeries(id))
        return HttpResponse::error(404, "unknown_series", "no series '" + id + "'");
    auto timeParam = [&](std::string_view name, domain::TimePoint fallback)
        -> std::optional<domain::TimePoint> {
        auto v = req.queryParam(name);
        if (!v || v->empty())
            return fallback;
        return domain::parseRfc3339(*v);
    };
    const auto now = ctx.clock.now();
    const auto to = timeParam("to", now);
    const auto from = to ? timeParam("from", *to - std::chrono::hours(1)) : std::nullopt;
    if (!to || !from)
        return HttpResponse::error(400, "bad_time", "'from' and 'to' must be RFC 3339 times");
    if (*from > *to)
        return HttpResponse::error(400, "bad_range", "'from' is after 'to'");
    if (*to - *from > kMaxHistoryRange)
        return HttpResponse::error(400, "range_too_large", "at most 31 days per request");
    std::optional<std::int64_t> step;
    if (auto s = req.queryParam("step"); s && !s->empty()) {
        std::int64_t v = 0;
        auto [p, ec] = std::from_chars(s->data(), s->data() + s->size(), v);
        if (ec != std::errc{} || p != s->data() + s->size() || v <= 0)
            return HttpResponse::error(400, "bad_step", "'step' must be a positive number of seconds");
        if (std::chrono::duration_cast<std::chrono::seconds>(*to - *from).count() / v > kMaxHistoryBins)
            return HttpResponse::error(400, "too_many_bins", "choose a larger 'step'");
        step = v;
    }
    bj::array points;
    if (step) {
        for (const auto& b : ctx.live.historyAggregate(id, *from, *to, domain::Seconds{*step}))
            points.push_back(bj::object{{"t", domain::formatRfc3339(b.start)},
                                        {"avg", b.avg()},
                                        {"min", b.min},
                                        {"max", b.max},
                                        {"count", b.count}});
    } else {
        for (const auto& p : ctx.live.history(id, *from, *to))
            points.push_back(bj::object{{"t", domain::formatRfc3339(p.t)}, {"v", p.v}});
    }
    return HttpResponse::json(bj::serialize(bj::object{
        {"id", id},
        {"from", domain::formatRfc3339(*from)},
        {"to", domain::formatRfc3339(*to)},
        {"step", step ? bj::value(*step) : bj::value(nullptr)},
        {"points", std::move(points)}}));
}

// An agency key's snapshot: only its series, encoded per request (agencies are few and poll
// rarely; the shared cache stays for the consoles and walls).
HttpResponse scopedSnapshot(ApiContext& ctx, const Principal& who)
{
    auto snap = ctx.live.snapshot();
    std::erase_if(snap.series, [&](const protocol::SeriesState& s) { return !who.maySeeSeries(s.info.id); });
    return HttpResponse::json(protocol::encodeSnapshot(snap));
}

} // namespace

void addSeriesRoutes(Router& router, ApiContext& ctx)
{
    router.add("GET", "/api/v1/domains", Access::readers(), [&ctx](const HttpRequest&, const PathParams&) {
        return HttpResponse::json(protocol::encodeDomains(ctx.catalog.domains));
    });
    router.add("GET", "/api/v1/series/{id}/history", Access::readers(),
               [&ctx](const HttpRequest& req, const PathParams& p) { return history(ctx, req, p[0]); });
    auto cache = std::make_shared<SnapshotCache>();
    router.add("GET", "/api/v1/series", Access::readers(), [&ctx, cache](const HttpRequest& req, const PathParams&) {
        if (req.principal && req.principal->kind == Principal::Kind::AgencyKey)
            return scopedSnapshot(ctx, *req.principal);
        const bool gzip = acceptsGzip(req.header("accept-encoding").value_or(""));
        const auto entry = cache->get(ctx.live, gzip);
        HttpResponse r;
        r.headers.emplace_back("ETag", entry->etag);
        r.headers.emplace_back("Vary", "Accept-Encoding");
        if (auto inm = req.header("if-none-match"); inm && etagMatches(*inm, entry->etag)) {
            r.status = 304;
            return r;
        }
        if (gzip) {
            r.body = entry->gzip;
            r.headers.emplace_back("Content-Encoding", "gzip");
        } else {
            r.body = entry->json;
        }
        return r;
    });
}

} // namespace ioc::server
