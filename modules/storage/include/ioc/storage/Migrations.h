// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/storage/Database.h"

#include <span>
#include <string_view>

namespace ioc::storage {

struct Migration
{
    int version;
    std::string_view name;
    std::string_view sql;
};

// Applies, in one transaction each, every migration newer than the database's recorded version.
// Refuses a database whose version is newer than this build knows (a downgrade would lose data).
// Returns the resulting schema version.
int migrate(Database& db, std::span<const Migration> migrations);

int schemaVersion(Database& db);

} // namespace ioc::storage
