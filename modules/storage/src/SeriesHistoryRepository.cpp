// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/SeriesHistoryRepository.h"

#include "ioc/storage/Statement.h"

namespace ioc::storage {

void SeriesHistoryRepository::append(const std::vector<StoredPoint>& points)
{
    if (points.empty())
        return;
    Transaction tx(m_db);
    Statement st(m_db, "INSERT OR REPLACE INTO series_points(series_id, t, v) VALUES (?, ?, ?)");
    for (const auto& p : points) {
        st.bind(1, p.seriesId).bind(2, std::int64_t{p.t.time_since_epoch().count()}).bind(3, p.v);
        st.run();
    }
    tx.commit();
}

std::vector<StoredPoint> SeriesHistoryRepository::loadSince(domain::TimePoint from)
{
    std::vector<StoredPoint> out;
    Statement q(m_db, "SELECT series_id, t, v FROM series_points WHERE t >= ? ORDER BY t");
    q.bind(1, std::int64_t{from.time_since_epoch().count()});
    while (q.step())
        out.push_back({q.text(0), domain::TimePoint{domain::Milliseconds{q.int64(1)}}, q.real(2)});
    return out;
}

int SeriesHistoryRepository::pruneBefore(domain::TimePoint cutoff)
{
    Statement st(m_db, "DELETE FROM series_points WHERE t < ?");
    st.bind(1, std::int64_t{cutoff.time_since_epoch().count()});
    st.run();
    return m_db.changes();
}

} // namespace ioc::storage
