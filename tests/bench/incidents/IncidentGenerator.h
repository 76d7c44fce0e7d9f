// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"
#include "ioc/storage/Database.h"

#include <cstdint>

namespace ioc::bench {

struct GeneratedIncidents
{
    std::int64_t count = 0;
    domain::TimePoint first; // created_at of the oldest
    domain::TimePoint last;  // and of the newest: "now" for the overdue filter
};

// Fills a migrated database with `count` plausible Hai Phong incidents over two years, through
// IncidentRepository::create (so the search index is built exactly as iocd builds it), then
// sets statuses directly: ~93 % closed, the rest spread over the open states, ~2 % drills, a
// few thousand past their deadline. Deterministic (fixed seed).
GeneratedIncidents generateIncidents(storage::Database& db, std::int64_t count);

} // namespace ioc::bench
