// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/Migrations.h"

#include "ioc/storage/Statement.h"

#include <set>
#include <string>

namespace ioc::storage {

int schemaVersion(Database& db)
{
    db.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    Statement q(db, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    q.step();
    return static_cast<int>(q.int64(0));
}

int migrate(Database& db, std::span<const Migration> migrations)
{
    int current = schemaVersion(db);
    int newest = 0;
    for (const auto& m : migrations)
        newest = std::max(newest, m.version);
    if (current > newest)
        throw StorageError("database schema version " + std::to_string(current) +
                           " is newer than this build supports (" + std::to_string(newest) + ")");
    // Every version not recorded yet, not only those above the newest: migrations developed on
    // parallel branches (4 and 5) may reach a database in either order, and each is
    // independent of the others' tables.
    std::set<int> applied;
    {
        Statement q(db, "SELECT version FROM schema_migrations");
        while (q.step())
            applied.insert(static_cast<int>(q.int64(0)));
    }
    for (const auto& m : migrations) {
        if (applied.contains(m.version))
            continue;
        Transaction tx(db);
        db.exec(m.sql);
        Statement rec(db, "INSERT INTO schema_migrations(version, name, applied_at) "
                          "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))");
        rec.bind(1, std::int64_t{m.version}).bind(2, m.name).run();
        tx.commit();
        current = std::max(current, m.version);
    }
    return current;
}

} // namespace ioc::storage
