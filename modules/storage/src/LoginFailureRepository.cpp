// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/LoginFailureRepository.h"

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

std::map<std::string, domain::LoginFailures> LoginFailureRepository::loadAll()
{
    std::map<std::string, domain::LoginFailures> out;
    Statement q(m_db, "SELECT key, failures, first_at, last_at, locked_until FROM login_failures");
    while (q.step())
        out[q.text(0)] = domain::LoginFailures{static_cast<int>(q.int64(1)), fromMillis(q.int64(2)),
                                               fromMillis(q.int64(3)), fromMillis(q.int64(4))};
    return out;
}

void LoginFailureRepository::put(const std::string& key, const domain::LoginFailures& s)
{
    Statement st(m_db, "INSERT INTO login_failures(key, failures, first_at, last_at, locked_until) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
                       "failures = excluded.failures, first_at = excluded.first_at, "
                       "last_at = excluded.last_at, locked_until = excluded.locked_until");
    st.bind(1, key)
        .bind(2, std::int64_t{s.failures})
        .bind(3, millis(s.firstAt))
        .bind(4, millis(s.lastAt))
        .bind(5, millis(s.lockedUntil));
    st.run();
}

void LoginFailureRepository::clear(const std::string& key)
{
    Statement st(m_db, "DELETE FROM login_failures WHERE key = ?");
    st.bind(1, key);
    st.run();
}

} // namespace ioc::storage
