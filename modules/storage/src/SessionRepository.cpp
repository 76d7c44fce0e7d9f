// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/SessionRepository.h"

#include "ioc/storage/Statement.h"

namespace ioc::storage {

namespace {
std::int64_t millis(domain::TimePoint t)
{
    return t.time_since_epoch().count();
}

domain::TimePoint fromMillis(std::int64_t ms)
{
    return domain::TimePoint{domain::Milliseconds{ms}};
}
} // namespace

void SessionRepository::create(const SessionRecord& s)
{
    Statement st(m_db, "INSERT INTO sessions(token_sha256, user_id, created_at, expires_at, "
                       "last_seen_at, remote) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, s.tokenSha256)
        .bind(2, s.userId)
        .bind(3, millis(s.createdAt))
        .bind(4, millis(s.expiresAt))
        .bind(5, millis(s.lastSeenAt))
        .bind(6, s.remote);
    st.run();
}

std::vector<SessionRecord> SessionRepository::active(domain::TimePoint now)
{
    std::vector<SessionRecord> out;
    Statement q(m_db, "SELECT token_sha256, user_id, created_at, expires_at, last_seen_at, remote "
                      "FROM sessions WHERE revoked_at IS NULL AND expires_at > ?");
    q.bind(1, millis(now));
    while (q.step()) {
        SessionRecord s;
        s.tokenSha256 = q.text(0);
        s.userId = q.int64(1);
        s.createdAt = fromMillis(q.int64(2));
        s.expiresAt = fromMillis(q.int64(3));
        s.lastSeenAt = fromMillis(q.int64(4));
        s.remote = q.text(5);
        out.push_back(std::move(s));
    }
    return out;
}

bool SessionRepository::revoke(const std::string& tokenSha256, domain::TimePoint now)
{
    Statement st(m_db, "UPDATE sessions SET revoked_at = ? WHERE token_sha256 = ? AND revoked_at IS NULL");
    st.bind(1, millis(now)).bind(2, tokenSha256);
    st.run();
    return m_db.changes() > 0;
}

int SessionRepository::revokeAllOf(std::int64_t userId, domain::TimePoint now)
{
    Statement st(m_db, "UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL");
    st.bind(1, millis(now)).bind(2, userId);
    st.run();
    return m_db.changes();
}

void SessionRepository::touch(const std::string& tokenSha256, domain::TimePoint lastSeen)
{
    Statement st(m_db, "UPDATE sessions SET last_seen_at = ? WHERE token_sha256 = ?");
    st.bind(1, millis(lastSeen)).bind(2, tokenSha256);
    st.run();
}

void SessionRepository::pruneEndedBefore(domain::TimePoint cutoff)
{
    Statement st(m_db, "DELETE FROM sessions WHERE expires_at < ? OR revoked_at < ?");
    st.bind(1, millis(cutoff)).bind(2, millis(cutoff));
    st.run();
}

} // namespace ioc::storage
