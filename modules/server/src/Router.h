// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"
#include "auth/Access.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ioc::server {

// Path parameters captured from "{name}" segments, in order.
using PathParams = std::vector<std::string>;
using Handler = std::function<HttpResponse(const HttpRequest&, const PathParams&)>;
// Called exactly once, from any thread, with the response.
using Responder = std::function<void(HttpResponse)>;
// For handlers with slow work (Argon2id): they hand it to another executor and respond later.
// The request is not kept alive for them: copy what the work needs.
using AsyncHandler = std::function<void(const HttpRequest&, const PathParams&, Responder)>;

// Maps method + path pattern ("/api/v1/series/{id}/history") to handlers. Every route says who
// may call it (Access); the caller is request.principal, set before dispatch. Not admitted: 401
// without valid credentials, 403 with the wrong role or key. Unknown paths answer 404 and known
// paths with another method 405, all as JSON errors.
class Router
{
public:
    void add(std::string method, std::string pattern, Access access, Handler handler);
    void addAsync(std::string method, std::string pattern, Access access, AsyncHandler handler);

    void dispatch(const HttpRequest& request, Responder respond) const;
    // Waits for async handlers (tests and simple callers).
    HttpResponse dispatch(const HttpRequest& request) const;
    // The access check alone, for the WebSocket upgrade: nullopt when admitted.
    std::optional<HttpResponse> authorize(const HttpRequest& request) const;

    struct RouteInfo
    {
        std::string method;
        std::string pattern;
        Access access;
    };
    std::vector<RouteInfo> routes() const;

private:
    struct Route
    {
        std::string method;
        std::string pattern;
        std::vector<std::string> segments;
        Access access;
        Handler handler;
        AsyncHandler asyncHandler;
    };
    struct Match
    {
        const Route* route = nullptr;
        PathParams params;
        std::string allowed; // methods on a known path, for 405
        bool pathKnown = false;
    };
    Match match(const HttpRequest& request) const;
    std::vector<Route> m_routes;
};

// The 401/403 answer for a caller the access rule does not admit (nullopt when admitted).
std::optional<HttpResponse> checkAccess(const Access& access, const HttpRequest& request);

} // namespace ioc::server
