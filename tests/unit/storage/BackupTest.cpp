// SPDX-License-Identifier: GPL-3.0-or-later
// Online backup of a database that is being written to, and the data-directory lock.
#include "ioc/storage/Backup.h"
#include "ioc/storage/DataDirectoryLock.h"
#include "ioc/storage/Migrations.h"
#include "ioc/storage/Schema.h"
#include "ioc/storage/Statement.h"

#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <thread>

using namespace ioc::storage;
namespace fs = std::filesystem;

namespace {

class BackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() /
                ("ioc-backup-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        auto db = Database::open(m_dir / "iocd.sqlite");
        migrate(db, iocdMigrations());
        db.exec("CREATE TABLE seq_rows (n INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path m_dir;
};

int newest()
{
    return iocdMigrations().back().version;
}

} // namespace

TEST_F(BackupTest, CopyIsOneConsistentSnapshotWhileAWriterKeepsGoing)
{
    constexpr int kRows = 4000;
    std::atomic<int> written{0};
    std::thread writer([&] {
        auto db = Database::open(m_dir / "iocd.sqlite", Database::Durability::Normal);
        db.exec("PRAGMA synchronous=OFF"); // the test is about consistency, not fsync speed
        Statement ins(db, "INSERT INTO seq_rows(n, payload) VALUES (?, ?)");
        const std::string payload(300, 'x'); // enough pages that the copy takes several steps
        for (int n = 1; n <= kRows; ++n) {
            ins.reset();
            ins.bind(1, std::int64_t{n}).bind(2, payload).run();
            written.store(n);
        }
    });
    // Start the copy once the writer is under way, so they really overlap.
    while (written.load() < 200)
        std::this_thread::yield();
    const auto report = backupDatabase(m_dir / "iocd.sqlite", m_dir / "copy.sqlite");
    writer.join();

    EXPECT_EQ(report.schemaVersion, newest());
    EXPECT_GT(report.bytes, 0u);
    EXPECT_FALSE(fs::exists(m_dir / "copy.sqlite.partial"));
    EXPECT_FALSE(fs::exists(m_dir / "copy.sqlite-wal"));
    auto copy = Database::open(m_dir / "copy.sqlite");
    // A consistent snapshot holds rows 1..k with no hole, for some k the writer had reached.
    Statement q(copy, "SELECT COUNT(*), COALESCE(MIN(n), 0), COALESCE(MAX(n), 0) FROM seq_rows");
    ASSERT_TRUE(q.step());
    const auto count = q.int64(0);
    EXPECT_GE(count, 200);
    EXPECT_LE(count, kRows);
    EXPECT_EQ(q.int64(1), 1);
    EXPECT_EQ(q.int64(2), count);
    EXPECT_NO_THROW(checkBackup(m_dir / "copy.sqlite", newest()));
}

TEST_F(BackupTest, NeverOverwritesAnExistingFile)
{
    {
        std::ofstream(m_dir / "taken.sqlite") << "precious";
    }
    EXPECT_THROW(backupDatabase(m_dir / "iocd.sqlite", m_dir / "taken.sqlite"), StorageError);
    std::ifstream in(m_dir / "taken.sqlite");
    std::string s;
    in >> s;
    EXPECT_EQ(s, "precious");
    EXPECT_THROW(backupDatabase(m_dir / "missing.sqlite", m_dir / "x.sqlite"), StorageError);
}

TEST_F(BackupTest, CheckRefusesWhatCannotBeRestored)
{
    {
        std::ofstream(m_dir / "garbage.sqlite") << "this is not a database at all, not even close";
    }
    EXPECT_THROW(checkBackup(m_dir / "garbage.sqlite", newest()), StorageError);
    EXPECT_THROW(checkBackup(m_dir / "absent.sqlite", newest()), StorageError);
    {
        auto other = Database::open(m_dir / "other.sqlite");
        other.exec("CREATE TABLE t(x)");
    }
    EXPECT_THROW(checkBackup(m_dir / "other.sqlite", newest()), StorageError);
    backupDatabase(m_dir / "iocd.sqlite", m_dir / "ok.sqlite");
    EXPECT_THROW(checkBackup(m_dir / "ok.sqlite", newest() - 1), StorageError); // from the future
    EXPECT_EQ(checkBackup(m_dir / "ok.sqlite", newest()).schemaVersion, newest());
}

TEST_F(BackupTest, DataDirectoryLockIsExclusiveUntilReleased)
{
    std::string holder;
    auto first = DataDirectoryLock::tryAcquire(m_dir, &holder);
    ASSERT_TRUE(first.has_value()) << holder;
    auto second = DataDirectoryLock::tryAcquire(m_dir, &holder);
    EXPECT_FALSE(second.has_value());
    EXPECT_EQ(holder, "pid " + std::to_string(::getpid()));
    first.reset();
    EXPECT_TRUE(DataDirectoryLock::tryAcquire(m_dir).has_value());
}
