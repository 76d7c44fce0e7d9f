// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"
#include "ioc/storage/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace ioc::storage {

struct LatestPoint
{
    std::string seriesId;
    std::optional<double> value;
    domain::TimePoint observedAt;
    domain::TimePoint receivedAt;
};

// The last value of every series, so a restarted iocd does not show empty tiles.
class SeriesLatestRepository
{
public:
    explicit SeriesLatestRepository(Database& db) : m_db(db) {}

    // One transaction for the whole batch; a point older than the stored one does not win.
    void upsert(const std::vector<LatestPoint>& points);
    std::vector<LatestPoint> loadAll();

private:
    Database& m_db;
};

} // namespace ioc::storage
