// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace ioc::storage {

struct BackupReport
{
    int schemaVersion = 0;
    std::uintmax_t bytes = 0;
    int pages = 0;
};

// Copies a live database into a new single file with SQLite's online backup API, so a running
// server keeps writing while it runs and the copy is still one consistent snapshot. The copy is
// written beside `target`, checked with integrity_check and only then renamed into place, so a
// failed backup never leaves a half-written file under the requested name. Throws StorageError.
BackupReport backupDatabase(const std::filesystem::path& source,
                            const std::filesystem::path& target);

// Opens a backup read-only and checks it is a whole, intact iocd database this build can run
// (integrity_check, schema version not newer than `maxSchemaVersion`). Throws StorageError.
BackupReport checkBackup(const std::filesystem::path& file, int maxSchemaVersion);

} // namespace ioc::storage
