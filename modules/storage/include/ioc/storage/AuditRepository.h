// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"
#include "ioc/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ioc::storage {

struct AuditEntry
{
    std::int64_t id = 0;
    domain::TimePoint at;
    std::string actor;
    std::string role;
    std::string action; // e.g. "login", "login_failed", "user.create", "incident.approve"
    std::string target;
    std::string details; // JSON object
    std::string prevHash;
    std::string hash;
};

struct AuditVerdict
{
    bool ok = true;
    std::int64_t entries = 0;
    std::optional<std::int64_t> firstBrokenId; // the first entry that does not verify
    std::string reason;
};

// Append-only, hash-chained log of everything a person or key changed (ISO/IEC 27001 A.8.15):
// each entry's hash covers its fields and the previous hash, and the head is kept in `meta`,
// so an edited, removed or truncated entry is detected.
// Filters for reading the log back (GET /api/v1/audit); newest first.
struct AuditFilter
{
    std::string actor, action;
    std::optional<domain::TimePoint> from, to;
    int limit = 200;
};

class AuditRepository
{
public:
    explicit AuditRepository(Database& db)
        : m_db(db)
    {}

    // Appends in its own transaction unless one is open; returns the stored entry.
    AuditEntry append(domain::TimePoint at, std::string actor, std::string role, std::string action,
                      std::string target, std::string details = "{}");
    std::vector<AuditEntry> list(std::int64_t afterId, int limit);
    std::vector<AuditEntry> search(const AuditFilter& filter);
    AuditVerdict verify();

    static std::string entryHash(const AuditEntry& e);
    static const std::string& genesisHash();

private:
    Database& m_db;
};

} // namespace ioc::storage
