// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Principal.h"

#include "ioc/protocol/Result.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Plain request/response types so route handlers stay free of Beast templates (compile time,
// and handlers can be unit-tested without sockets).
namespace ioc::server {

struct HttpRequest
{
    std::string method; // "GET", "POST", …
    std::string target; // as sent: path and query
    std::string path;   // percent-decoded path without the query
    std::map<std::string, std::string> query;
    std::map<std::string, std::string> headers; // names in lower case
    std::string body;
    std::string remote;
    std::string requestId;
    // Set by authentication before routing (auth/Principal.h); empty for anonymous requests.
    std::optional<Principal> principal;
    // Why credentials that were sent were refused (invalid_token, token_expired, bad_api_key):
    // the Router answers 401 with it when the route needs a principal.
    std::optional<protocol::Error> authError;

    std::optional<std::string_view> header(std::string_view lowerName) const;
    std::optional<std::string_view> queryParam(std::string_view name) const;
};

struct HttpResponse
{
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;

    static HttpResponse json(std::string body, int status = 200);
    static HttpResponse error(int status, std::string code, std::string message);
    static HttpResponse error(int status, const protocol::Error& e);
};

// Splits "/a/b?x=1&y=%C4%91" into path and decoded query. Returns false on bad escapes.
bool parseTarget(std::string_view target, std::string& path, std::map<std::string, std::string>& query);

} // namespace ioc::server
