// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/AuthService.h"

#include "Log.h"
#include "auth/PasswordHasher.h"

#include "ioc/storage/ApiKeyRepository.h"
#include "ioc/storage/LoginFailureRepository.h"
#include "ioc/storage/SessionRepository.h"
#include "ioc/storage/Statement.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <boost/asio/post.hpp>

#include <sodium.h>

#include <array>

namespace ioc::server {

using storage::UserRecord;

namespace {
constexpr auto kTouchEvery = std::chrono::seconds(60);
constexpr std::size_t kTokenBytes = 32; // 256 bits
constexpr auto kRememberExpired = std::chrono::hours(24);

std::string newToken()
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium cannot be initialised");
    std::array<unsigned char, kTokenBytes> raw{};
    randombytes_buf(raw.data(), raw.size());
    std::string out(
        sodium_base64_ENCODED_LEN(kTokenBytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), raw.data(), raw.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::char_traits<char>::length(out.c_str()));
    sodium_memzero(raw.data(), raw.size());
    return out;
}

std::string withRemote(const std::string& detailsJson, const std::string& remote)
{
    boost::system::error_code ec;
    auto v = boost::json::parse(detailsJson, ec);
    boost::json::object o = (!ec && v.is_object()) ? v.as_object() : boost::json::object{};
    o["remote"] = remote;
    return boost::json::serialize(o);
}

bool validUsername(const std::string& u)
{
    if (u.size() < 2 || u.size() > 64)
        return false;
    for (unsigned char c : u)
        if (!(std::isalnum(c) || c == '.' || c == '_' || c == '-'))
            return false;
    return true;
}

struct DemoAccount
{
    const char *username;
    const char *displayName;
    domain::Role role;
};
// Display names say DEMO so that nobody mistakes them for real people on a screen or in the log.
constexpr std::array kDemoAccounts{
    DemoAccount{"officer", "DEMO Cán bộ trực 1", domain::Role::Officer},
    DemoAccount{"officer2", "DEMO Cán bộ trực 2", domain::Role::Officer},
    DemoAccount{"supervisor", "DEMO Lãnh đạo ca 1", domain::Role::Supervisor},
    DemoAccount{"supervisor2", "DEMO Lãnh đạo ca 2", domain::Role::Supervisor},
    DemoAccount{"wall", "DEMO Màn hình tường", domain::Role::Wall},
    DemoAccount{"admin", "DEMO Quản trị", domain::Role::Admin},
};
} // namespace

AuthService::AuthService(storage::Database db, const domain::Clock& clock, AuthOptions options,
                         const ApiKeys& configKeys)
    : m_clock(clock)
    , m_options(options)
    , m_configKeys(configKeys)
    , m_db(std::move(db))
{
    std::lock_guard lock(m_mutex);
    m_failures = storage::LoginFailureRepository(m_db).loadAll();
    refreshLocked(m_clock.now());
}

AuthService::~AuthService()
{
    stopWatching();
    m_pool.join();
}

std::string AuthService::remoteAddress(const std::string& remote)
{
    const auto colon = remote.rfind(':');
    return colon == std::string::npos ? remote : remote.substr(0, colon);
}

Principal AuthService::userPrincipal(const UserRecord& u) const
{
    Principal p;
    p.kind = Principal::Kind::User;
    p.userId = u.id;
    p.username = u.username;
    p.displayName = u.displayName;
    p.role = u.role;
    p.demo = u.demo;
    return p;
}

