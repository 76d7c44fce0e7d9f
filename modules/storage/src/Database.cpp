// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/Database.h"

#include <sqlite3.h>

#include <utility>

namespace ioc::storage {

namespace {
[[noreturn]] void fail(sqlite3* db, std::string_view what)
{
    throw StorageError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}
} // namespace

Database Database::open(const std::filesystem::path& file, Durability durability)
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(file.c_str(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    Database out(db);
    if (rc != SQLITE_OK)
        fail(db, "cannot open " + file.string());
    sqlite3_busy_timeout(db, 5000);
    out.exec("PRAGMA journal_mode=WAL");
    out.exec(durability == Durability::Full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
    out.exec("PRAGMA foreign_keys=ON");
    return out;
}

Database Database::openInMemory()
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open(":memory:", &db);
    Database out(db);
    if (rc != SQLITE_OK)
        fail(db, "cannot open in-memory database");
    out.exec("PRAGMA foreign_keys=ON");
    return out;
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Database::exec(std::string_view sql)
{
    char* err = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string message = err ? err : "unknown error";
        sqlite3_free(err);
        throw StorageError("SQL failed (" + message + "): " + text.substr(0, 120));
    }
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const StorageError&) {
            // The connection is already unusable; nothing more to undo.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace ioc::storage
