// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/HandoverRepository.h"

#include "StorageTime.h"

#include "ioc/domain/SearchText.h"

namespace ioc::storage {

using namespace columns;
using domain::TimePoint;

namespace {
constexpr std::string_view kColumns =
    "h.id, h.shift_id, h.shift_date, h.shift_start, h.shift_end, h.next_shift_id, "
    "h.next_shift_date, h.signed_by, h.signed_at, h.notes, h.status, h.escalation_deadline, "
    "h.escalated_at, h.acknowledged_by, h.acknowledged_at, h.ack_mode";

HandoverRecord readHandover(const Statement& q)
{
    HandoverRecord r;
    r.id = q.int64(0);
    auto& f = r.fields;
    f.shift.shiftId = q.text(1);
    f.shift.date = q.text(2);
    f.shift.start = fromMs(q.int64(3));
    f.shift.end = fromMs(q.int64(4));
    f.nextShift.shiftId = q.text(5);
    f.nextShift.date = q.text(6);
    f.nextShift.start = f.shift.end;
    f.signedBy = q.text(7);
    f.signedAt = fromMs(q.int64(8));
    f.notes = q.text(9);
    r.status =
        domain::handoverStatusFromString(q.text(10)).value_or(domain::HandoverStatus::Signed);
    f.escalationDeadline = fromMs(q.int64(11));
    r.escalatedAt = optionalTime(q, 12);
    r.acknowledgedBy = optionalText(q, 13);
    r.acknowledgedAt = optionalTime(q, 14);
    r.ackMode = optionalText(q, 15);
    return r;
}

// What search finds in an item: its title, text and owner.
std::string searchTextOf(const domain::HandoverItem& i)
{
    return i.title + ' ' + i.detail + ' ' + i.owner;
}
} // namespace

std::optional<std::int64_t> HandoverRepository::insert(const NewHandover& h)
{
    {
        Statement exists(m_db, "SELECT 1 FROM handovers WHERE shift_id = ? AND shift_date = ?");
        exists.bind(1, h.shift.shiftId).bind(2, h.shift.date);
        if (exists.step())
            return std::nullopt;
    }
    Statement s(m_db, "INSERT INTO handovers(shift_id, shift_date, shift_start, shift_end, "
                      "next_shift_id, next_shift_date, signed_by, signed_at, notes, status, "
                      "escalation_deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'signed', ?)");
    s.bind(1, h.shift.shiftId).bind(2, h.shift.date).bind(3, ms(h.shift.start));
    s.bind(4, ms(h.shift.end)).bind(5, h.nextShift.shiftId).bind(6, h.nextShift.date);
    s.bind(7, h.signedBy).bind(8, ms(h.signedAt)).bind(9, h.notes);
    s.bind(10, ms(h.escalationDeadline)).run();
    const auto id = m_db.lastInsertRowId();
    Statement item(m_db, "INSERT INTO handover_items(handover_id, position, kind, item_key, title, "
                         "detail, status, owner, deadline, severity, activity, open, carried_from) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    std::string searchItems;
    std::int64_t position = 0;
    for (const auto& i : h.items) {
        item.bind(1, id).bind(2, position++).bind(3, domain::toString(i.kind)).bind(4, i.key);
        item.bind(5, i.title).bind(6, i.detail).bind(7, i.status).bind(8, i.owner);
        bindTime(item, 9, i.deadline);
        item.bind(10, std::int64_t{i.severity}).bind(11, i.activity);
        item.bind(12, std::int64_t{i.open ? 1 : 0});
        if (i.carriedFrom)
            item.bind(13, *i.carriedFrom);
        else
            item.bindNull(13);
        item.run();
        searchItems += searchTextOf(i) + ' ';
    }
    Statement fts(m_db, "INSERT INTO handovers_fts(rowid, notes, items, annotations) "
                        "VALUES (?, ?, ?, '')");
    fts.bind(1, id)
        .bind(2, domain::foldDStroke(h.notes + ' ' + h.signedBy))
        .bind(3, domain::foldDStroke(searchItems))
        .run();
    return id;
}

std::optional<HandoverRecord> HandoverRepository::get(std::int64_t id, bool full)
{
    std::optional<HandoverRecord> r;
    {
        Statement q(m_db, "SELECT " + std::string(kColumns) + " FROM handovers h WHERE h.id = ?");
        q.bind(1, id);
        if (!q.step())
            return std::nullopt;
        r = readHandover(q);
    }
    if (!full)
        return r;
    Statement items(m_db, "SELECT kind, item_key, title, detail, status, owner, deadline, "
                          "severity, activity, open, carried_from FROM handover_items "
                          "WHERE handover_id = ? ORDER BY position");
    items.bind(1, id);
    while (items.step()) {
        domain::HandoverItem i;
        i.kind = domain::handoverItemKindFromString(items.text(0))
                     .value_or(domain::HandoverItemKind::Free);
        i.key = items.text(1);
        i.title = items.text(2);
        i.detail = items.text(3);
        i.status = items.text(4);
        i.owner = items.text(5);
        i.deadline = optionalTime(items, 6);
        i.severity = static_cast<int>(items.int64(7));
        i.activity = items.text(8);
        i.open = items.int64(9) != 0;
        if (!items.isNull(10))
            i.carriedFrom = items.int64(10);
        r->fields.items.push_back(std::move(i));
    }
    Statement acks(m_db, "SELECT item_key, by_user, at FROM handover_acknowledgements "
                         "WHERE handover_id = ? ORDER BY item_key");
    acks.bind(1, id);
    while (acks.step())
        r->acknowledgements.push_back({acks.text(0), acks.text(1), fromMs(acks.int64(2))});
    Statement queries(m_db, "SELECT id, item_key, comment, by_user, at, answer, answered_by, "
                            "answered_at FROM handover_queries WHERE handover_id = ? ORDER BY id");
    queries.bind(1, id);
    while (queries.step())
        r->queries.push_back({queries.int64(0), queries.text(1), queries.text(2), queries.text(3),
                              fromMs(queries.int64(4)), optionalText(queries, 5),
                              optionalText(queries, 6), optionalTime(queries, 7)});
    Statement notes(m_db, "SELECT id, text, by_user, at FROM handover_annotations "
                          "WHERE handover_id = ? ORDER BY id");
    notes.bind(1, id);
    while (notes.step())
        r->annotations.push_back(
            {notes.int64(0), notes.text(1), notes.text(2), fromMs(notes.int64(3))});
    return r;
}

std::optional<HandoverRecord> HandoverRepository::findByShift(const std::string& shiftId,
                                                              const std::string& date)
{
    Statement q(m_db, "SELECT id FROM handovers WHERE shift_id = ? AND shift_date = ?");
    q.bind(1, shiftId).bind(2, date);
    if (!q.step())
        return std::nullopt;
    return get(q.int64(0));
}

std::optional<HandoverRecord> HandoverRepository::latestBefore(TimePoint shiftStart)
{
    Statement q(m_db,
                "SELECT id FROM handovers WHERE shift_start < ? ORDER BY shift_start DESC LIMIT 1");
    q.bind(1, ms(shiftStart));
    if (!q.step())
        return std::nullopt;
    return get(q.int64(0));
}

std::vector<HandoverRecord> HandoverRepository::list(const HandoverFilter& f)
{
    const std::string match = domain::ftsMatchExpression(f.text);
    std::string sql = "SELECT " + std::string(kColumns) + " FROM handovers h";
    std::string where;
    const auto also = [&](std::string_view cond) {
        where += where.empty() ? " WHERE " : " AND ";
        where += cond;
    };
    if (!match.empty())
        also("h.id IN (SELECT rowid FROM handovers_fts WHERE handovers_fts MATCH :match)");
    if (f.from)
        also("h.shift_start >= :from");
    if (f.to)
        also("h.shift_start < :to");
    if (!f.officer.empty())
        also("(h.signed_by = :officer OR h.acknowledged_by = :officer)");
    sql += where + " ORDER BY h.shift_start DESC, h.id DESC LIMIT :limit";
    Statement q(m_db, sql);
    if (!match.empty())
        q.bind(q.parameterIndex(":match"), match);
    if (f.from)
        q.bind(q.parameterIndex(":from"), ms(*f.from));
    if (f.to)
        q.bind(q.parameterIndex(":to"), ms(*f.to));
    if (!f.officer.empty())
        q.bind(q.parameterIndex(":officer"), f.officer);
    q.bind(q.parameterIndex(":limit"), std::int64_t{f.limit});
    std::vector<HandoverRecord> out;
    while (q.step())
        out.push_back(readHandover(q));
    return out;
}

void HandoverRepository::acknowledge(std::int64_t id, const std::vector<std::string>& keys,
                                     const std::string& by, const std::string& mode, TimePoint at)
{
    Statement ack(m_db, "INSERT INTO handover_acknowledgements(handover_id, item_key, by_user, at) "
                        "VALUES (?, ?, ?, ?)");
    for (const auto& key : keys)
        ack.bind(1, id).bind(2, key).bind(3, by).bind(4, ms(at)).run();
    Statement s(m_db, "UPDATE handovers SET status = 'acknowledged', acknowledged_by = ?, "
                      "acknowledged_at = ?, ack_mode = ? WHERE id = ?");
    s.bind(1, by).bind(2, ms(at)).bind(3, mode).bind(4, id).run();
    appendSearch(id, "annotations", by);
}

std::int64_t HandoverRepository::addQuery(std::int64_t id, const std::string& itemKey,
                                          const std::string& comment, const std::string& by,
                                          TimePoint at)
{
    Statement s(m_db, "INSERT INTO handover_queries(handover_id, item_key, comment, by_user, at) "
                      "VALUES (?, ?, ?, ?, ?)");
    s.bind(1, id).bind(2, itemKey).bind(3, comment).bind(4, by).bind(5, ms(at)).run();
    const auto queryId = m_db.lastInsertRowId();
    appendSearch(id, "annotations", comment);
    return queryId;
}

bool HandoverRepository::answerQuery(std::int64_t id, std::int64_t queryId,
                                     const std::string& answer, const std::string& by, TimePoint at)
{
    Statement s(m_db, "UPDATE handover_queries SET answer = ?, answered_by = ?, answered_at = ? "
                      "WHERE id = ? AND handover_id = ? AND answered_at IS NULL");
    s.bind(1, answer).bind(2, by).bind(3, ms(at)).bind(4, queryId).bind(5, id).run();
    if (m_db.changes() == 0)
        return false;
    appendSearch(id, "annotations", answer);
    return true;
}

std::int64_t HandoverRepository::annotate(std::int64_t id, const std::string& text,
                                          const std::string& by, TimePoint at)
{
    Statement s(m_db, "INSERT INTO handover_annotations(handover_id, text, by_user, at) "
                      "VALUES (?, ?, ?, ?)");
    s.bind(1, id).bind(2, text).bind(3, by).bind(4, ms(at)).run();
    const auto annotationId = m_db.lastInsertRowId();
    appendSearch(id, "annotations", text);
    return annotationId;
}

std::vector<std::int64_t> HandoverRepository::dueForEscalation(TimePoint now)
{
    Statement q(m_db, "SELECT id FROM handovers WHERE status = 'signed' AND escalated_at IS NULL "
                      "AND escalation_deadline <= ? ORDER BY id");
    q.bind(1, ms(now));
    std::vector<std::int64_t> out;
    while (q.step())
        out.push_back(q.int64(0));
    return out;
}

void HandoverRepository::markEscalated(std::int64_t id, TimePoint at)
{
    Statement s(m_db, "UPDATE handovers SET escalated_at = ? WHERE id = ? AND escalated_at IS NULL "
                      "AND status = 'signed'");
    s.bind(1, ms(at)).bind(2, id).run();
}

bool HandoverRepository::isMissingRecorded(const domain::ShiftInstance& shift)
{
    Statement q(m_db, "SELECT 1 FROM handover_missing WHERE shift_id = ? AND shift_date = ?");
    q.bind(1, shift.shiftId).bind(2, shift.date);
    return q.step();
}

bool HandoverRepository::recordMissing(const domain::ShiftInstance& shift, TimePoint escalatedAt)
{
    if (isMissingRecorded(shift))
        return false;
    Statement s(m_db, "INSERT INTO handover_missing(shift_id, shift_date, shift_start, shift_end, "
                      "escalated_at) VALUES (?, ?, ?, ?, ?)");
    s.bind(1, shift.shiftId).bind(2, shift.date).bind(3, ms(shift.start));
    s.bind(4, ms(shift.end)).bind(5, ms(escalatedAt)).run();
    return true;
}

std::vector<MissedHandover> HandoverRepository::stillMissing(TimePoint since)
{
    Statement q(m_db, "SELECT m.shift_id, m.shift_date, m.shift_start, m.shift_end, "
                      "m.escalated_at FROM handover_missing m WHERE m.shift_end >= ? AND NOT "
                      "EXISTS (SELECT 1 FROM handovers h WHERE h.shift_id = m.shift_id AND "
                      "h.shift_date = m.shift_date) ORDER BY m.shift_end DESC");
    q.bind(1, ms(since));
    std::vector<MissedHandover> out;
    while (q.step())
        out.push_back(
            {{q.text(0), q.text(1), fromMs(q.int64(2)), fromMs(q.int64(3))}, fromMs(q.int64(4))});
    return out;
}

void HandoverRepository::appendSearch(std::int64_t id, const std::string& column,
                                      const std::string& text)
{
    // `column` is one of this file's literals, never input.
    Statement s(m_db, "UPDATE handovers_fts SET " + column + " = " + column +
                          " || ' ' || ? WHERE rowid = ?");
    s.bind(1, domain::foldDStroke(text)).bind(2, id).run();
}

} // namespace ioc::storage
