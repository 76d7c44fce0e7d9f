// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

#include <gtest/gtest.h>

#include <thread>

using namespace ioc::server;

namespace {
HttpRequest req(std::string method, std::string target)
{
    HttpRequest r;
    r.method = std::move(method);
    r.target = target;
    EXPECT_TRUE(parseTarget(target, r.path, r.query));
    return r;
}
} // namespace

TEST(Router, MatchesPathParameters)
{
    Router router;
    router.add("GET", "/api/v1/series/{id}/history", Access::anyone(), [](const HttpRequest&, const PathParams& p) {
        return HttpResponse::json("\"" + p.at(0) + "\"");
    });
    auto r = router.dispatch(req("GET", "/api/v1/series/air.aqi/history?from=1"));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, "\"air.aqi\"");
}

TEST(Router, UnknownPathIs404AndWrongMethodIs405WithJsonErrors)
{
    Router router;
    router.add("GET", "/api/v1/series", Access::anyone(), [](const HttpRequest&, const PathParams&) {
        return HttpResponse::json("{}");
    });
    auto notFound = router.dispatch(req("GET", "/api/v1/nothing"));
    EXPECT_EQ(notFound.status, 404);
    EXPECT_NE(notFound.body.find("\"code\":\"not_found\""), std::string::npos);
    auto wrong = router.dispatch(req("DELETE", "/api/v1/series"));
    EXPECT_EQ(wrong.status, 405);
    EXPECT_NE(wrong.body.find("\"error\""), std::string::npos);
}

TEST(Router, AccessRuleGives401WithoutCredentialsAnd403ForTheWrongRole)
{
    Router router;
    router.add("GET", "/api/v1/users", Access::admins(), [](const HttpRequest&, const PathParams&) {
        return HttpResponse::json("[]");
    });
    auto anonymous = req("GET", "/api/v1/users");
    EXPECT_EQ(router.dispatch(anonymous).status, 401);
    anonymous.authError = ioc::protocol::Error{"token_expired", "expired"};
    auto expired = router.dispatch(anonymous);
    EXPECT_EQ(expired.status, 401);
    EXPECT_NE(expired.body.find("token_expired"), std::string::npos);

    auto officer = req("GET", "/api/v1/users");
    officer.principal = Principal{};
    officer.principal->role = ioc::domain::Role::Officer;
    EXPECT_EQ(router.dispatch(officer).status, 403);
    auto admin = officer;
    admin.principal->role = ioc::domain::Role::Admin;
    EXPECT_EQ(router.dispatch(admin).status, 200);
    auto agency = officer;
    agency.principal->kind = Principal::Kind::AgencyKey;
    EXPECT_EQ(router.dispatch(agency).status, 403);
}

TEST(Router, AsyncHandlersAnswerLater)
{
    Router router;
    router.addAsync("POST", "/api/v1/login", Access::anyone(),
                    [](const HttpRequest&, const PathParams&, Responder respond) {
                        std::thread([respond] { respond(HttpResponse::json("{}", 201)); }).detach();
                    });
    EXPECT_EQ(router.dispatch(req("POST", "/api/v1/login")).status, 201);
}

TEST(ParseTarget, DecodesQueryAndRejectsBadEscapes)
{
    std::string path;
    std::map<std::string, std::string> q;
    ASSERT_TRUE(parseTarget("/a%20b?q=%C4%90%E1%BB%93+S%C6%A1n&x", path, q));
    EXPECT_EQ(path, "/a b");
    EXPECT_EQ(q["q"], "Đồ Sơn");
    EXPECT_EQ(q["x"], "");
    EXPECT_FALSE(parseTarget("/a?q=%G1", path, q));
    EXPECT_FALSE(parseTarget("/a?q=%4", path, q));
}
