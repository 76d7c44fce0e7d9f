// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

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

void Router::add(std::string method, std::string pattern, Handler handler)
{
    m_routes.push_back({std::move(method), split(pattern), std::move(handler)});
}

HttpResponse Router::dispatch(const HttpRequest& request) const
{
    const auto segments = split(request.path);
    bool pathKnown = false;
    std::string allowed;
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
        pathKnown = true;
        if (route.method == request.method ||
            (request.method == "HEAD" && route.method == "GET"))
            return route.handler(request, params);
        allowed += allowed.empty() ? route.method : ", " + route.method;
    }
    if (pathKnown) {
        auto r = HttpResponse::error(405, "method_not_allowed",
                                     request.method + " is not allowed on " + request.path);
        r.headers.emplace_back("Allow", allowed);
        return r;
    }
    return HttpResponse::error(404, "not_found", "no such resource: " + request.path);
}

} // namespace ioc::server
