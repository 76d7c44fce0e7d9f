// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ioc::server {

// Path parameters captured from "{name}" segments, in order.
using PathParams = std::vector<std::string>;
using Handler = std::function<HttpResponse(const HttpRequest&, const PathParams&)>;

// Maps method + path pattern ("/api/v1/series/{id}/history") to handlers. Unknown paths answer
// 404 and known paths with another method 405, both as JSON errors.
class Router
{
public:
    void add(std::string method, std::string pattern, Handler handler);
    HttpResponse dispatch(const HttpRequest& request) const;

private:
    struct Route
    {
        std::string method;
        std::vector<std::string> segments;
        Handler handler;
    };
    std::vector<Route> m_routes;
};

} // namespace ioc::server
