// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"
#include "ioc/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ioc::storage {

// A login session. Only the SHA-256 of the bearer token is stored.
struct SessionRecord
{
    std::string tokenSha256;
    std::int64_t userId = 0;
    domain::TimePoint createdAt;
    domain::TimePoint expiresAt;
    domain::TimePoint lastSeenAt;
    std::optional<domain::TimePoint> revokedAt;
    std::string remote;
};

class SessionRepository
{
public:
    explicit SessionRepository(Database& db) : m_db(db) {}

    void create(const SessionRecord& s);
    // Sessions not revoked that expire after `after`.
    std::vector<SessionRecord> active(domain::TimePoint after);
    bool revoke(const std::string& tokenSha256, domain::TimePoint now);
    // Returns how many sessions were revoked.
    int revokeAllOf(std::int64_t userId, domain::TimePoint now);
    void touch(const std::string& tokenSha256, domain::TimePoint lastSeen);
    // Forgets sessions that ended before `cutoff` (the audit log keeps who logged in when).
    void pruneEndedBefore(domain::TimePoint cutoff);

private:
    Database& m_db;
};

} // namespace ioc::storage
