// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiContext.h"
#include "Log.h"

#include <boost/json/serialize.hpp>

namespace ioc::server {

namespace bj = boost::json;

// Only registered with --demo: lets a presenter trigger the storm that the simulator knows.
void addDemoRoutes(Router& router, ApiContext& ctx)
{
    router.add("GET", "/api/v1/demo/scenarios", Access::people(), [&ctx](const HttpRequest&, const PathParams&) {
        const auto active = ctx.simulator->activeScenario();
        bj::array list;
        for (const auto& sc : ctx.catalog.scenarios) {
            bj::object o{{"id", sc.id},
                         {"label", bj::object{{"vi", sc.label.vi}, {"en", sc.label.en}}},
                         {"duration_s", sc.durationS},
                         {"active", active && active->id == sc.id}};
            if (active && active->id == sc.id)
                o["ends_at"] = domain::formatRfc3339(active->endsAt);
            list.push_back(std::move(o));
        }
        return HttpResponse::json(bj::serialize(bj::object{{"scenarios", std::move(list)}}));
    });
    router.add("POST", "/api/v1/demo/scenarios/{id}", Access::operators(), [&ctx](const HttpRequest& req, const PathParams& p) {
        if (!ctx.simulator->startScenario(p[0]))
            return HttpResponse::error(404, "unknown_scenario", "no scenario '" + p[0] + "'");
        log(LogLevel::Info, "scenario_started", {{"id", p[0]}, {"remote", req.remote}});
        const auto active = ctx.simulator->activeScenario();
        return HttpResponse::json(bj::serialize(bj::object{
            {"id", p[0]}, {"ends_at", active ? domain::formatRfc3339(active->endsAt) : ""}}));
    });
    router.add("DELETE", "/api/v1/demo/scenarios/{id}", Access::operators(), [&ctx](const HttpRequest&, const PathParams& p) {
        const auto active = ctx.simulator->activeScenario();
        if (!active || active->id != p[0])
            return HttpResponse::error(409, "not_running", "scenario '" + p[0] + "' is not running");
        ctx.simulator->stopScenario();
        return HttpResponse::json(bj::serialize(bj::object{{"id", p[0]}, {"stopped", true}}));
    });
}

} // namespace ioc::server
