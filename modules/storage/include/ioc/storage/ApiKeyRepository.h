// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"
#include "ioc/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ioc::storage {

// An API key made with `iocd apikey create`. Only the SHA-256 of the key is stored.
// "a,b,,c" -> {"a","b","c"}: how a key's scope is stored and typed on the command line.
std::vector<std::string> splitScopeList(const std::string& text);

struct ApiKeyRecord
{
    std::int64_t id = 0;
    std::string name;
    std::string kind; // "source" (ingest for its sources) or "agency" (read-only, its series)
    std::string keySha256;
    std::vector<std::string> scope; // source ids (source) or series ids (agency)
    domain::TimePoint createdAt;
    std::optional<domain::TimePoint> revokedAt;
};

class ApiKeyRepository
{
public:
    explicit ApiKeyRepository(Database& db)
        : m_db(db)
    {}

    ApiKeyRecord create(const std::string& name, const std::string& kind,
                        const std::string& keySha256, const std::vector<std::string>& scope,
                        domain::TimePoint now);
    std::vector<ApiKeyRecord> list(); // revoked keys included
    std::optional<ApiKeyRecord> find(std::int64_t id);
    bool revoke(std::int64_t id, domain::TimePoint now);

private:
    Database& m_db;
};

} // namespace ioc::storage