void AuthService::refreshLocked(domain::TimePoint now)
{
    // Write back when sessions were last used (at most once a minute each), then reload.
    storage::SessionRepository sessions(m_db);
    for (const auto& [hash, s] : m_sessions)
        if (s.lastSeen - s.lastSeenStored >= kTouchEvery)
            sessions.touch(hash, s.lastSeen);
    std::map<std::string, CachedSession> fresh;
    storage::UserRepository users(m_db);
    std::map<std::int64_t, std::optional<UserRecord>> byId;
    // Recently expired sessions stay known, so their token is answered `token_expired`.
    for (auto& s : sessions.active(now - kRememberExpired)) {
        auto& u = byId[s.userId];
        if (!u)
            u = users.findById(s.userId);
        if (!u || u->disabled || (u->demo && !m_options.demo))
            continue;
        CachedSession c{userPrincipal(*u), s.lastSeenAt, s.lastSeenAt};
        c.principal.tokenSha256 = s.tokenSha256;
        c.principal.expiresAt = s.expiresAt;
        if (auto old = m_sessions.find(s.tokenSha256); old != m_sessions.end())
            c.lastSeen = std::max(old->second.lastSeen, c.lastSeenStored);
        fresh.emplace(s.tokenSha256, std::move(c));
    }
    m_sessions = std::move(fresh);
    std::map<std::string, CachedKey> keys;
    for (auto& k : storage::ApiKeyRepository(m_db).list()) {
        if (k.revokedAt)
            continue;
        Principal p;
        p.kind = k.kind == "agency"    ? Principal::Kind::AgencyKey
                 : k.kind == "channel" ? Principal::Kind::ChannelKey
                                       : Principal::Kind::SourceKey;
        p.keyId = k.id;
        p.keyName = k.name;
        p.scope = {k.scope.begin(), k.scope.end()};
        keys.emplace(k.keySha256, CachedKey{std::move(p)});
    }
    m_keys = std::move(keys);
    m_refreshedAt = now;
    endDeadStreamsLocked();
}

bool AuthService::credentialKnownLocked(const WatchedStream& w) const
{
    if (!w.tokenSha256.empty())
        return m_sessions.contains(w.tokenSha256);
    for (const auto& [hash, key] : m_keys)
        if (key.principal.keyId == w.keyId)
            return true;
    return false;
}

void AuthService::endDeadStreamsLocked()
{
    // Expiry is each stream's own timer; here ends what a lookup can no longer find (logged out,
    // revoked, user disabled, key revoked).
    std::erase_if(m_streams, [this](const WatchedStream& w) {
        auto stream = w.stream.lock();
        if (stream && credentialKnownLocked(w))
            return false;
        if (stream)
            stream->sessionEnded(); // only posts to the stream's strand
        return true;
    });
}

void AuthService::scheduleWatchLocked()
{
    if (m_watching || m_watchStopped || m_streams.empty())
        return;
    m_watching = true;
    m_watch.expires_after(kRefresh);
    m_watch.async_wait([this](boost::system::error_code ec) {
        std::lock_guard lock(m_mutex);
        m_watching = false;
        if (ec || m_watchStopped)
            return;
        // Catches what another process changed (offline `iocd user|apikey`), streams or not.
        refreshLocked(m_clock.now());
        scheduleWatchLocked();
    });
}

bool AuthService::watchStream(const Principal& owner, std::weak_ptr<SessionBoundStream> stream)
{
    if (!owner.isUser() && owner.keyId == 0)
        return true; // a key from the series configuration file: only a restart revokes it
    WatchedStream w{owner.isUser() ? owner.tokenSha256 : std::string(), owner.keyId,
                    std::move(stream)};
    std::lock_guard lock(m_mutex);
    if (!credentialKnownLocked(w) || (owner.isUser() && m_clock.now() >= owner.expiresAt))
        return false;
    m_streams.push_back(std::move(w));
    scheduleWatchLocked();
    return true;
}

domain::Milliseconds AuthService::timeLeft(const Principal& owner) const
{
    return owner.expiresAt - m_clock.now();
}

void AuthService::stopWatching()
{
    std::lock_guard lock(m_mutex);
    m_watchStopped = true;
    m_watch.cancel();
}

