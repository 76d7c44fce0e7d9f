// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiContext.h"
#include "Gzip.h"

#include "ioc/protocol/Series.h"

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

} // namespace

void addSeriesRoutes(Router& router, ApiContext& ctx)
{
    router.add("GET", "/api/v1/domains", [&ctx](const HttpRequest&, const PathParams&) {
        return HttpResponse::json(protocol::encodeDomains(ctx.catalog.domains));
    });
    auto cache = std::make_shared<SnapshotCache>();
    router.add("GET", "/api/v1/series", [&ctx, cache](const HttpRequest& req, const PathParams&) {
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
