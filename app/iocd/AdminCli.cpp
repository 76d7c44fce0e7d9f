// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminCli.h"

#include "auth/PasswordHasher.h"

#include "ioc/domain/Role.h"
#include "ioc/storage/AuditRepository.h"
#include "ioc/storage/Schema.h"
#include "ioc/storage/UserRepository.h"

#include <cstdlib>
#include <filesystem>
#include <map>
#include <ostream>
#include <unistd.h>

namespace ioc::app {

namespace {

constexpr int kUsageError = 2;
constexpr int kAuditBroken = 3;

std::string osUser()
{
    const char* u = std::getenv("SUDO_USER");
    if (!u || !*u)
        u = std::getenv("USER");
    return std::string("cli:") + (u && *u ? u : std::to_string(getuid()));
}

std::string jsonString(std::string_view s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) >= 0x20)
            out += c;
    }
    return out + "\"";
}

struct Parsed
{
    std::string group, verb;
    std::map<std::string, std::string> opts;
    std::string error;
};

Parsed parse(const std::vector<std::string>& args)
{
    Parsed p;
    if (args.size() < 2) {
        p.error = "missing command";
        return p;
    }
    p.group = args[0];
    p.verb = args[1];
    for (std::size_t i = 2; i < args.size(); ++i) {
        if (args[i].rfind("--", 0) != 0 || i + 1 >= args.size()) {
            p.error = "bad argument: " + args[i];
            return p;
        }
        p.opts[args[i].substr(2)] = args[i + 1];
        ++i;
    }
    return p;
}

std::optional<std::string> password(const Parsed& p, std::ostream& err, bool& generated)
{
    generated = false;
    if (auto it = p.opts.find("password-env"); it != p.opts.end()) {
        const char* v = std::getenv(it->second.c_str());
        if (!v) {
            err << "iocd: environment variable " << it->second << " is not set\n";
            return std::nullopt;
        }
        return std::string(v);
    }
    generated = true;
    return server::PasswordHasher::generate();
}

} // namespace

bool isAdminCommand(const std::vector<std::string>& args)
{
    return !args.empty() && (args[0] == "user" || args[0] == "audit");
}

std::string adminUsage()
{
    return R"(Administration (offline, on the data directory):
  iocd user create --data-dir DIR --username NAME --role officer|supervisor|wall|admin
                   [--name "Display name"] [--password-env VAR]
  iocd user reset-password --data-dir DIR --username NAME [--password-env VAR]
  iocd user disable|enable --data-dir DIR --username NAME
  iocd user list --data-dir DIR
  iocd audit verify --data-dir DIR      (exit status 3 when the chain is broken)
Without --password-env a strong password is generated and printed once.
Passwords are never taken from the command line.
)";
}

int runAdminCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    const Parsed p = parse(args);
    if (!p.error.empty()) {
        err << "iocd: " << p.error << "\n\n" << adminUsage();
        return kUsageError;
    }
    auto opt = [&](const char* name) -> std::string {
        auto it = p.opts.find(name);
        return it == p.opts.end() ? std::string() : it->second;
    };
    if (opt("data-dir").empty()) {
        err << "iocd: --data-dir is required\n";
        return kUsageError;
    }
    if (p.opts.contains("password")) {
        err << "iocd: passwords are not accepted on the command line; use --password-env VAR\n";
        return kUsageError;
    }
    try {
        const std::filesystem::path dir = opt("data-dir");
        std::filesystem::create_directories(dir);
        auto db = storage::Database::open(dir / "iocd.sqlite");
        storage::migrate(db, storage::iocdMigrations());
        const auto now = domain::SystemClock{}.now();
        storage::UserRepository users(db);
        storage::AuditRepository audit(db);
        const std::string actor = osUser();
        const std::string username = opt("username");

        if (p.group == "audit" && p.verb == "verify") {
            const auto v = audit.verify();
            if (v.ok) {
                out << "audit log OK: " << v.entries << " entries verified\n";
                return 0;
            }
            out << "audit log BROKEN at entry " << v.firstBrokenId.value_or(0) << ": " << v.reason
                << '\n';
            return kAuditBroken;
        }
        if (p.group != "user") {
            err << "iocd: unknown command\n\n" << adminUsage();
            return kUsageError;
        }
        if (p.verb == "list") {
            for (const auto& u : users.list())
                out << u.username << '\t' << domain::toString(u.role) << '\t'
                    << (u.disabled ? "disabled" : "active") << (u.demo ? "\tdemo" : "") << '\t'
                    << u.displayName << '\n';
            return 0;
        }
        if (username.empty()) {
            err << "iocd: --username is required\n";
            return kUsageError;
        }
        if (p.verb == "create" || p.verb == "reset-password") {
            std::optional<domain::Role> role;
            if (p.verb == "create") {
                role = domain::roleFromString(opt("role"));
                if (!role) {
                    err << "iocd: --role must be officer, supervisor, wall or admin\n";
                    return kUsageError;
                }
            }
            bool generated = false;
            auto pw = password(p, err, generated);
            if (!pw)
                return kUsageError;
            if (auto weak = domain::passwordWeakness(*pw, username)) {
                err << "iocd: password refused: " << *weak << '\n';
                return kUsageError;
            }
            const auto hash = server::PasswordHasher::hash(*pw);
            storage::Transaction tx(db);
            if (p.verb == "create") {
                if (!users.create(username, opt("name"), *role, hash, false, now)) {
                    err << "iocd: user '" << username << "' already exists\n";
                    return 1;
                }
                audit.append(now, actor, "admin", "user.create", username,
                             "{\"role\":" + jsonString(domain::toString(*role)) + "}");
            } else {
                if (!users.setPasswordHash(username, hash, now)) {
                    err << "iocd: no user '" << username << "'\n";
                    return 1;
                }
                audit.append(now, actor, "admin", "user.reset_password", username);
            }
            tx.commit();
            out << (p.verb == "create" ? "created " : "password reset for ") << username;
            if (generated)
                out << "; password (shown once): " << *pw;
            out << '\n';
            return 0;
        }
        if (p.verb == "disable" || p.verb == "enable") {
            storage::Transaction tx(db);
            if (!users.setDisabled(username, p.verb == "disable", now)) {
                err << "iocd: no user '" << username << "'\n";
                return 1;
            }
            audit.append(now, actor, "admin", "user." + p.verb, username);
            tx.commit();
            out << username << ' ' << p.verb << "d\n";
            return 0;
        }
        err << "iocd: unknown command\n\n" << adminUsage();
        return kUsageError;
    } catch (const std::exception& e) {
        err << "iocd: " << e.what() << '\n';
        return 1;
    }
}

} // namespace ioc::app
