// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpTypes.h"

#include "ioc/protocol/Json.h"

namespace ioc::server {

std::optional<std::string_view> HttpRequest::header(std::string_view lowerName) const
{
    auto it = headers.find(std::string(lowerName));
    if (it == headers.end())
        return std::nullopt;
    return it->second;
}

std::optional<std::string_view> HttpRequest::queryParam(std::string_view name) const
{
    auto it = query.find(std::string(name));
    if (it == query.end())
        return std::nullopt;
    return it->second;
}

HttpResponse HttpResponse::json(std::string body, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::error(int status, std::string code, std::string message)
{
    return json(protocol::json::errorBody({std::move(code), std::move(message)}), status);
}

HttpResponse HttpResponse::error(int status, const protocol::Error& e)
{
    return json(protocol::json::errorBody(e), status);
}

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool decode(std::string_view in, std::string& out, bool plusIsSpace)
{
    out.clear();
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '%') {
            if (i + 2 >= in.size())
                return false;
            const int hi = hexValue(in[i + 1]), lo = hexValue(in[i + 2]);
            if (hi < 0 || lo < 0)
                return false;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return true;
}
} // namespace

bool parseTarget(std::string_view target, std::string& path, std::map<std::string, std::string>& query)
{
    const auto q = target.find('?');
    if (!decode(target.substr(0, q), path, false))
        return false;
    query.clear();
    if (q == std::string_view::npos)
        return true;
    std::string_view rest = target.substr(q + 1);
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
        if (pair.empty())
            continue;
        const auto eq = pair.find('=');
        std::string key, value;
        if (!decode(pair.substr(0, eq), key, true))
            return false;
        if (eq != std::string_view::npos && !decode(pair.substr(eq + 1), value, true))
            return false;
        query[key] = value;
    }
    return true;
}

} // namespace ioc::server