void AuthService::ensureFreshLocked(domain::TimePoint now)
{
    // The refresh reads (and writes last-seen times) with synchronous=FULL: on the slow pool,
    // not on the I/O thread that noticed it was due.
    if ((now - m_refreshedAt < kRefresh && now >= m_refreshedAt) || m_refreshPending)
        return;
    m_refreshPending = true;
    boost::asio::post(m_pool, [this] {
        std::lock_guard lock(m_mutex);
        refreshLocked(m_clock.now());
        m_refreshPending = false;
    });
}

void AuthService::authenticate(HttpRequest& request, bool allowQueryToken)
{
    std::optional<std::string> token;
    if (auto h = request.header("authorization")) {
        constexpr std::string_view kBearer = "Bearer ";
        if (h->size() <= kBearer.size() || h->substr(0, kBearer.size()) != kBearer) {
            request.authError =
                protocol::Error{"invalid_token", "expected 'Authorization: Bearer TOKEN'"};
            return;
        }
        token = std::string(h->substr(kBearer.size()));
    } else if (allowQueryToken) {
        if (auto q = request.queryParam("access_token"))
            token = std::string(*q);
    }
    const auto now = m_clock.now();
    if (token) {
        const auto hash = ApiKeys::sha256Hex(*token);
        std::lock_guard lock(m_mutex);
        ensureFreshLocked(now);
        auto it = m_sessions.find(hash);
        if (it == m_sessions.end()) {
            request.authError = protocol::Error{
                "invalid_token", "the token is unknown, revoked or expired; log in again"};
            return;
        }
        if (now >= it->second.principal.expiresAt) {
            request.authError =
                protocol::Error{"token_expired", "the session has expired; log in again"};
            return;
        }
        it->second.lastSeen = now;
        request.principal = it->second.principal;
        return;
    }
    auto key = request.header("x-api-key");
    if (!key)
        return;
    if (auto grant = m_configKeys.lookup(*key)) {
        Principal p;
        p.kind = grant->channel.empty() ? Principal::Kind::SourceKey : Principal::Kind::ChannelKey;
        p.keyName = grant->allSources || !grant->channel.empty() ? "demo" : "config";
        p.scope = grant->channel.empty() ? grant->sources : std::set{grant->channel};
        p.allSources = grant->allSources;
        request.principal = std::move(p);
        return;
    }
    const auto hash = ApiKeys::sha256Hex(*key);
    std::lock_guard lock(m_mutex);
    ensureFreshLocked(now);
    if (auto it = m_keys.find(hash); it != m_keys.end()) {
        request.principal = it->second.principal;
        return;
    }
    log(LogLevel::Warning, "bad_api_key", {{"remote", request.remote}, {"id", request.requestId}});
    request.authError = protocol::Error{"bad_api_key", "unknown or revoked API key"};
}

std::optional<AuthFailure> AuthService::gateLocked(const std::string& key,
                                                   const domain::LoginThrottlePolicy& p,
                                                   domain::TimePoint now, const char *lockedCode)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return std::nullopt;
    const auto gate = domain::checkLogin(it->second, p, now);
    switch (gate.verdict) {
    case domain::LoginGate::Verdict::Allowed:
        return std::nullopt;
    case domain::LoginGate::Verdict::Throttled:
        return AuthFailure{429, "login_throttled",
                           "too many failed logins; wait before trying again", gate.retryAfter};
    case domain::LoginGate::Verdict::Locked:
        return AuthFailure{429, lockedCode,
                           std::string(lockedCode) == "account_locked"
                               ? "this account is locked after repeated failed logins"
                               : "this address is locked after repeated failed logins",
                           gate.retryAfter};
    }
    return std::nullopt;
}

