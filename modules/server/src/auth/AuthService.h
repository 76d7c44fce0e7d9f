// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKeys.h"
#include "HttpTypes.h"
#include "auth/Principal.h"
#include "auth/SessionBoundStream.h"

#include "ioc/domain/LoginThrottle.h"
#include "ioc/domain/Role.h"
#include "ioc/domain/Time.h"
#include "ioc/storage/AuditRepository.h"
#include "ioc/storage/Database.h"
#include "ioc/storage/UserRepository.h"

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ioc::server {

struct AuthOptions
{
    std::chrono::seconds sessionLifetime{std::chrono::hours(12) + std::chrono::minutes(30)};
    domain::LoginThrottlePolicy account{5, std::chrono::seconds(900), std::chrono::seconds(900),
                                        std::chrono::seconds(8)};
    domain::LoginThrottlePolicy address{30, std::chrono::seconds(900), std::chrono::seconds(900),
                                        std::chrono::seconds(8)};
    bool demo = false; // demo accounts may log in only while this is set
};

// A refusal with its HTTP status (and Retry-After for throttling).
struct AuthFailure
{
    int status = 400;
    std::string code;
    std::string message;
    std::chrono::seconds retryAfter{0};
};

struct LoginSuccess
{
    std::string token; // shown to the client once; only its SHA-256 is kept
    storage::UserRecord user;
    domain::TimePoint expiresAt;
};

// Filters for GET /api/v1/audit.
using AuditQuery = storage::AuditFilter;

// Users, login sessions, API keys, login throttling and the audit log of what people and keys do.
// Has its own SQLite connection (users and audit are written with synchronous=FULL). Lookups on
// every request (authenticate) are served from memory, refreshed from the database every
// kRefresh so that changes made with the offline `iocd user|apikey` commands take effect on a
// running server. Argon2id work must run on slowPool(), never on the I/O threads.
class AuthService
{
public:
    static constexpr auto kRefresh = std::chrono::seconds(2);

    AuthService(storage::Database db, const domain::Clock& clock, AuthOptions options,
                const ApiKeys& configKeys);
    ~AuthService();
    AuthService(const AuthService&) = delete;
    AuthService& operator=(const AuthService&) = delete;

    // Sets request.principal from "Authorization: Bearer", "X-Api-Key" or (WebSocket upgrade
    // only, allowQueryToken) "?access_token=", or request.authError when they are refused.
    void authenticate(HttpRequest& request, bool allowQueryToken);

    // Ties an open stream to the login session (or database API key) of `owner`: the stream's
    // sessionEnded() is called once that session is logged out or revoked, or the key revoked,
    // including by the offline `iocd user|apikey` commands (checked every kRefresh while streams
    // are open). Expiry is the stream's own timer (timeLeft). Returns false when the credential
    // has already ended: the caller ends the stream at once. Holds only a weak reference.
    bool watchStream(const Principal& owner, std::weak_ptr<SessionBoundStream> stream);
    // How long the login session of `owner` has left (zero or less: expired).
    domain::Milliseconds timeLeft(const Principal& owner) const;
    // Stops the periodic check of open streams; call before joining slowPool().
    void stopWatching();

    // Two threads for password hashing, so logins never stall the I/O threads.
    boost::asio::thread_pool& slowPool() { return m_pool; }

    // --- on slowPool() ---
    std::variant<LoginSuccess, AuthFailure>
    login(const std::string& username, const std::string& password, const std::string& remote);
    std::variant<storage::UserRecord, AuthFailure>
    createUser(const Principal& actor, const std::string& username, const std::string& displayName,
               const std::string& role, const std::string& password, const std::string& remote);
    std::optional<AuthFailure> resetPassword(const Principal& actor, const std::string& username,
                                             const std::string& password,
                                             const std::string& remote);

    // --- anywhere ---
    void logout(const Principal& who, const std::string& remote);
    std::vector<storage::UserRecord> users();
    std::variant<storage::UserRecord, AuthFailure>
    updateUser(const Principal& actor, const std::string& username, std::optional<bool> disabled,
               std::optional<std::string> role, std::optional<std::string> displayName,
               const std::string& remote);
    // Appends to the hash-chained audit log; `remote` goes into the details.
    void audit(const std::string& actor, const std::string& role, const std::string& action,
               const std::string& target, const std::string& remote,
               const std::string& detailsJson = "{}");
    std::vector<storage::AuditEntry> searchAudit(const AuditQuery& q);
    storage::AuditVerdict verifyAudit();

    // --- start-up ---
    // --demo: the six demo accounts (password "demo"), created when missing.
    void seedDemoAccounts();
    // Outside --demo with no users but demo ones: creates "admin" with `password`, or with a
    // generated password that is returned to be shown once ("" when `password` was given). nullopt
    // when users exist.
    std::optional<std::string> createFirstAdmin(std::optional<std::string> password);

    static std::string remoteAddress(const std::string& remote); // "1.2.3.4:5678" -> "1.2.3.4"

private:
    struct CachedSession
    {
        Principal principal;
        domain::TimePoint lastSeenStored;
        domain::TimePoint lastSeen;
    };
    struct CachedKey
    {
        Principal principal;
    };

    void refreshLocked(domain::TimePoint now);
    void ensureFreshLocked(domain::TimePoint now);
    std::optional<AuthFailure> gateLocked(const std::string& key,
                                          const domain::LoginThrottlePolicy& p,
                                          domain::TimePoint now, const char *lockedCode);
    void failLocked(const std::string& key, const domain::LoginThrottlePolicy& p,
                    domain::TimePoint now, const std::string& remote, const std::string& username);
    Principal userPrincipal(const storage::UserRecord& u) const;
    struct WatchedStream
    {
        std::string tokenSha256; // a login session's stream, or
        std::int64_t keyId = 0;  // a database API key's
        std::weak_ptr<SessionBoundStream> stream;
    };
    bool credentialKnownLocked(const WatchedStream& w) const;
    void endDeadStreamsLocked();
    void scheduleWatchLocked();

    const domain::Clock& m_clock;
    AuthOptions m_options;
    const ApiKeys& m_configKeys;
    std::mutex m_mutex; // guards everything below, the database included
    storage::Database m_db;
    std::map<std::string, CachedSession> m_sessions; // by token SHA-256
    std::map<std::string, CachedKey> m_keys;         // database keys, by key SHA-256
    std::map<std::string, domain::LoginFailures> m_failures;
    domain::TimePoint m_refreshedAt{};
    bool m_refreshPending = false;
    std::vector<WatchedStream> m_streams; // open streams, with the credential behind each
    bool m_watching = false;
    bool m_watchStopped = false;
    boost::asio::thread_pool m_pool{2};
    boost::asio::steady_timer m_watch{m_pool.get_executor()};
};

} // namespace ioc::server
