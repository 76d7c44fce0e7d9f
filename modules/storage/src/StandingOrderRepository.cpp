// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/StandingOrderRepository.h"

#include "StorageTime.h"

namespace ioc::storage {

using namespace columns;

namespace {
constexpr std::string_view kColumns =
    "id, title, text, valid_from, valid_to, created_by, created_at, ended_by, ended_at";

StandingOrderRecord readOrder(const Statement& q)
{
    StandingOrderRecord r;
    r.id = q.int64(0);
    r.fields.title = q.text(1);
    r.fields.text = q.text(2);
    r.fields.validFrom = fromMs(q.int64(3));
    r.fields.validTo = optionalTime(q, 4);
    r.createdBy = q.text(5);
    r.createdAt = fromMs(q.int64(6));
    r.endedBy = optionalText(q, 7);
    r.endedAt = optionalTime(q, 8);
    return r;
}
} // namespace

std::int64_t StandingOrderRepository::create(const NewStandingOrder& o, const std::string& by,
                                             domain::TimePoint at)
{
    Statement s(m_db, "INSERT INTO standing_orders(title, text, valid_from, valid_to, created_by, "
                      "created_at) VALUES (?, ?, ?, ?, ?, ?)");
    s.bind(1, o.title).bind(2, o.text).bind(3, ms(o.validFrom));
    bindTime(s, 4, o.validTo);
    s.bind(5, by).bind(6, ms(at)).run();
    return m_db.lastInsertRowId();
}

std::optional<StandingOrderRecord> StandingOrderRepository::get(std::int64_t id)
{
    Statement q(m_db, "SELECT " + std::string(kColumns) + " FROM standing_orders WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return readOrder(q);
}

std::vector<StandingOrderRecord>
StandingOrderRepository::list(std::optional<domain::TimePoint> activeAt)
{
    std::string sql = "SELECT " + std::string(kColumns) + " FROM standing_orders";
    if (activeAt)
        sql += " WHERE valid_from <= ?1 AND (valid_to IS NULL OR valid_to > ?1)";
    sql += " ORDER BY id DESC";
    Statement q(m_db, sql);
    if (activeAt)
        q.bind(1, ms(*activeAt));
    std::vector<StandingOrderRecord> out;
    while (q.step())
        out.push_back(readOrder(q));
    return out;
}

bool StandingOrderRepository::end(std::int64_t id, const std::string& by, domain::TimePoint at)
{
    // An order ended before it started never was in force: its window closes at its start.
    Statement s(m_db, "UPDATE standing_orders SET ended_by = ?1, ended_at = ?2, "
                      "valid_to = MAX(valid_from, ?2) WHERE id = ?3 AND ended_at IS NULL "
                      "AND (valid_to IS NULL OR valid_to > ?2)");
    s.bind(1, by).bind(2, ms(at)).bind(3, id).run();
    return m_db.changes() > 0;
}

} // namespace ioc::storage
