// SPDX-License-Identifier: GPL-3.0-or-later
// The real iocd binary's administration commands on a real SQLite file, including proof that
// `iocd audit verify` notices a row edited behind its back.
#include "RunIocd.h"

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

ioc::test::IocdRun iocd(const std::string& args, const std::string& env = {})
{
    return ioc::test::runIocd(args, env);
}

class AdminCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = std::filesystem::temp_directory_path() /
                ("iocd-admin-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(m_dir);
        m_args = "--data-dir '" + m_dir.string() + "'";
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    std::filesystem::path m_dir;
    std::string m_args;
};

} // namespace

TEST_F(AdminCli, CreatesUsersWithGeneratedOrEnvironmentPasswords)
{
    auto a =
        iocd("user create " + m_args + " --username lan --role supervisor --name 'Nguyễn Thị Lan'");
    EXPECT_EQ(a.status, 0) << a.out;
    EXPECT_NE(a.out.find("shown once"), std::string::npos);
    auto b = iocd("user create " + m_args + " --username hung --role officer --password-env PW",
                  "PW='Ca-truc-dem-2026!'");
    EXPECT_EQ(b.status, 0) << b.out;
    EXPECT_EQ(b.out.find("shown once"), std::string::npos);
    auto list = iocd("user list " + m_args);
    EXPECT_EQ(list.status, 0);
    EXPECT_NE(list.out.find("lan\tsupervisor\tactive"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find("Nguyễn Thị Lan"), std::string::npos);
}

TEST_F(AdminCli, RefusesWeakPasswordsPasswordsOnTheCommandLineAndDuplicates)
{
    EXPECT_EQ(
        iocd("user create " + m_args + " --username x --role officer --password-env PW", "PW=demo")
            .status,
        2);
    EXPECT_EQ(
        iocd("user create " + m_args + " --username x --role officer --password Secret-2026-x")
            .status,
        2);
    EXPECT_EQ(iocd("user create " + m_args + " --username x --role king").status, 2);
    EXPECT_EQ(iocd("user create " + m_args + " --username x --role officer").status, 0);
    EXPECT_EQ(iocd("user create " + m_args + " --username x --role officer").status, 1);
}

TEST_F(AdminCli, AuditVerifyFindsARowEditedInTheDatabaseFile)
{
    ASSERT_EQ(iocd("user create " + m_args + " --username lan --role supervisor").status, 0);
    ASSERT_EQ(iocd("user create " + m_args + " --username hung --role officer").status, 0);
    ASSERT_EQ(iocd("user disable " + m_args + " --username hung").status, 0);
    auto ok = iocd("audit verify " + m_args);
    EXPECT_EQ(ok.status, 0) << ok.out;
    EXPECT_NE(ok.out.find("3 entries"), std::string::npos);

    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open((m_dir / "iocd.sqlite").c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "UPDATE audit_log SET target = 'someone' WHERE id = 2", nullptr,
                           nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);

    auto broken = iocd("audit verify " + m_args);
    EXPECT_EQ(broken.status, 3) << broken.out;
    EXPECT_NE(broken.out.find("entry 2"), std::string::npos) << broken.out;
}

TEST_F(AdminCli, ApiKeysAreShownOnceStoredHashedAndRevocable)
{
    auto agency = iocd("apikey create " + m_args +
                       " --kind agency --series air.aqi,water.level --name 'Sở TNMT'");
    ASSERT_EQ(agency.status, 0) << agency.out;
    const auto at = agency.out.find("shown once): ");
    ASSERT_NE(at, std::string::npos);
    const std::string key = agency.out.substr(at + 13, agency.out.find('\n', at) - at - 13);
    EXPECT_GE(key.size(), 40u);
    auto source = iocd("apikey create " + m_args + " --kind source --source sensor.air_quality");
    ASSERT_EQ(source.status, 0) << source.out;
    EXPECT_EQ(iocd("apikey create " + m_args + " --kind agency").status, 2);
    EXPECT_EQ(iocd("apikey create " + m_args + " --kind root --series x").status, 2);
    // A citizen channel system's key speaks for exactly one channel.
    EXPECT_EQ(iocd("apikey create " + m_args + " --kind channel --channel app").status, 0);
    EXPECT_EQ(iocd("apikey create " + m_args + " --kind channel --channel app,hotline").status, 2);

    auto list = iocd("apikey list " + m_args);
    EXPECT_NE(list.out.find("1\tagency\tactive\tair.aqi,water.level\tSở TNMT"), std::string::npos)
        << list.out;
    EXPECT_NE(list.out.find("2\tsource\tactive\tsensor.air_quality"), std::string::npos)
        << list.out;
    EXPECT_NE(list.out.find("3\tchannel\tactive\tapp"), std::string::npos) << list.out;
    EXPECT_EQ(list.out.find(key), std::string::npos); // never shown again

    // The file holds the digest, not the key.
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open((m_dir / "iocd.sqlite").c_str(), &db), SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM api_keys WHERE key_sha256 = ?", -1, &st, nullptr);
    sqlite3_bind_text(st, 1, key.c_str(), -1, SQLITE_TRANSIENT);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(st, 0), 0);
    sqlite3_finalize(st);
    sqlite3_close(db);

    EXPECT_EQ(iocd("apikey revoke 1 " + m_args).status, 0);
    EXPECT_EQ(iocd("apikey revoke 1 " + m_args).status, 1);
    EXPECT_EQ(iocd("apikey revoke x " + m_args).status, 2);
    EXPECT_NE(iocd("apikey list " + m_args).out.find("1\tagency\trevoked"), std::string::npos);
    auto verify = iocd("audit verify " + m_args);
    EXPECT_EQ(verify.status, 0) << verify.out;
    EXPECT_NE(verify.out.find("4 entries"), std::string::npos) << verify.out;
}
