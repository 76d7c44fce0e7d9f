// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/storage/Database.h"

#include <optional>
#include <string>
#include <string_view>

namespace ioc::storage {

// Small named values the server keeps between runs (e.g. the stream's sequence high-water mark).
class MetaRepository
{
public:
    explicit MetaRepository(Database& db) : m_db(db) {}
    std::optional<std::string> get(std::string_view key);
    void set(std::string_view key, std::string_view value);

private:
    Database& m_db;
};

} // namespace ioc::storage
