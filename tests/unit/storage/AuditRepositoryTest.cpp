// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/AuditRepository.h"
#include "ioc/storage/Schema.h"
#include "ioc/storage/UserRepository.h"

#include <gtest/gtest.h>

using namespace ioc;
using namespace ioc::storage;

namespace {
Database withLog(int entries)
{
    auto db = Database::openInMemory();
    migrate(db, iocdMigrations());
    AuditRepository audit(db);
    for (int i = 0; i < entries; ++i)
        audit.append(domain::TimePoint{domain::Milliseconds{1'800'000'000'000 + i}}, "lan",
                     "supervisor", "incident.approve", "HP-2026-00000" + std::to_string(i),
                     R"({"comment":"Đã xử lý xong"})");
    return db;
}
} // namespace

TEST(AuditRepository, ChainVerifies)
{
    auto db = withLog(5);
    const auto v = AuditRepository(db).verify();
    EXPECT_TRUE(v.ok) << v.reason;
    EXPECT_EQ(v.entries, 5);
    const auto entries = AuditRepository(db).list(0, 10);
    ASSERT_EQ(entries.size(), 5u);
    EXPECT_EQ(entries[0].prevHash, AuditRepository::genesisHash());
    EXPECT_EQ(entries[1].prevHash, entries[0].hash);
}

TEST(AuditRepository, DetectsAnEditedEntry)
{
    auto db = withLog(5);
    db.exec("UPDATE audit_log SET actor = 'someone-else' WHERE id = 3");
    const auto v = AuditRepository(db).verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBrokenId, 3);
}

TEST(AuditRepository, DetectsARecomputedHashByTheBrokenLink)
{
    auto db = withLog(5);
    // A forger who also recomputes the edited entry's hash still breaks the next link.
    AuditRepository repo(db);
    auto e = repo.list(2, 1).at(0);
    e.target = "forged";
    db.exec("UPDATE audit_log SET target = 'forged', hash = '" + AuditRepository::entryHash(e) +
            "' WHERE id = 3");
    const auto v = repo.verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBrokenId, 4);
}

TEST(AuditRepository, DetectsRemovedEntriesInTheMiddleAndAtTheEnd)
{
    auto middle = withLog(5);
    middle.exec("DELETE FROM audit_log WHERE id = 2");
    EXPECT_EQ(AuditRepository(middle).verify().firstBrokenId, 2);

    auto tail = withLog(5);
    tail.exec("DELETE FROM audit_log WHERE id = 5");
    const auto v = AuditRepository(tail).verify();
    EXPECT_FALSE(v.ok);
    EXPECT_NE(v.reason.find("removed"), std::string::npos);
}

TEST(UserRepository, CreatesFindsDisablesAndRefusesDuplicates)
{
    auto db = Database::openInMemory();
    migrate(db, iocdMigrations());
    UserRepository users(db);
    const domain::TimePoint now{domain::Milliseconds{1'800'000'000'000}};
    auto u = users.create("lan", "Nguyễn Thị Lan", domain::Role::Supervisor, "$argon2id$x", false, now);
    ASSERT_TRUE(u);
    EXPECT_EQ(u->displayName, "Nguyễn Thị Lan");
    EXPECT_FALSE(users.create("lan", "", domain::Role::Officer, "h", false, now));
    EXPECT_TRUE(users.setDisabled("lan", true, now));
    EXPECT_TRUE(users.find("lan")->disabled);
    EXPECT_FALSE(users.setDisabled("nobody", true, now));
    EXPECT_EQ(users.count(), 1);
}
