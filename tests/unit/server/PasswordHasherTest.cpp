// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/PasswordHasher.h"

#include <gtest/gtest.h>

using ioc::server::PasswordHasher;

TEST(PasswordHasher, Argon2idVerifiesOnlyTheRightPassword)
{
    const auto hash = PasswordHasher::hash("Ca-truc-dem-2026!");
    EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u);
    EXPECT_TRUE(PasswordHasher::verify("Ca-truc-dem-2026!", hash));
    EXPECT_FALSE(PasswordHasher::verify("Ca-truc-dem-2026?", hash));
    EXPECT_FALSE(PasswordHasher::verify("", hash));
    EXPECT_NE(PasswordHasher::hash("Ca-truc-dem-2026!"), hash); // salted
}

TEST(PasswordHasher, GeneratedPasswordsAreLongAndDifferent)
{
    const auto a = PasswordHasher::generate(), b = PasswordHasher::generate();
    EXPECT_EQ(a.size(), 22u);
    EXPECT_NE(a, b);
}
