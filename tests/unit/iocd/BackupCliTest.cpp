// SPDX-License-Identifier: GPL-3.0-or-later
// `iocd backup` against a running server, `iocd restore` refused while it runs and done after it
// stops, and a second server refused on a data directory that is in use — all with the real binary.
#include "RunIocd.h"

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <array>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

std::string binary()
{
    const char *bin = std::getenv("IOCD_BINARY");
    return bin ? bin : "iocd";
}

ioc::test::IocdRun iocd(const std::string& args, const std::string& env = {})
{
    return ioc::test::runIocd(args, env);
}

// A served iocd: started with its stdout on a pipe; ready once it prints its listening line.
class ServedIocd
{
public:
    explicit ServedIocd(const fs::path& dir)
    {
        int fds[2];
        if (::pipe(fds) != 0)
            return;
        m_pid = ::fork();
        if (m_pid == 0) {
            ::dup2(fds[1], STDOUT_FILENO);
            ::dup2(fds[1], STDERR_FILENO);
            ::close(fds[0]);
            const std::string bin = binary();
            const std::string data = dir.string();
            ::execl(bin.c_str(), bin.c_str(), "--listen", "127.0.0.1:0", "--data-dir", data.c_str(),
                    "--demo", static_cast<char *>(nullptr));
            ::_exit(127);
        }
        ::close(fds[1]);
        m_out = ::fdopen(fds[0], "r");
        std::array<char, 512> buf{};
        // Bounded: the child either prints its listening line or exits (EOF).
        while (m_out && std::fgets(buf.data(), buf.size(), m_out)) {
            m_log += buf.data();
            if (std::string(buf.data()).find("iocd listening on") != std::string::npos) {
                m_ready = true;
                break;
            }
        }
    }
    ~ServedIocd() { stop(); }

    bool ready() const { return m_ready; }
    const std::string& log() const { return m_log; }

    int stop()
    {
        if (m_pid <= 0)
            return m_status;
        ::kill(m_pid, SIGTERM);
        int rc = 0;
        ::waitpid(m_pid, &rc, 0);
        m_pid = -1;
        if (m_out)
            std::fclose(m_out);
        m_out = nullptr;
        m_status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
        return m_status;
    }

private:
    pid_t m_pid = -1;
    FILE *m_out = nullptr;
    std::string m_log;
    bool m_ready = false;
    int m_status = -1;
};

std::int64_t scalar(const fs::path& file, const char *sql)
{
    sqlite3 *db = nullptr;
    std::int64_t v = -1;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return v;
}

class BackupCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_root = fs::temp_directory_path() /
                 ("iocd-backup-" + std::to_string(::getpid()) + "-" +
                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_root);
        fs::create_directories(m_root);
        m_dir = m_root / "data";
    }
    void TearDown() override { fs::remove_all(m_root); }

    fs::path m_root, m_dir;
};

} // namespace

TEST_F(BackupCli, BacksUpWhileServingAndRestoresOnlyWhenStopped)
{
    ServedIocd server(m_dir);
    ASSERT_TRUE(server.ready()) << server.log();

    const auto backup = m_root / "nightly.sqlite";
    auto b = iocd("backup --data-dir '" + m_dir.string() + "' --out '" + backup.string() + "'");
    ASSERT_EQ(b.status, 0) << b.out;
    EXPECT_NE(b.out.find("backup written"), std::string::npos) << b.out;
    // The server writes its seq high-water mark before serving, so the copy must hold it.
    EXPECT_GE(scalar(backup, "SELECT COUNT(*) FROM meta WHERE key = 'stream_seq_hw'"), 1);
    EXPECT_GE(scalar(backup, "SELECT MAX(version) FROM schema_migrations"), 3);

    // A second server on the same directory is refused.
    auto twin = iocd("--listen 127.0.0.1:0 --data-dir '" + m_dir.string() + "'");
    EXPECT_EQ(twin.status, 1) << twin.out;
    EXPECT_NE(twin.out.find("in use"), std::string::npos) << twin.out;

    auto refused =
        iocd("restore --data-dir '" + m_dir.string() + "' --from '" + backup.string() + "'");
    EXPECT_EQ(refused.status, 4) << refused.out;
    EXPECT_NE(refused.out.find("running"), std::string::npos) << refused.out;

    EXPECT_EQ(server.stop(), 0);
    auto restored =
        iocd("restore --data-dir '" + m_dir.string() + "' --from '" + backup.string() + "'");
    ASSERT_EQ(restored.status, 0) << restored.out;
    // The replaced database is kept, not deleted.
    int kept = 0;
    for (const auto& e : fs::directory_iterator(m_dir))
        if (e.path().filename().string().rfind("before-restore-", 0) == 0 &&
            fs::exists(e.path() / "iocd.sqlite"))
            ++kept;
    EXPECT_EQ(kept, 1);
    EXPECT_EQ(scalar(m_dir / "iocd.sqlite",
                     "SELECT COUNT(*) FROM audit_log WHERE action = 'database.restore'"),
              1);
    auto verify = iocd("audit verify --data-dir '" + m_dir.string() + "'");
    EXPECT_EQ(verify.status, 0) << verify.out;

    ServedIocd again(m_dir);
    EXPECT_TRUE(again.ready()) << again.log();
}

TEST_F(BackupCli, RefusesBadArgumentsAndBadFiles)
{
    EXPECT_EQ(iocd("backup --data-dir '" + m_dir.string() + "'").status, 2);
    EXPECT_EQ(iocd("restore --from x").status, 2);
    const auto junk = m_root / "junk.sqlite";
    FILE *f = std::fopen(junk.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs("definitely not sqlite", f);
    std::fclose(f);
    fs::create_directories(m_dir);
    auto r = iocd("restore --data-dir '" + m_dir.string() + "' --from '" + junk.string() + "'");
    EXPECT_EQ(r.status, 1) << r.out;
    EXPECT_FALSE(fs::exists(m_dir / "iocd.sqlite")); // nothing half-restored
    auto missing = iocd("backup --data-dir '" + m_dir.string() + "' --out '" +
                        (m_root / "o.sqlite").string() + "'");
    EXPECT_EQ(missing.status, 1) << missing.out;
}
