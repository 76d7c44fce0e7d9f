// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"
#include "ioc/storage/Database.h"

#include <string>
#include <vector>

namespace ioc::storage {

struct StoredPoint
{
    std::string seriesId;
    domain::TimePoint t;
    double v = 0;
};

// Series history on disk, so charts are not empty after maintenance. Written in batches.
class SeriesHistoryRepository
{
public:
    explicit SeriesHistoryRepository(Database& db) : m_db(db) {}

    // One transaction; a repeated (series, time) keeps the newer value.
    void append(const std::vector<StoredPoint>& points);
    std::vector<StoredPoint> loadSince(domain::TimePoint from);
    // Returns how many points were removed.
    int pruneBefore(domain::TimePoint cutoff);

private:
    Database& m_db;
};

} // namespace ioc::storage
