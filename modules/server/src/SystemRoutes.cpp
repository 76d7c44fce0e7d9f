// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiContext.h"

#include "ioc/server/Server.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

namespace ioc::server {

void addSystemRoutes(Router& router, ApiContext& ctx)
{
    router.add("GET", "/api/v1/health", Access::anyone(), [&ctx](const HttpRequest&, const PathParams&) {
        const auto uptime =
            std::chrono::duration_cast<std::chrono::seconds>(ctx.clock.now() - ctx.startedAt);
        return HttpResponse::json(boost::json::serialize(boost::json::object{
            {"status", "ok"},
            {"version", version()},
            {"uptime_s", uptime.count()},
            {"seq", ctx.live.lastSeq()},
            {"series", ctx.catalog.series.size()},
            {"stream_clients", ctx.streamClients.load()},
        }));
    });
    // The stream itself is a WebSocket upgrade, handled in HttpSession, which asks the router
    // for this route's access rule; a plain GET is told to upgrade.
    router.add("GET", "/api/v1/stream", Access::readers(), [](const HttpRequest&, const PathParams&) {
        auto r = HttpResponse::error(426, "upgrade_required", "/api/v1/stream is a WebSocket");
        r.headers.emplace_back("Upgrade", "websocket");
        return r;
    });
}

} // namespace ioc::server
