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

// What a real upgrade meets: a file written by the first released schema, with data in it, then
// opened by this build. Every later migration must apply on top and keep what was there.
TEST(Migrations, UpgradesAFileMadeByTheFirstIocdSchema)
{
    const auto dir = std::filesystem::temp_directory_path() / "ioc-migrations-upgrade-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto all = iocdMigrations();
    ASSERT_GE(all.size(), 2u);
    {
        auto db = Database::open(dir / "old.sqlite");
        ASSERT_EQ(migrate(db, all.first(1)), 1);
        db.exec("INSERT INTO series_latest(series_id, value, observed_at, received_at) "
                "VALUES ('hp.tide.hondau', 2.75, 1764300000000, 1764300001000)");
        db.exec("INSERT INTO meta(key, value) VALUES ('stream_seq_hw', '4242')");
    }
    {
        auto db = Database::open(dir / "old.sqlite");
        EXPECT_EQ(schemaVersion(db), 1);
        EXPECT_EQ(migrate(db, all), all.back().version);
        Statement q(db, "SELECT value, observed_at FROM series_latest WHERE series_id = 'hp.tide.hondau'");
        ASSERT_TRUE(q.step());
        EXPECT_DOUBLE_EQ(q.real(0), 2.75);
        EXPECT_EQ(q.int64(1), 1764300000000);
        Statement m(db, "SELECT value FROM meta WHERE key = 'stream_seq_hw'");
        ASSERT_TRUE(m.step());
        EXPECT_EQ(m.text(0), "4242");
        Statement n(db, "SELECT COUNT(*) FROM schema_migrations");
        ASSERT_TRUE(n.step());
        EXPECT_EQ(n.int64(0), static_cast<std::int64_t>(all.size()));
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
