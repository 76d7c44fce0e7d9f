// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Role.h"

#include <gtest/gtest.h>

using namespace ioc::domain;

TEST(Role, NamesRoundTrip)
{
    for (auto r : {Role::Officer, Role::Supervisor, Role::Wall, Role::Admin})
        EXPECT_EQ(roleFromString(toString(r)), r);
    EXPECT_FALSE(roleFromString("root"));
}

TEST(PasswordPolicy, RefusesTheWeakAndAcceptsTheStrong)
{
    EXPECT_TRUE(passwordWeakness("demo", "officer"));
    EXPECT_TRUE(passwordWeakness("demo-demo-demo", "officer")); // long but the demo word
    EXPECT_TRUE(passwordWeakness("Password2026!", "lan"));
    EXPECT_TRUE(passwordWeakness("nguyenlan-2026", "nguyenlan"));
    EXPECT_TRUE(passwordWeakness("aaaaaaaaaaaa", "x"));
    EXPECT_FALSE(passwordWeakness("Ca-truc-dem-2026!", "hung"));
}
