// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/Migrations.h"
#include "ioc/storage/Schema.h"
#include "ioc/storage/Statement.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace ioc::storage;

TEST(Migrations, AppliesInOrderOnceAndRecords)
{
    auto db = Database::openInMemory();
    const Migration ms[] = {{1, "a", "CREATE TABLE a(x)"}, {2, "b", "CREATE TABLE b(y)"}};
    EXPECT_EQ(migrate(db, ms), 2);
    EXPECT_EQ(migrate(db, ms), 2); // idempotent
    Statement q(db, "SELECT COUNT(*) FROM schema_migrations");
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.int64(0), 2);
}

TEST(Migrations, UpgradesAnOlderDatabase)
{
    auto db = Database::openInMemory();
    const Migration v1[] = {{1, "a", "CREATE TABLE a(x); INSERT INTO a VALUES (7)"}};
    migrate(db, v1);
    const Migration v2[] = {{1, "a", "CREATE TABLE a(x); INSERT INTO a VALUES (7)"},
                            {2, "a.y", "ALTER TABLE a ADD COLUMN y DEFAULT 3"}};
    EXPECT_EQ(migrate(db, v2), 2);
    Statement q(db, "SELECT x, y FROM a");
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.int64(0), 7);
    EXPECT_EQ(q.int64(1), 3);
}

TEST(Migrations, FailedMigrationLeavesNoTrace)
{
    auto db = Database::openInMemory();
    const Migration ms[] = {{1, "bad", "CREATE TABLE t(x); SELECT * FROM missing"}};
    EXPECT_THROW(migrate(db, ms), StorageError);
    EXPECT_EQ(schemaVersion(db), 0);
    EXPECT_THROW(db.exec("SELECT * FROM t"), StorageError);
}

TEST(Migrations, RefusesNewerDatabase)
{
    auto db = Database::openInMemory();
    const Migration ms[] = {{1, "a", "CREATE TABLE a(x)"}, {2, "b", "CREATE TABLE b(y)"}};
    migrate(db, ms);
    EXPECT_THROW(migrate(db, std::span(ms, 1)), StorageError);
}

TEST(Migrations, IocdSchemaAppliesToAFile)
{
    const auto dir = std::filesystem::temp_directory_path() / "ioc-migrations-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    {
        auto db = Database::open(dir / "x.sqlite");
        EXPECT_EQ(migrate(db, iocdMigrations()), iocdMigrations().back().version);
        Statement q(db, "PRAGMA journal_mode");
        ASSERT_TRUE(q.step());
        EXPECT_EQ(q.text(0), "wal");
    }
    std::filesystem::remove_all(dir);
}

TEST(Migrations, FillsAGapLeftByAParallelBranch)
{
    // A database built where 4 did not exist yet (the incidents branch added 5 beside auth's 4)
    // still gets 4 once a build has it.
    auto db = Database::openInMemory();
    const Migration without4[] = {{3, "c", "CREATE TABLE c(x)"}, {5, "e", "CREATE TABLE e(x)"}};
    EXPECT_EQ(migrate(db, without4), 5);
    const Migration with4[] = {{3, "c", "CREATE TABLE c(x)"},
                               {4, "d", "CREATE TABLE d(x)"},
                               {5, "e", "CREATE TABLE e(x)"}};
    EXPECT_EQ(migrate(db, with4), 5);
    db.exec("SELECT * FROM d");
    Statement q(db, "SELECT COUNT(*) FROM schema_migrations");
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.int64(0), 3);
}