void AuthService::failLocked(const std::string& key, const domain::LoginThrottlePolicy& p,
                             domain::TimePoint now, const std::string& remote,
                             const std::string& username)
{
    bool lockedNow = false;
    auto state = domain::recordFailure(m_failures[key], p, now, lockedNow);
    m_failures[key] = state;
    storage::LoginFailureRepository(m_db).put(key, state);
    if (lockedNow) {
        log(LogLevel::Warning, "login_locked", {{"key", key}, {"remote", remote}});
        storage::AuditRepository(m_db).append(
            now, username, "-", "login.locked", key,
            withRemote(boost::json::serialize(boost::json::object{
                           {"failures", state.failures},
                           {"until", domain::formatRfc3339(state.lockedUntil)}}),
                       remote));
    }
}

std::variant<LoginSuccess, AuthFailure> AuthService::login(const std::string& username,
                                                           const std::string& password,
                                                           const std::string& remote)
{
    const std::string accountKey = "user:" + username;
    const std::string addressKey = "addr:" + remoteAddress(remote);
    std::optional<UserRecord> user;
    {
        std::lock_guard lock(m_mutex);
        const auto now = m_clock.now();
        auto refused = gateLocked(addressKey, m_options.address, now, "address_locked");
        if (!refused)
            refused = gateLocked(accountKey, m_options.account, now, "account_locked");
        if (refused) {
            // Not audited one by one: a hammering client must not be able to fill the disk
            // with fsynced entries. The lock itself is in the audit log (login.locked).
            log(LogLevel::Warning, "login_refused",
                {{"user", username}, {"remote", remote}, {"code", refused->code}});
            return *refused;
        }
        user = storage::UserRepository(m_db).find(username);
    }
    // The slow part, outside the lock. Unknown users cost the same time as known ones.
    static const std::string dummyHash = PasswordHasher::hash("not a password of anyone");
    const bool passwordOk = PasswordHasher::verify(password, user ? user->passwordHash : dummyHash);
    std::string reason;
    if (!user)
        reason = "unknown_user";
    else if (!passwordOk)
        reason = "bad_password";
    else if (user->disabled)
        reason = "disabled";
    else if (user->demo && !m_options.demo)
        reason = "demo_account_outside_demo";

    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    storage::AuditRepository audit(m_db);
    if (!reason.empty()) {
        storage::Transaction tx(m_db);
        audit.append(now, username, user ? std::string(domain::toString(user->role)) : "-",
                     "login.failed", username,
                     withRemote("{\"reason\":\"" + reason + "\"}", remote));
        failLocked(accountKey, m_options.account, now, remote, username);
        failLocked(addressKey, m_options.address, now, remote, username);
        tx.commit();
        log(LogLevel::Warning, "login_failed",
            {{"user", username}, {"remote", remote}, {"reason", reason}});
        return AuthFailure{401, "invalid_credentials", "wrong user name or password"};
    }
    LoginSuccess ok{newToken(), *user, now + m_options.sessionLifetime};
    storage::SessionRecord s;
    s.tokenSha256 = ApiKeys::sha256Hex(ok.token);
    s.userId = user->id;
    s.createdAt = now;
    s.expiresAt = ok.expiresAt;
    s.lastSeenAt = now;
    s.remote = remote;
    {
        storage::Transaction tx(m_db);
        storage::SessionRepository(m_db).create(s);
        m_failures.erase(accountKey);
        storage::LoginFailureRepository(m_db).clear(accountKey);
        audit.append(now, user->username, std::string(domain::toString(user->role)), "login",
                     user->username, withRemote("{}", remote));
        tx.commit();
    }
    CachedSession c{userPrincipal(*user), now, now};
    c.principal.tokenSha256 = s.tokenSha256;
    c.principal.expiresAt = s.expiresAt;
    m_sessions.emplace(s.tokenSha256, std::move(c));
    log(LogLevel::Info, "login", {{"user", user->username}, {"remote", remote}});
    return ok;
}

void AuthService::logout(const Principal& who, const std::string& remote)
{
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    storage::Transaction tx(m_db);
    storage::SessionRepository(m_db).revoke(who.tokenSha256, now);
    storage::AuditRepository(m_db).append(now, who.actor(), who.roleName(), "logout", who.username,
                                          withRemote("{}", remote));
    tx.commit();
    m_sessions.erase(who.tokenSha256);
    endDeadStreamsLocked();
}

