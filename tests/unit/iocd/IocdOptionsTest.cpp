// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocdOptions.h"

#include <gtest/gtest.h>

#include <cstdlib>

using namespace ioc::app;

TEST(IocdOptions, DefaultsServeOnLoopback8686)
{
    auto cl = parseIocdCommandLine({});
    EXPECT_EQ(cl.action, IocdCommandLine::Action::Serve);
    EXPECT_EQ(cl.server.address, "127.0.0.1");
    EXPECT_EQ(cl.server.port, 8686);
    EXPECT_FALSE(cl.server.demo);
}

TEST(IocdOptions, ParsesEveryOption)
{
    auto cl = parseIocdCommandLine(
        {"--listen", "0.0.0.0:9000", "--data-dir", "/var/lib/iocd", "--demo", "--threads", "4"});
    ASSERT_EQ(cl.action, IocdCommandLine::Action::Serve) << cl.error;
    EXPECT_EQ(cl.server.address, "0.0.0.0");
    EXPECT_EQ(cl.server.port, 9000);
    EXPECT_EQ(cl.server.dataDir, "/var/lib/iocd");
    EXPECT_TRUE(cl.server.demo);
    EXPECT_EQ(cl.server.threads, 4);
    EXPECT_EQ(parseIocdCommandLine({"--listen", "[::1]:0"}).server.address, "::1");
}

TEST(IocdOptions, HelpAndVersion)
{
    EXPECT_EQ(parseIocdCommandLine({"--help"}).action, IocdCommandLine::Action::Help);
    EXPECT_EQ(parseIocdCommandLine({"--version"}).action, IocdCommandLine::Action::Version);
    EXPECT_NE(iocdUsage().find("--listen"), std::string::npos);
}

TEST(IocdOptions, RejectsBadInputWithAReason)
{
    for (auto args : std::vector<std::vector<std::string>>{{"--listen", "8686"},
                                                           {"--listen", "h:99999"},
                                                           {"--listen"},
                                                           {"--threads", "0"},
                                                           {"--bogus"}}) {
        auto cl = parseIocdCommandLine(args);
        EXPECT_EQ(cl.action, IocdCommandLine::Action::Error);
        EXPECT_FALSE(cl.error.empty());
    }
}

TEST(IocdOptions, RequestTimeout)
{
    EXPECT_EQ(parseIocdCommandLine({"--request-timeout", "3"}).server.requestTimeoutS, 3);
    EXPECT_EQ(parseIocdCommandLine({"--request-timeout", "0"}).action, IocdCommandLine::Action::Error);
}

TEST(IocdOptions, SecurityOptions)
{
    const auto cl = parseIocdCommandLine({"--session-lifetime", "60", "--login-lockout", "3,10,120"});
    ASSERT_EQ(cl.action, IocdCommandLine::Action::Serve) << cl.error;
    EXPECT_EQ(cl.server.sessionLifetimeS, 60);
    EXPECT_EQ(cl.server.accountLockAfter, 3);
    EXPECT_EQ(cl.server.addressLockAfter, 10);
    EXPECT_EQ(cl.server.loginLockS, 120);
    EXPECT_EQ(parseIocdCommandLine({}).server.sessionLifetimeS, 45000);
    for (const char* bad : {"3,10", "3,10,", "0,1,1", "a,b,c", "3,10,120,4"})
        EXPECT_EQ(parseIocdCommandLine({"--login-lockout", bad}).action, IocdCommandLine::Action::Error)
            << bad;
    EXPECT_EQ(parseIocdCommandLine({"--session-lifetime", "0"}).action, IocdCommandLine::Action::Error);

    ::setenv("IOCD_OPTIONS_TEST_PW", "Cau-Rao-Kien-An-2026", 1);
    EXPECT_EQ(parseIocdCommandLine({"--admin-password-env", "IOCD_OPTIONS_TEST_PW"}).server.firstAdminPassword,
              "Cau-Rao-Kien-An-2026");
    EXPECT_EQ(parseIocdCommandLine({"--admin-password-env", "IOCD_OPTIONS_TEST_UNSET"}).action,
              IocdCommandLine::Action::Error);
    EXPECT_EQ(parseIocdCommandLine({"--admin-password", "x"}).action, IocdCommandLine::Action::Error);
}
