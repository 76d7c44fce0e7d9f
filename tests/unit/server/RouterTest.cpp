// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

#include <gtest/gtest.h>

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
    router.add("GET", "/api/v1/series/{id}/history", [](const HttpRequest&, const PathParams& p) {
        return HttpResponse::json("\"" + p.at(0) + "\"");
    });
    auto r = router.dispatch(req("GET", "/api/v1/series/air.aqi/history?from=1"));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, "\"air.aqi\"");
}

TEST(Router, UnknownPathIs404AndWrongMethodIs405WithJsonErrors)
{
    Router router;
    router.add("GET", "/api/v1/series", [](const HttpRequest&, const PathParams&) {
        return HttpResponse::json("{}");
    });
    auto notFound = router.dispatch(req("GET", "/api/v1/nothing"));
    EXPECT_EQ(notFound.status, 404);
    EXPECT_NE(notFound.body.find("\"code\":\"not_found\""), std::string::npos);
    auto wrong = router.dispatch(req("DELETE", "/api/v1/series"));
    EXPECT_EQ(wrong.status, 405);
    EXPECT_NE(wrong.body.find("\"error\""), std::string::npos);
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