std::vector<UserRecord> AuthService::users()
{
    std::lock_guard lock(m_mutex);
    return storage::UserRepository(m_db).list();
}

std::variant<UserRecord, AuthFailure>
AuthService::createUser(const Principal& actor, const std::string& username,
                        const std::string& displayName, const std::string& roleName,
                        const std::string& password, const std::string& remote)
{
    if (!validUsername(username))
        return AuthFailure{400, "bad_username",
                           "user names are 2-64 letters, digits, '.', '_' or '-'"};
    const auto role = domain::roleFromString(roleName);
    if (!role)
        return AuthFailure{400, "bad_role", "role must be officer, supervisor, wall or admin"};
    if (auto weak = domain::passwordWeakness(password, username))
        return AuthFailure{400, "weak_password", "password refused: " + std::string(*weak)};
    const auto hash = PasswordHasher::hash(password);
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    storage::Transaction tx(m_db);
    auto created =
        storage::UserRepository(m_db).create(username, displayName, *role, hash, false, now);
    if (!created)
        return AuthFailure{409, "user_exists", "user '" + username + "' already exists"};
    storage::AuditRepository(m_db).append(
        now, actor.actor(), actor.roleName(), "user.create", username,
        withRemote(boost::json::serialize(
                       boost::json::object{{"role", roleName}, {"display_name", displayName}}),
                   remote));
    tx.commit();
    return *created;
}

std::optional<AuthFailure> AuthService::resetPassword(const Principal& actor,
                                                      const std::string& username,
                                                      const std::string& password,
                                                      const std::string& remote)
{
    if (auto weak = domain::passwordWeakness(password, username))
        return AuthFailure{400, "weak_password", "password refused: " + std::string(*weak)};
    const auto hash = PasswordHasher::hash(password);
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    storage::UserRepository users(m_db);
    const auto user = users.find(username);
    if (!user)
        return AuthFailure{404, "unknown_user", "no user '" + username + "'"};
    storage::Transaction tx(m_db);
    users.setPasswordHash(username, hash, now);
    // A reset password ends every session of that user: whoever knew the old one is out.
    const int revoked = storage::SessionRepository(m_db).revokeAllOf(user->id, now);
    storage::AuditRepository(m_db).append(
        now, actor.actor(), actor.roleName(), "user.reset_password", username,
        withRemote("{\"sessions_revoked\":" + std::to_string(revoked) + "}", remote));
    tx.commit();
    refreshLocked(now);
    return std::nullopt;
}

std::variant<UserRecord, AuthFailure>
AuthService::updateUser(const Principal& actor, const std::string& username,
                        std::optional<bool> disabled, std::optional<std::string> roleName,
                        std::optional<std::string> displayName, const std::string& remote)
{
    std::optional<domain::Role> role;
    if (roleName) {
        role = domain::roleFromString(*roleName);
        if (!role)
            return AuthFailure{400, "bad_role", "role must be officer, supervisor, wall or admin"};
    }
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    storage::UserRepository users(m_db);
    auto user = users.find(username);
    if (!user)
        return AuthFailure{404, "unknown_user", "no user '" + username + "'"};
    if (actor.isUser() && actor.userId == user->id &&
        ((disabled && *disabled) || (role && *role != user->role)))
        return AuthFailure{409, "self_lockout",
                           "an administrator cannot disable or demote themselves"};
    storage::Transaction tx(m_db);
    boost::json::object changes;
    if (disabled && *disabled != user->disabled) {
        users.setDisabled(username, *disabled, now);
        changes["disabled"] = *disabled;
        if (*disabled)
            changes["sessions_revoked"] =
                storage::SessionRepository(m_db).revokeAllOf(user->id, now);
    }
    if ((role && *role != user->role) || (displayName && *displayName != user->displayName)) {
        storage::Statement st(
            m_db, "UPDATE users SET role = ?, display_name = ?, updated_at = ? WHERE id = ?");
        st.bind(1, domain::toString(role.value_or(user->role)))
            .bind(2, displayName.value_or(user->displayName))
            .bind(3, std::int64_t{now.time_since_epoch().count()})
            .bind(4, user->id);
        st.run();
        if (role && *role != user->role) {
            changes["role"] = std::string(domain::toString(*role));
            // New rights take effect at the next login, not halfway through a session.
            changes["sessions_revoked"] =
                storage::SessionRepository(m_db).revokeAllOf(user->id, now);
        }
        if (displayName && *displayName != user->displayName)
            changes["display_name"] = *displayName;
    }
    if (!changes.empty())
        storage::AuditRepository(m_db).append(now, actor.actor(), actor.roleName(), "user.update",
                                              username,
                                              withRemote(boost::json::serialize(changes), remote));
    tx.commit();
    refreshLocked(now);
    return *users.find(username);
}

