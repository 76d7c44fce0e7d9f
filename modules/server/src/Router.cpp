// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

#include <future>

namespace ioc::server {

namespace {
std::vector<std::string> split(std::string_view path)
{
    std::vector<std::string> out;
    while (!path.empty()) {
        if (path.front() == '/') {
            path.remove_prefix(1);
            continue;
        }
        const auto slash = path.find('/');
        out.emplace_back(path.substr(0, slash));
        path = slash == std::string_view::npos ? std::string_view{} : path.substr(slash);
    }
    return out;
}

bool isParam(const std::string& segment)
{
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}
} // namespace

std::optional<HttpResponse> checkAccess(const Access& access, const HttpRequest& request)
{
    if (access.admits(request.principal))
        return std::nullopt;
    if (!request.principal) {
        const bool keyOnly = !access.admits(Caller::Officer) && !access.admits(Caller::Supervisor) &&
                             !access.admits(Caller::Wall) && !access.admits(Caller::Admin);
        auto r = request.authError ? HttpResponse::error(401, *request.authError)
                 : keyOnly ? HttpResponse::error(401, "missing_api_key", "send the key in X-Api-Key")
                           : HttpResponse::error(401, "unauthenticated",
                                                 "log in (Authorization: Bearer TOKEN) or send an API key");
        r.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"iocd\"");
        return r;
    }
    return HttpResponse::error(403, "forbidden",
                               "not allowed for " + request.principal->roleName());
}

void Router::add(std::string method, std::string pattern, Access access, Handler handler)
{
    auto segments = split(pattern);
    m_routes.push_back({std::move(method), std::move(pattern), std::move(segments), access,
                        std::move(handler), {}});
}

void Router::addAsync(std::string method, std::string pattern, Access access, AsyncHandler handler)
{
    auto segments = split(pattern);
    m_routes.push_back({std::move(method), std::move(pattern), std::move(segments), access, {},
                        std::move(handler)});
}

Router::Match Router::match(const HttpRequest& request) const
{
    Match out;
    const auto segments = split(request.path);
    for (const auto& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        PathParams params;
        bool match = true;
        for (std::size_t i = 0; i < segments.size() && match; ++i) {
            if (isParam(route.segments[i]))
                params.push_back(segments[i]);
            else
                match = route.segments[i] == segments[i];
        }
        if (!match)
            continue;
        out.pathKnown = true;
        if (route.method == request.method || (request.method == "HEAD" && route.method == "GET")) {
            out.route = &route;
            out.params = std::move(params);
            return out;
        }
        out.allowed += out.allowed.empty() ? route.method : ", " + route.method;
    }
    return out;
}

std::optional<HttpResponse> Router::authorize(const HttpRequest& request) const
{
    auto m = match(request);
    if (!m.route)
        return HttpResponse::error(404, "not_found", "no such resource: " + request.path);
    return checkAccess(m.route->access, request);
}

void Router::dispatch(const HttpRequest& request, Responder respond) const
{
    auto m = match(request);
    if (m.route) {
        if (auto denied = checkAccess(m.route->access, request))
            return respond(std::move(*denied));
        if (m.route->asyncHandler)
            return m.route->asyncHandler(request, m.params, std::move(respond));
        return respond(m.route->handler(request, m.params));
    }
    if (m.pathKnown) {
        auto r = HttpResponse::error(405, "method_not_allowed",
                                     request.method + " is not allowed on " + request.path);
        r.headers.emplace_back("Allow", m.allowed);
        return respond(std::move(r));
    }
    respond(HttpResponse::error(404, "not_found", "no such resource: " + request.path));
}

HttpResponse Router::dispatch(const HttpRequest& request) const
{
    auto promise = std::make_shared<std::promise<HttpResponse>>();
    auto future = promise->get_future();
    dispatch(request, [promise](HttpResponse r) { promise->set_value(std::move(r)); });
    return future.get();
}

std::vector<Router::RouteInfo> Router::routes() const
{
    std::vector<RouteInfo> out;
    for (const auto& r : m_routes)
        out.push_back({r.method, r.pattern, r.access});
    return out;
}

} // namespace ioc::server
