// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCli.h"

#include "ioc/domain/Time.h"
#include "ioc/storage/AuditRepository.h"
#include "ioc/storage/Backup.h"
#include "ioc/storage/DataDirectoryLock.h"
#include "ioc/storage/Schema.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <ostream>

namespace ioc::app {

namespace fs = std::filesystem;

namespace {

constexpr int kUsageError = 2;
constexpr int kFailed = 1;
constexpr int kServerRunning = 4;

std::map<std::string, std::string> options(const std::vector<std::string>& args, std::string& error)
{
    std::map<std::string, std::string> opts;
    for (std::size_t i = 1; i < args.size(); i += 2) {
        if (args[i].rfind("--", 0) != 0 || i + 1 >= args.size()) {
            error = "bad argument: " + args[i];
            return {};
        }
        opts[args[i].substr(2)] = args[i + 1];
    }
    return opts;
}

int newestSchemaVersion()
{
    int v = 0;
    for (const auto& m : storage::iocdMigrations())
        v = std::max(v, m.version);
    return v;
}

// Keeps the replaced database rather than deleting it: a restore of the wrong file must be
// undoable by the operator.
fs::path moveAside(const fs::path& dir)
{
    std::string stamp = domain::formatRfc3339(domain::SystemClock{}.now());
    std::erase_if(stamp, [](char c) { return c == ':' || c == '-' || c == '.'; });
    const fs::path aside = dir / ("before-restore-" + stamp);
    fs::create_directories(aside);
    for (const char *name : {"iocd.sqlite", "iocd.sqlite-wal", "iocd.sqlite-shm"})
        if (fs::exists(dir / name))
            fs::rename(dir / name, aside / name);
    return aside;
}

} // namespace

bool isBackupCommand(const std::vector<std::string>& args)
{
    return !args.empty() && (args[0] == "backup" || args[0] == "restore");
}

std::string backupUsage()
{
    return R"(Backup and restore:
  iocd backup --data-dir DIR --out FILE    consistent copy while the server runs
  iocd restore --data-dir DIR --from FILE  only while no iocd runs on DIR (exit status 4);
                                           the replaced database is kept in DIR/before-restore-*
)";
}

int runBackupCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    std::string error;
    const auto opts = options(args, error);
    auto opt = [&](const char *name) {
        auto it = opts.find(name);
        return it == opts.end() ? std::string() : it->second;
    };
    const std::string fileOption = args[0] == "backup" ? "out" : "from";
    if (error.empty() && (opt("data-dir").empty() || opt(fileOption.c_str()).empty()))
        error = "--data-dir and --" + fileOption + " are required";
    if (!error.empty()) {
        err << "iocd: " << error << "\n\n" << backupUsage();
        return kUsageError;
    }
    const fs::path dir = opt("data-dir");
    const fs::path file = opt(fileOption.c_str());
    try {
        if (args[0] == "backup") {
            const auto r = storage::backupDatabase(dir / "iocd.sqlite", file);
            out << "backup written: " << file.string() << " (" << r.bytes << " bytes, schema "
                << r.schemaVersion << ")\n";
            return 0;
        }
        std::string holder;
        auto lock = storage::DataDirectoryLock::tryAcquire(dir, &holder);
        if (!lock) {
            err << "iocd: refusing to restore: an iocd is running on " << dir.string() << " ("
                << holder << "); stop it first\n";
            return kServerRunning;
        }
        const auto r = storage::checkBackup(file, newestSchemaVersion());
        const auto aside = moveAside(dir);
        fs::copy_file(file, dir / "iocd.sqlite");
        {
            // Restoring is itself an action someone must answer for.
            auto db = storage::Database::open(dir / "iocd.sqlite");
            storage::migrate(db, storage::iocdMigrations());
            storage::AuditRepository(db).append(domain::SystemClock{}.now(), "cli:restore", "admin",
                                                "database.restore", file.filename().string());
        }
        out << "restored " << file.string() << " (schema " << r.schemaVersion << ", now "
            << newestSchemaVersion() << "); previous database kept in " << aside.string() << '\n';
        return 0;
    } catch (const std::exception& e) {
        err << "iocd: " << e.what() << '\n';
        return kFailed;
    }
}

} // namespace ioc::app
