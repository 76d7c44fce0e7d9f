// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace ioc::storage {

// A prepared statement; bind indices are 1-based as in SQLite.
class Statement
{
public:
    Statement(Database& db, std::string_view sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<double>& value);
    // Index of a named parameter (":name"), 0 when the statement has none of that name.
    int parameterIndex(const std::string& name) const;

    // true while a row is available; false when done. Throws on error.
    bool step();
    // Runs to completion (for INSERT/UPDATE/DELETE) and resets for reuse.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace ioc::storage
