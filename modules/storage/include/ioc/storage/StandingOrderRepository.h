// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"
#include "ioc/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ioc::storage {

struct NewStandingOrder
{
    std::string title;
    std::string text;
    domain::TimePoint validFrom;
    std::optional<domain::TimePoint> validTo;
};

struct StandingOrderRecord
{
    std::int64_t id = 0;
    NewStandingOrder fields;
    std::string createdBy;
    domain::TimePoint createdAt;
    std::string endedBy;
    std::optional<domain::TimePoint> endedAt;
};

// Chỉ đạo thường trực: a supervisor's order in force from–to. Ending one early sets its valid_to
// to the moment it was ended; nothing is deleted.
class StandingOrderRepository
{
public:
    explicit StandingOrderRepository(Database& db)
        : m_db(db)
    {}

    std::int64_t create(const NewStandingOrder& o, const std::string& by, domain::TimePoint at);
    std::optional<StandingOrderRecord> get(std::int64_t id);
    // Newest first; with `activeAt` only those in force at that instant.
    std::vector<StandingOrderRecord> list(std::optional<domain::TimePoint> activeAt);
    // false when it already ended (or never existed).
    bool end(std::int64_t id, const std::string& by, domain::TimePoint at);

private:
    Database& m_db;
};

} // namespace ioc::storage
