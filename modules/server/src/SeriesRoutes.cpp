// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiContext.h"

#include "ioc/protocol/Series.h"

namespace ioc::server {

void addSeriesRoutes(Router& router, ApiContext& ctx)
{
    router.add("GET", "/api/v1/domains", [&ctx](const HttpRequest&, const PathParams&) {
        return HttpResponse::json(protocol::encodeDomains(ctx.catalog.domains));
    });
    router.add("GET", "/api/v1/series", [&ctx](const HttpRequest&, const PathParams&) {
        return HttpResponse::json(protocol::encodeSnapshot(ctx.live.snapshot()));
    });
}

} // namespace ioc::server