void AuthService::audit(const std::string& actor, const std::string& role,
                        const std::string& action, const std::string& target,
                        const std::string& remote, const std::string& detailsJson)
{
    std::lock_guard lock(m_mutex);
    storage::AuditRepository(m_db).append(m_clock.now(), actor, role, action, target,
                                          withRemote(detailsJson, remote));
}

std::vector<storage::AuditEntry> AuthService::searchAudit(const AuditQuery& q)
{
    std::lock_guard lock(m_mutex);
    return storage::AuditRepository(m_db).search(q);
}

storage::AuditVerdict AuthService::verifyAudit()
{
    std::lock_guard lock(m_mutex);
    return storage::AuditRepository(m_db).verify();
}

void AuthService::seedDemoAccounts()
{
    const auto hash = PasswordHasher::hash("demo");
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    storage::UserRepository users(m_db);
    storage::Transaction tx(m_db);
    for (const auto& a : kDemoAccounts)
        if (!users.find(a.username) &&
            users.create(a.username, a.displayName, a.role, hash, true, now))
            storage::AuditRepository(m_db).append(
                now, "iocd", "system", "user.create", a.username,
                boost::json::serialize(boost::json::object{
                    {"role", std::string(domain::toString(a.role))}, {"demo", true}}));
    tx.commit();
}

std::optional<std::string> AuthService::createFirstAdmin(std::optional<std::string> password)
{
    {
        // Demo accounts do not count: they cannot log in outside --demo.
        std::lock_guard lock(m_mutex);
        storage::Statement q(m_db, "SELECT COUNT(*) FROM users WHERE demo = 0");
        q.step();
        if (m_options.demo || q.int64(0) > 0)
            return std::nullopt;
    }
    const bool generated = !password;
    std::string pw = password ? std::move(*password) : PasswordHasher::generate();
    if (auto weak = domain::passwordWeakness(pw, "admin"))
        throw std::runtime_error("first admin password refused: " + std::string(*weak));
    const auto hash = PasswordHasher::hash(pw);
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    storage::Transaction tx(m_db);
    // A data directory that ran --demo has a demo "admin": it becomes the real one.
    storage::Statement(m_db, "DELETE FROM sessions WHERE user_id IN "
                             "(SELECT id FROM users WHERE username = 'admin' AND demo = 1)")
        .run();
    storage::Statement(m_db, "DELETE FROM users WHERE username = 'admin' AND demo = 1").run();
    storage::UserRepository(m_db).create("admin", "Quản trị", domain::Role::Admin, hash, false,
                                         now);
    storage::AuditRepository(m_db).append(now, "iocd", "system", "user.create", "admin",
                                          "{\"role\":\"admin\",\"first_start\":true}");
    tx.commit();
    return generated ? std::optional<std::string>(std::move(pw))
                     : std::optional<std::string>(std::string());
}

} // namespace ioc::server
