// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/UserRepository.h"

#include "ioc/storage/Statement.h"

namespace ioc::storage {

namespace {
constexpr const char* kColumns = "id, username, display_name, role, password_hash, disabled, demo";

UserRecord read(const Statement& q)
{
    UserRecord u;
    u.id = q.int64(0);
    u.username = q.text(1);
    u.displayName = q.text(2);
    u.role = domain::roleFromString(q.text(3)).value_or(domain::Role::Officer);
    u.passwordHash = q.text(4);
    u.disabled = q.int64(5) != 0;
    u.demo = q.int64(6) != 0;
    return u;
}

std::int64_t millis(domain::TimePoint t)
{
    return t.time_since_epoch().count();
}
} // namespace

std::optional<UserRecord> UserRepository::create(const std::string& username,
                                                 const std::string& displayName, domain::Role role,
                                                 const std::string& passwordHash, bool demo,
                                                 domain::TimePoint now)
{
    if (find(username))
        return std::nullopt;
    Statement st(m_db, "INSERT INTO users(username, display_name, role, password_hash, demo, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, username)
        .bind(2, displayName)
        .bind(3, domain::toString(role))
        .bind(4, passwordHash)
        .bind(5, std::int64_t{demo ? 1 : 0})
        .bind(6, millis(now))
        .bind(7, millis(now));
    st.run();
    return find(username);
}

std::optional<UserRecord> UserRepository::find(const std::string& username)
{
    Statement q(m_db, std::string("SELECT ") + kColumns + " FROM users WHERE username = ?");
    q.bind(1, username);
    if (!q.step())
        return std::nullopt;
    return read(q);
}

std::optional<UserRecord> UserRepository::findById(std::int64_t id)
{
    Statement q(m_db, std::string("SELECT ") + kColumns + " FROM users WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return read(q);
}

std::vector<UserRecord> UserRepository::list()
{
    std::vector<UserRecord> out;
    Statement q(m_db, std::string("SELECT ") + kColumns + " FROM users ORDER BY username");
    while (q.step())
        out.push_back(read(q));
    return out;
}

bool UserRepository::setDisabled(const std::string& username, bool disabled, domain::TimePoint now)
{
    Statement st(m_db, "UPDATE users SET disabled = ?, updated_at = ? WHERE username = ?");
    st.bind(1, std::int64_t{disabled ? 1 : 0}).bind(2, millis(now)).bind(3, username);
    st.run();
    return m_db.changes() > 0;
}

bool UserRepository::setPasswordHash(const std::string& username, const std::string& hash,
                                     domain::TimePoint now)
{
    Statement st(m_db, "UPDATE users SET password_hash = ?, updated_at = ? WHERE username = ?");
    st.bind(1, hash).bind(2, millis(now)).bind(3, username);
    st.run();
    return m_db.changes() > 0;
}

std::int64_t UserRepository::count()
{
    Statement q(m_db, "SELECT COUNT(*) FROM users");
    q.step();
    return q.int64(0);
}

} // namespace ioc::storage
