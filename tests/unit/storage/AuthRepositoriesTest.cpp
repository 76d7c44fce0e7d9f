// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/ApiKeyRepository.h"
#include "ioc/storage/LoginFailureRepository.h"
#include "ioc/storage/Schema.h"
#include "ioc/storage/SessionRepository.h"
#include "ioc/storage/UserRepository.h"

#include <gtest/gtest.h>

using namespace ioc;
using namespace ioc::storage;
using namespace std::chrono;

namespace {
Database freshDb()
{
    auto db = Database::openInMemory();
    migrate(db, iocdMigrations());
    return db;
}
domain::TimePoint at(int s)
{
    return domain::TimePoint{seconds{1'800'000'000 + s}};
}
} // namespace

TEST(SessionRepository, ActiveSessionsExcludeRevokedAndExpired)
{
    auto db = freshDb();
    const auto user =
        UserRepository(db).create("lan", "", domain::Role::Officer, "h", false, at(0));
    ASSERT_TRUE(user);
    SessionRepository repo(db);
    repo.create({"aa", user->id, at(0), at(100), at(0), std::nullopt, "127.0.0.1:1"});
    repo.create({"bb", user->id, at(0), at(10), at(0), std::nullopt, ""});
    repo.create({"cc", user->id, at(0), at(100), at(0), std::nullopt, ""});
    EXPECT_TRUE(repo.revoke("cc", at(5)));
    EXPECT_FALSE(repo.revoke("cc", at(6)));
    auto active = repo.active(at(20));
    ASSERT_EQ(active.size(), 1u);
    EXPECT_EQ(active[0].tokenSha256, "aa");
    EXPECT_EQ(active[0].remote, "127.0.0.1:1");
    EXPECT_EQ(repo.revokeAllOf(user->id, at(30)), 2); // aa and the expired bb
    EXPECT_TRUE(repo.active(at(0)).empty());
}

TEST(ApiKeyRepository, KeepsScopeAndRevocation)
{
    auto db = freshDb();
    ApiKeyRepository repo(db);
    const auto k = repo.create("Sở TNMT", "agency", "ff00", {"air.aqi", "water.level"}, at(0));
    EXPECT_EQ(k.scope, (std::vector<std::string>{"air.aqi", "water.level"}));
    EXPECT_EQ(k.name, "Sở TNMT");
    EXPECT_FALSE(k.revokedAt);
    EXPECT_TRUE(repo.revoke(k.id, at(5)));
    EXPECT_FALSE(repo.revoke(k.id, at(6)));
    EXPECT_TRUE(repo.find(k.id)->revokedAt);
    EXPECT_EQ(repo.list().size(), 1u);
    EXPECT_THROW(repo.create("", "other", "ee", {"x"}, at(0)), StorageError);
}

TEST(LoginFailureRepository, RoundTripsAndClears)
{
    auto db = freshDb();
    LoginFailureRepository repo(db);
    repo.put("user:lan", {3, at(0), at(10), at(910)});
    repo.put("user:lan", {4, at(0), at(11), at(911)});
    auto all = repo.loadAll();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all["user:lan"].failures, 4);
    EXPECT_EQ(all["user:lan"].lockedUntil, at(911));
    repo.clear("user:lan");
    EXPECT_TRUE(repo.loadAll().empty());
}
