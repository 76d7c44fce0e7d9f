// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/SeriesLatestRepository.h"

#include "ioc/storage/Statement.h"

namespace ioc::storage {

namespace {
std::int64_t toMillis(domain::TimePoint t)
{
    return t.time_since_epoch().count();
}
domain::TimePoint fromMillis(std::int64_t ms)
{
    return domain::TimePoint{domain::Milliseconds{ms}};
}
} // namespace

void SeriesLatestRepository::upsert(const std::vector<LatestPoint>& points)
{
    if (points.empty())
        return;
    Transaction tx(m_db);
    Statement st(m_db, "INSERT INTO series_latest(series_id, value, observed_at, received_at) "
                       "VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(series_id) DO UPDATE SET value = excluded.value, "
                       "observed_at = excluded.observed_at, received_at = excluded.received_at "
                       "WHERE excluded.observed_at >= series_latest.observed_at");
    for (const auto& p : points) {
        st.bind(1, p.seriesId)
            .bind(2, p.value)
            .bind(3, toMillis(p.observedAt))
            .bind(4, toMillis(p.receivedAt));
        st.run();
    }
    tx.commit();
}

std::vector<LatestPoint> SeriesLatestRepository::loadAll()
{
    std::vector<LatestPoint> out;
    Statement q(m_db, "SELECT series_id, value, observed_at, received_at FROM series_latest");
    while (q.step())
        out.push_back({q.text(0), q.optionalReal(1), fromMillis(q.int64(2)), fromMillis(q.int64(3))});
    return out;
}

} // namespace ioc::storage
