// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;

namespace ioc::storage {

class StorageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// One SQLite connection. Not thread-safe: each thread (or strand) owns its own connection.
class Database
{
public:
    enum class Durability {
        Full,   // synchronous=FULL: for what people entered (incidents, handovers, audit)
        Normal, // synchronous=NORMAL: for series history, which a crash may lose a batch of
    };

    // Opens (creating if needed) the file in WAL mode with foreign keys on.
    static Database open(const std::filesystem::path& file, Durability durability = Durability::Full);
    static Database openInMemory();

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    ~Database();

    void exec(std::string_view sql);
    sqlite3* handle() const { return m_db; }
    std::int64_t lastInsertRowId() const;
    int changes() const;

private:
    explicit Database(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
};

// Commits on commit(), rolls back if destroyed before.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace ioc::storage
