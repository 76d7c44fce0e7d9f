// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/ApiKeyRepository.h"

#include "ioc/storage/Statement.h"

namespace ioc::storage {

namespace {
constexpr const char *kColumns = "id, name, kind, key_sha256, scope, created_at, revoked_at";

std::string joinScope(const std::vector<std::string>& scope)
{
    std::string out;
    for (const auto& s : scope)
        out += (out.empty() ? "" : ",") + s;
    return out;
}

ApiKeyRecord read(const Statement& q)
{
    ApiKeyRecord k;
    k.id = q.int64(0);
    k.name = q.text(1);
    k.kind = q.text(2);
    k.keySha256 = q.text(3);
    k.scope = splitScopeList(q.text(4));
    k.createdAt = domain::TimePoint{domain::Milliseconds{q.int64(5)}};
    if (!q.isNull(6))
        k.revokedAt = domain::TimePoint{domain::Milliseconds{q.int64(6)}};
    return k;
}
} // namespace

std::vector<std::string> splitScopeList(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const auto end = comma == std::string::npos ? text.size() : comma;
        if (end > start)
            out.push_back(text.substr(start, end - start));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

ApiKeyRecord ApiKeyRepository::create(const std::string& name, const std::string& kind,
                                      const std::string& keySha256,
                                      const std::vector<std::string>& scope, domain::TimePoint now)
{
    Statement st(m_db, "INSERT INTO api_keys(name, kind, key_sha256, scope, created_at) "
                       "VALUES (?, ?, ?, ?, ?)");
    st.bind(1, name)
        .bind(2, kind)
        .bind(3, keySha256)
        .bind(4, joinScope(scope))
        .bind(5, std::int64_t{now.time_since_epoch().count()});
    st.run();
    return *find(m_db.lastInsertRowId());
}

std::vector<ApiKeyRecord> ApiKeyRepository::list()
{
    std::vector<ApiKeyRecord> out;
    Statement q(m_db, std::string("SELECT ") + kColumns + " FROM api_keys ORDER BY id");
    while (q.step())
        out.push_back(read(q));
    return out;
}

std::optional<ApiKeyRecord> ApiKeyRepository::find(std::int64_t id)
{
    Statement q(m_db, std::string("SELECT ") + kColumns + " FROM api_keys WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return read(q);
}

bool ApiKeyRepository::revoke(std::int64_t id, domain::TimePoint now)
{
    Statement st(m_db, "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
    st.bind(1, std::int64_t{now.time_since_epoch().count()}).bind(2, id);
    st.run();
    return m_db.changes() > 0;
}

} // namespace ioc::storage
