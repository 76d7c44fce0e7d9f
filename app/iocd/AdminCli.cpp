// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminCli.h"

#include "ApiKeys.h"
#include "auth/PasswordHasher.h"

#include "ioc/domain/Role.h"
#include "ioc/storage/ApiKeyRepository.h"
#include "ioc/storage/AuditRepository.h"
#include "ioc/storage/Schema.h"
#include "ioc/storage/SessionRepository.h"
#include "ioc/storage/UserRepository.h"

#include <sodium.h>

#include <charconv>
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
    const char *u = std::getenv("SUDO_USER");
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
    std::size_t first = 2;
    // `iocd apikey revoke ID`: the one positional argument.
    if (p.group == "apikey" && p.verb == "revoke" && args.size() > 2 &&
        args[2].rfind("--", 0) != 0) {
        p.opts["id"] = args[2];
        first = 3;
    }
    for (std::size_t i = first; i < args.size(); ++i) {
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
        const char *v = std::getenv(it->second.c_str());
        if (!v) {
            err << "iocd: environment variable " << it->second << " is not set\n";
            return std::nullopt;
        }
        return std::string(v);
    }
    generated = true;
    return server::PasswordHasher::generate();
}

std::string newApiKey()
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium cannot be initialised");
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    char text[sodium_base64_ENCODED_LEN(sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(text, sizeof text, raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return std::string("ioc_") + text;
}

std::string jsonList(const std::vector<std::string>& items)
{
    std::string out = "[";
    for (const auto& i : items)
        out += (out.size() > 1 ? "," : "") + jsonString(i);
    return out + "]";
}

int apiKeyCommand(const Parsed& p, storage::Database& db, domain::TimePoint now,
                  const std::string& actor, std::ostream& out, std::ostream& err)
{
    auto opt = [&](const char *name) -> std::string {
        auto it = p.opts.find(name);
        return it == p.opts.end() ? std::string() : it->second;
    };
    storage::ApiKeyRepository keys(db);
    storage::AuditRepository audit(db);
    if (p.verb == "list") {
        for (const auto& k : keys.list()) {
            std::string scope;
            for (const auto& s : k.scope)
                scope += (scope.empty() ? "" : ",") + s;
            out << k.id << '\t' << k.kind << '\t' << (k.revokedAt ? "revoked" : "active") << '\t'
                << scope << '\t' << k.name << '\n';
        }
        return 0;
    }
    if (p.verb == "create") {
        const std::string kind = opt("kind");
        std::vector<std::string> scope;
        if (kind == "source")
            scope = storage::splitScopeList(opt("source"));
        else if (kind == "agency")
            scope = storage::splitScopeList(opt("series"));
        else if (kind == "channel")
            scope = storage::splitScopeList(opt("channel"));
        else {
            err << "iocd: --kind must be source, agency or channel\n";
            return kUsageError;
        }
        if (scope.empty() || (kind == "channel" && scope.size() != 1)) {
            err << "iocd: "
                << (kind == "source"    ? "--source ID"
                    : kind == "channel" ? "--channel ID (one channel)"
                                        : "--series ID,ID,...")
                << " is required\n";
            return kUsageError;
        }
        const std::string key = newApiKey();
        storage::Transaction tx(db);
        const auto rec =
            keys.create(opt("name"), kind, server::ApiKeys::sha256Hex(key), scope, now);
        audit.append(now, actor, "admin", "apikey.create", "key:" + std::to_string(rec.id),
                     "{\"kind\":" + jsonString(kind) + ",\"scope\":" + jsonList(scope) +
                         ",\"name\":" + jsonString(rec.name) + "}");
        tx.commit();
        out << "created API key " << rec.id << " (" << kind << "); key (shown once): " << key
            << '\n';
        return 0;
    }
    if (p.verb == "revoke") {
        std::int64_t id = 0;
        const std::string text = opt("id");
        auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
        if (text.empty() || ec != std::errc{} || ptr != text.data() + text.size()) {
            err << "iocd: apikey revoke needs the key's number (see `iocd apikey list`)\n";
            return kUsageError;
        }
        storage::Transaction tx(db);
        if (!keys.revoke(id, now)) {
            err << "iocd: no active API key " << id << '\n';
            return 1;
        }
        audit.append(now, actor, "admin", "apikey.revoke", "key:" + std::to_string(id));
        tx.commit();
        out << "API key " << id << " revoked\n";
        return 0;
    }
    err << "iocd: unknown command\n\n" << adminUsage();
    return kUsageError;
}

} // namespace

bool isAdminCommand(const std::vector<std::string>& args)
{
    return !args.empty() && (args[0] == "user" || args[0] == "audit" || args[0] == "apikey");
}

std::string adminUsage()
{
    return R"(Administration (offline, on the data directory):
  iocd user create --data-dir DIR --username NAME --role officer|supervisor|wall|admin
                   [--name "Display name"] [--password-env VAR]
  iocd user reset-password --data-dir DIR --username NAME [--password-env VAR]
  iocd user disable|enable --data-dir DIR --username NAME
  iocd user list --data-dir DIR
  iocd apikey create --data-dir DIR --kind source --source ID [--name NAME]
  iocd apikey create --data-dir DIR --kind agency --series ID,ID,... [--name NAME]
  iocd apikey create --data-dir DIR --kind channel --channel ID [--name NAME]
  iocd apikey revoke ID --data-dir DIR
  iocd apikey list --data-dir DIR
  iocd audit verify --data-dir DIR      (exit status 3 when the chain is broken)
Without --password-env a strong password is generated and printed once. API keys are printed
once and stored only as their SHA-256. A running iocd sees these changes within 2 seconds.
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
    auto opt = [&](const char *name) -> std::string {
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
        if (p.group == "apikey")
            return apiKeyCommand(p, db, now, actor, out, err);
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
                storage::SessionRepository(db).revokeAllOf(users.find(username)->id, now);
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
            if (p.verb == "disable")
                storage::SessionRepository(db).revokeAllOf(users.find(username)->id, now);
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
