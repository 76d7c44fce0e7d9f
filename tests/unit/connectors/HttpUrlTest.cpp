// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/HttpUrl.h"

#include <gtest/gtest.h>

using namespace ioc::server;

TEST(HttpUrl, PlainWithDefaults)
{
    auto u = parseHttpUrl("http://lgsp.haiphong.gov.vn");
    ASSERT_TRUE(u);
    EXPECT_FALSE(u->tls);
    EXPECT_EQ(u->host, "lgsp.haiphong.gov.vn");
    EXPECT_EQ(u->port, "80");
    EXPECT_EQ(u->target, "/");
    EXPECT_EQ(u->hostHeader(), "lgsp.haiphong.gov.vn");
}

TEST(HttpUrl, HttpsWithPortPathAndQuery)
{
    auto u = parseHttpUrl("https://10.0.0.5:8443/api/v1/levels?station=cam&x=1");
    ASSERT_TRUE(u);
    EXPECT_TRUE(u->tls);
    EXPECT_EQ(u->host, "10.0.0.5");
    EXPECT_EQ(u->port, "8443");
    EXPECT_EQ(u->target, "/api/v1/levels?station=cam&x=1");
    EXPECT_EQ(u->hostHeader(), "10.0.0.5:8443");
}

TEST(HttpUrl, Ipv6AndQueryWithoutPath)
{
    auto u = parseHttpUrl("http://[::1]:8080?a=b");
    ASSERT_TRUE(u);
    EXPECT_EQ(u->host, "::1");
    EXPECT_EQ(u->port, "8080");
    EXPECT_EQ(u->target, "/?a=b");
    EXPECT_EQ(u->hostHeader(), "[::1]:8080");
}

TEST(HttpUrl, Refused)
{
    for (const char *bad : {"ftp://x/", "http://", "http://:80/", "http://h:0/", "http://h:65536/",
                            "http://h:x/", "http://h:/", "http://u:p@h/", "http://h/a b",
                            "http://h/#frag", "http://[::1/", "//h/", "h/x"})
        EXPECT_FALSE(parseHttpUrl(bad)) << bad;
}
