// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/Backup.h"

#include "ioc/storage/Database.h"

#include <sqlite3.h>

namespace ioc::storage {

namespace {

constexpr int kPagesPerStep = 256;
constexpr int kBusySleepMs = 20;

struct Handle
{
    sqlite3 *db = nullptr;
    ~Handle() { sqlite3_close_v2(db); }
};

void openRaw(Handle& h, const std::filesystem::path& file, int flags)
{
    if (sqlite3_open_v2(file.c_str(), &h.db, flags, nullptr) != SQLITE_OK)
        throw StorageError("cannot open " + file.string() + ": " +
                           (h.db ? sqlite3_errmsg(h.db) : "out of memory"));
    sqlite3_busy_timeout(h.db, 5000);
}

std::string integrity(sqlite3 *db)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) != SQLITE_OK)
        return sqlite3_errmsg(db);
    std::string result;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const auto *text = sqlite3_column_text(st, 0);
        if (!result.empty())
            result += "; ";
        result += text ? reinterpret_cast<const char *>(text) : "";
    }
    sqlite3_finalize(st);
    return result;
}

int recordedSchemaVersion(sqlite3 *db)
{
    sqlite3_stmt *st = nullptr;
    int v = -1;
    if (sqlite3_prepare_v2(db, "SELECT MAX(version) FROM schema_migrations", -1, &st, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
}

} // namespace

BackupReport backupDatabase(const std::filesystem::path& source,
                            const std::filesystem::path& target)
{
    if (!std::filesystem::exists(source))
        throw StorageError("no database at " + source.string());
    if (std::filesystem::exists(target))
        throw StorageError(target.string() + " exists; refusing to overwrite it");
    auto partial = target;
    partial += ".partial";
    std::filesystem::remove(partial);
    BackupReport report;
    {
        Handle src, dst;
        openRaw(src, source, SQLITE_OPEN_READONLY);
        openRaw(dst, partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        sqlite3_backup *b = sqlite3_backup_init(dst.db, "main", src.db, "main");
        if (!b)
            throw StorageError(std::string("backup cannot start: ") + sqlite3_errmsg(dst.db));
        int rc = SQLITE_OK;
        // Small steps release the source between them, so the server's writers are never held
        // up for long; a write in between restarts the copy (SQLite does that by itself).
        do {
            rc = sqlite3_backup_step(b, kPagesPerStep);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(kBusySleepMs);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        report.pages = sqlite3_backup_pagecount(b);
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE) {
            std::filesystem::remove(partial);
            throw StorageError(std::string("backup failed: ") + sqlite3_errstr(rc));
        }
        // A backup is one self-contained file: no -wal beside it.
        sqlite3_exec(dst.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
        if (const auto check = integrity(dst.db); check != "ok") {
            std::filesystem::remove(partial);
            throw StorageError("backup copy failed its integrity check: " + check);
        }
        report.schemaVersion = recordedSchemaVersion(dst.db);
    }
    std::filesystem::rename(partial, target);
    report.bytes = std::filesystem::file_size(target);
    return report;
}

BackupReport checkBackup(const std::filesystem::path& file, int maxSchemaVersion)
{
    if (!std::filesystem::is_regular_file(file))
        throw StorageError("no backup file at " + file.string());
    Handle h;
    openRaw(h, file, SQLITE_OPEN_READONLY);
    if (const auto check = integrity(h.db); check != "ok")
        throw StorageError(file.string() + " is not an intact SQLite database: " + check);
    BackupReport report;
    report.schemaVersion = recordedSchemaVersion(h.db);
    if (report.schemaVersion < 1)
        throw StorageError(file.string() + " is not an iocd database (no schema version)");
    if (report.schemaVersion > maxSchemaVersion)
        throw StorageError(file.string() + " has schema version " +
                           std::to_string(report.schemaVersion) + ", newer than this iocd knows (" +
                           std::to_string(maxSchemaVersion) + ")");
    report.bytes = std::filesystem::file_size(file);
    return report;
}

} // namespace ioc::storage
