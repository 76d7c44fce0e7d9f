// SPDX-License-Identifier: GPL-3.0-or-later
// Login, logout, the current user, user administration and the audit log (docs/security.md).
#include "ApiContext.h"
#include "Log.h"

#include <boost/asio/post.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <charconv>

namespace ioc::server {

namespace bj = boost::json;

namespace {

HttpResponse failure(const AuthFailure& f)
{
    auto r = HttpResponse::error(f.status, f.code, f.message);
    if (f.retryAfter.count() > 0)
        r.headers.emplace_back("Retry-After", std::to_string(f.retryAfter.count()));
    return r;
}

std::optional<bj::object> bodyObject(const HttpRequest& req)
{
    boost::system::error_code ec;
    auto v = bj::parse(req.body, ec);
    if (ec || !v.is_object())
        return std::nullopt;
    return v.as_object();
}

std::optional<std::string> stringField(const bj::object& o, std::string_view name)
{
    auto it = o.find(name);
    if (it == o.end() || !it->value().is_string())
        return std::nullopt;
    return std::string(it->value().as_string());
}

bj::object userJson(const storage::UserRecord& u)
{
    return {{"id", u.id},
            {"username", u.username},
            {"display_name", u.displayName},
            {"role", std::string(domain::toString(u.role))},
            {"disabled", u.disabled},
            {"demo", u.demo}};
}

HttpResponse badBody(const char* what)
{
    return HttpResponse::error(400, "bad_request", what);
}

void login(ApiContext& ctx, const HttpRequest& req, Responder respond)
{
    auto body = bodyObject(req);
    auto username = body ? stringField(*body, "username") : std::nullopt;
    auto password = body ? stringField(*body, "password") : std::nullopt;
    if (!username || !password || username->empty())
        return respond(badBody("expected {\"username\": \"…\", \"password\": \"…\"}"));
    boost::asio::post(ctx.auth.slowPool(), [&ctx, u = std::move(*username), p = std::move(*password),
                                            remote = req.remote, respond = std::move(respond)] {
        auto outcome = ctx.auth.login(u, p, remote);
        if (auto* f = std::get_if<AuthFailure>(&outcome))
            return respond(failure(*f));
        const auto& ok = std::get<LoginSuccess>(outcome);
        respond(HttpResponse::json(bj::serialize(bj::object{
            {"token", ok.token},
            {"token_type", "Bearer"},
            {"role", std::string(domain::toString(ok.user.role))},
            {"expires_at", domain::formatRfc3339(ok.expiresAt)},
            {"username", ok.user.username},
            {"display_name", ok.user.displayName},
            {"demo", ok.user.demo}})));
    });
}

HttpResponse me(const HttpRequest& req)
{
    const auto& p = *req.principal;
    return HttpResponse::json(bj::serialize(bj::object{
        {"username", p.username},
        {"display_name", p.displayName},
        {"role", std::string(domain::toString(p.role))},
        {"expires_at", domain::formatRfc3339(p.expiresAt)},
        {"demo", p.demo}}));
}

void createUser(ApiContext& ctx, const HttpRequest& req, Responder respond)
{
    auto body = bodyObject(req);
    auto username = body ? stringField(*body, "username") : std::nullopt;
    auto role = body ? stringField(*body, "role") : std::nullopt;
    auto password = body ? stringField(*body, "password") : std::nullopt;
    auto name = body ? stringField(*body, "display_name") : std::nullopt;
    if (!username || !role || !password)
        return respond(badBody("expected username, role, password and optionally display_name"));
    boost::asio::post(ctx.auth.slowPool(), [&ctx, actor = *req.principal, remote = req.remote,
                                            u = std::move(*username), r = std::move(*role),
                                            p = std::move(*password), n = name.value_or(""),
                                            respond = std::move(respond)] {
        auto outcome = ctx.auth.createUser(actor, u, n, r, p, remote);
        if (auto* f = std::get_if<AuthFailure>(&outcome))
            return respond(failure(*f));
        respond(HttpResponse::json(bj::serialize(userJson(std::get<storage::UserRecord>(outcome))), 201));
    });
}

HttpResponse updateUser(ApiContext& ctx, const HttpRequest& req, const std::string& username)
{
    auto body = bodyObject(req);
    if (!body)
        return badBody("expected a JSON object");
    std::optional<bool> disabled;
    if (auto it = body->find("disabled"); it != body->end()) {
        if (!it->value().is_bool())
            return badBody("'disabled' must be true or false");
        disabled = it->value().as_bool();
    }
    auto role = stringField(*body, "role");
    auto name = stringField(*body, "display_name");
    if (!disabled && !role && !name)
        return badBody("nothing to change: send disabled, role or display_name");
    auto outcome = ctx.auth.updateUser(*req.principal, username, disabled, role, name, req.remote);
    if (auto* f = std::get_if<AuthFailure>(&outcome))
        return failure(*f);
    return HttpResponse::json(bj::serialize(userJson(std::get<storage::UserRecord>(outcome))));
}

void resetPassword(ApiContext& ctx, const HttpRequest& req, const std::string& username,
                   Responder respond)
{
    auto body = bodyObject(req);
    auto password = body ? stringField(*body, "password") : std::nullopt;
    if (!password)
        return respond(badBody("expected {\"password\": \"…\"}"));
    boost::asio::post(ctx.auth.slowPool(), [&ctx, actor = *req.principal, remote = req.remote,
                                            username, p = std::move(*password),
                                            respond = std::move(respond)] {
        if (auto f = ctx.auth.resetPassword(actor, username, p, remote))
            return respond(failure(*f));
        respond(HttpResponse::json(bj::serialize(bj::object{{"username", username}, {"password_reset", true}})));
    });
}

HttpResponse audit(ApiContext& ctx, const HttpRequest& req)
{
    AuditQuery q;
    q.actor = std::string(req.queryParam("actor").value_or(""));
    q.action = std::string(req.queryParam("action").value_or(""));
    for (auto [name, out] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
        if (auto v = req.queryParam(name); v && !v->empty()) {
            *out = domain::parseRfc3339(*v);
            if (!*out)
                return HttpResponse::error(400, "bad_time", "'from' and 'to' must be RFC 3339 times");
        }
    }
    if (auto v = req.queryParam("limit"); v && !v->empty()) {
        int n = 0;
        auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
        if (ec != std::errc{} || p != v->data() + v->size() || n < 1 || n > 1000)
            return HttpResponse::error(400, "bad_limit", "'limit' must be 1 to 1000");
        q.limit = n;
    }
    const auto verify = req.queryParam("verify");
    if (verify && *verify != "true" && *verify != "false")
        return HttpResponse::error(400, "bad_verify", "'verify' must be true or false");
    bj::array entries;
    for (const auto& e : ctx.auth.searchAudit(q)) {
        boost::system::error_code ec;
        auto details = bj::parse(e.details, ec);
        entries.push_back(bj::object{{"id", e.id},
                                     {"at", domain::formatRfc3339(e.at)},
                                     {"actor", e.actor},
                                     {"role", e.role},
                                     {"action", e.action},
                                     {"target", e.target},
                                     {"details", ec ? bj::value(e.details) : details},
                                     {"hash", e.hash}});
    }
    bj::object out{{"entries", std::move(entries)}};
    if (verify && *verify == "true") {
        const auto v = ctx.auth.verifyAudit();
        out["verification"] = bj::object{
            {"ok", v.ok},
            {"entries", v.entries},
            {"first_broken_id", v.firstBrokenId ? bj::value(*v.firstBrokenId) : bj::value(nullptr)},
            {"reason", v.reason}};
    }
    return HttpResponse::json(bj::serialize(out));
}

} // namespace

void addAuthRoutes(Router& router, ApiContext& ctx)
{
    router.addAsync("POST", "/api/v1/login", Access::anyone(),
                    [&ctx](const HttpRequest& req, const PathParams&, Responder respond) {
                        login(ctx, req, std::move(respond));
                    });
    router.add("POST", "/api/v1/logout", Access::people(), [&ctx](const HttpRequest& req, const PathParams&) {
        ctx.auth.logout(*req.principal, req.remote);
        return HttpResponse::json("{\"logged_out\":true}");
    });
    router.add("GET", "/api/v1/me", Access::people(),
               [](const HttpRequest& req, const PathParams&) { return me(req); });
    router.add("GET", "/api/v1/users", Access::admins(), [&ctx](const HttpRequest&, const PathParams&) {
        bj::array list;
        for (const auto& u : ctx.auth.users())
            list.push_back(userJson(u));
        return HttpResponse::json(bj::serialize(bj::object{{"users", std::move(list)}}));
    });
    router.addAsync("POST", "/api/v1/users", Access::admins(),
                    [&ctx](const HttpRequest& req, const PathParams&, Responder respond) {
                        createUser(ctx, req, std::move(respond));
                    });
    router.add("PATCH", "/api/v1/users/{username}", Access::admins(),
               [&ctx](const HttpRequest& req, const PathParams& p) { return updateUser(ctx, req, p[0]); });
    router.addAsync("POST", "/api/v1/users/{username}/password", Access::admins(),
                    [&ctx](const HttpRequest& req, const PathParams& p, Responder respond) {
                        resetPassword(ctx, req, p[0], std::move(respond));
                    });
    router.add("GET", "/api/v1/audit", Access::supervisors(),
               [&ctx](const HttpRequest& req, const PathParams&) { return audit(ctx, req); });
}

} // namespace ioc::server
