// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/IncidentRepository.h"

#include "ioc/domain/Overdue.h"
#include "ioc/domain/SearchText.h"
#include "ioc/storage/Statement.h"

#include <sqlite3.h>

namespace ioc::storage {

using domain::TimePoint;

namespace {
constexpr std::string_view kColumns =
    "i.id, i.ref, i.title, i.description, i.domain, i.category, i.severity, i.lat, i.lon, "
    "i.unit_code, i.source_kind, i.source_ref, i.reporter, i.assignee, i.responsible_unit, "
    "i.response_deadline, i.status, i.proposed_by, i.drill, i.created_at, i.updated_at, "
    "i.closed_at, i.forward_deadline";

std::int64_t ms(TimePoint t)
{
    return t.time_since_epoch().count();
}
TimePoint fromMs(std::int64_t v)
{
    return TimePoint{domain::Milliseconds{v}};
}
std::optional<TimePoint> optionalTime(const Statement& q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return fromMs(q.int64(column));
}
std::string optionalText(const Statement& q, int column)
{
    return q.isNull(column) ? std::string{} : q.text(column);
}
void bindOptional(Statement& s, int index, const std::optional<TimePoint>& t)
{
    if (t)
        s.bind(index, ms(*t));
    else
        s.bindNull(index);
}
void bindTextOrNull(Statement& s, int index, const std::string& v)
{
    if (v.empty())
        s.bindNull(index);
    else
        s.bind(index, v);
}

IncidentRecord readIncident(const Statement& q)
{
    IncidentRecord r;
    r.id = q.int64(0);
    r.ref = q.text(1);
    auto& f = r.fields;
    f.title = q.text(2);
    f.description = q.text(3);
    f.domain = q.text(4);
    f.category = q.text(5);
    f.severity = domain::severityFromInt(q.int64(6)).value_or(domain::Severity::Medium);
    if (!q.isNull(7) && !q.isNull(8))
        f.location = GeoPoint{q.real(7), q.real(8)};
    f.unitCode = optionalText(q, 9);
    f.sourceKind = domain::incidentSourceKindFromString(q.text(10))
                       .value_or(domain::IncidentSourceKind::Officer);
    f.sourceRef = optionalText(q, 11);
    r.reporter = q.text(12);
    f.assignee = optionalText(q, 13);
    f.responsibleUnit = optionalText(q, 14);
    f.responseDeadline = optionalTime(q, 15);
    r.status = domain::incidentStatusFromString(q.text(16)).value_or(domain::IncidentStatus::New);
    r.proposedBy = optionalText(q, 17);
    f.drill = q.int64(18) != 0;
    r.createdAt = fromMs(q.int64(19));
    r.updatedAt = fromMs(q.int64(20));
    r.closedAt = optionalTime(q, 21);
    r.forwardDeadline = optionalTime(q, 22);
    return r;
}

// A transaction of its own unless the caller already has one open.
class OwnTransaction
{
public:
    explicit OwnTransaction(Database& db)
    {
        if (sqlite3_get_autocommit(db.handle()) != 0)
            m_tx.emplace(db);
    }
    void commit()
    {
        if (m_tx)
            m_tx->commit();
    }

private:
    std::optional<Transaction> m_tx;
};

// A fixed ORDER BY per sort (no value from the request reaches the SQL text). Ties follow the
// direction (creation order, then id), so every order is one index read forwards or backwards
// (Schema.cpp: incidents_created, incidents_severity, incidents_lifecycle, incidents_deadline)
// and a page stops early. A missing deadline counts as the latest: last ascending, first
// descending.
std::string orderBy(const IncidentSort& sort)
{
    const std::string dir = sort.descending ? " DESC" : " ASC";
    const std::string ties = ", i.created_at" + dir + ", i.id" + dir;
    switch (sort.key) {
    case IncidentSortKey::Created:
        return " ORDER BY i.created_at" + dir + ", i.id" + dir;
    case IncidentSortKey::Severity:
        return " ORDER BY i.severity" + dir + ties;
    case IncidentSortKey::Status:
        // The lifecycle's order, not the alphabet's; the same expression as the index.
        return " ORDER BY CASE i.status WHEN 'new' THEN 0 WHEN 'acknowledged' THEN 1 "
               "WHEN 'in_progress' THEN 2 WHEN 'resolution_proposed' THEN 3 ELSE 4 END" +
               dir + ties;
    case IncidentSortKey::Deadline:
        return " ORDER BY i.response_deadline IS NULL" + dir + ", i.response_deadline" + dir + ties;
    }
    return " ORDER BY i.created_at DESC, i.id DESC";
}

// The SQL twin of domain::isOverdue (forward_deadline is the earliest unanswered one).
constexpr std::string_view kOverdueSql =
    "(i.status <> 'closed' AND (i.response_deadline < :now OR i.forward_deadline < :now))";
} // namespace

CreatedIncident IncidentRepository::create(const NewIncident& n, const std::string& key,
                                           const domain::Actor& actor, TimePoint now,
                                           const std::string& requestSha256)
{
    OwnTransaction tx(m_db);
    if (!key.empty()) {
        Statement seen(m_db, "SELECT incident_id, actor, request_sha256 FROM incident_idempotency "
                             "WHERE key = ?");
        seen.bind(1, key);
        if (seen.step()) {
            const std::string firstUser = seen.text(1);
            const std::string firstRequest = seen.text(2);
            CreatedIncident out;
            if (firstUser != actor.username)
                out.conflict = IdempotencyConflict::OtherUser;
            else if (!firstRequest.empty() && !requestSha256.empty() &&
                     firstRequest != requestSha256)
                out.conflict = IdempotencyConflict::OtherRequest;
            else {
                out.incident = *get(seen.int64(0));
                out.replayed = true;
            }
            tx.commit();
            return out;
        }
    }
    const int year = domain::incidentRefYear(now);
    std::int64_t number = 1;
    {
        Statement q(m_db,
                    "SELECT COALESCE(MAX(ref_number), 0) + 1 FROM incidents WHERE ref_year = ?");
        q.bind(1, std::int64_t{year});
        q.step();
        number = q.int64(0);
    }
    const std::string ref = domain::formatIncidentRef(year, number);
    Statement ins(m_db, "INSERT INTO incidents(ref, ref_year, ref_number, title, description, "
                        "domain, category, severity, lat, lon, unit_code, source_kind, source_ref, "
                        "reporter, assignee, responsible_unit, response_deadline, status, drill, "
                        "created_at, updated_at) VALUES "
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?)");
    ins.bind(1, ref).bind(2, std::int64_t{year}).bind(3, number).bind(4, n.title);
    ins.bind(5, n.description).bind(6, n.domain).bind(7, n.category);
    ins.bind(8, std::int64_t{domain::toInt(n.severity)});
    if (n.location)
        ins.bind(9, n.location->lat).bind(10, n.location->lon);
    else
        ins.bindNull(9).bindNull(10);
    bindTextOrNull(ins, 11, n.unitCode);
    ins.bind(12, domain::toString(n.sourceKind));
    bindTextOrNull(ins, 13, n.sourceRef);
    ins.bind(14, actor.username);
    bindTextOrNull(ins, 15, n.assignee);
    bindTextOrNull(ins, 16, n.responsibleUnit);
    bindOptional(ins, 17, n.responseDeadline);
    ins.bind(18, std::int64_t{n.drill ? 1 : 0}).bind(19, ms(now)).bind(20, ms(now));
    ins.run();
    const std::int64_t id = m_db.lastInsertRowId();
    Statement fts(
        m_db, "INSERT INTO incidents_fts(rowid, title, description, notes) VALUES (?, ?, ?, '')");
    fts.bind(1, id)
        .bind(2, domain::foldDStroke(n.title))
        .bind(3, domain::foldDStroke(n.description));
    fts.run();
    IncidentEvent created;
    created.kind = "created";
    created.toStatus = "new";
    addEvent(id, actor, now, created);
    if (!key.empty()) {
        Statement k(m_db, "INSERT INTO incident_idempotency(key, incident_id, actor, created_at, "
                          "request_sha256) VALUES (?, ?, ?, ?, ?)");
        k.bind(1, key).bind(2, id).bind(3, actor.username).bind(4, ms(now)).bind(5, requestSha256);
        k.run();
    }
    auto record = get(id);
    tx.commit();
    return {*record, false};
}

std::optional<IncidentRecord> IncidentRepository::get(std::int64_t id)
{
    Statement q(m_db, "SELECT " + std::string(kColumns) + " FROM incidents i WHERE i.id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return readIncident(q);
}

std::optional<IncidentRecord> IncidentRepository::findByRef(const std::string& ref)
{
    Statement q(m_db, "SELECT " + std::string(kColumns) + " FROM incidents i WHERE i.ref = ?");
    q.bind(1, ref);
    if (!q.step())
        return std::nullopt;
    return readIncident(q);
}

IncidentPage IncidentRepository::list(const IncidentFilter& f, TimePoint now)
{
    // Built from fixed fragments only; every value is bound by name.
    const std::string match = domain::ftsMatchExpression(f.text);
    std::string sql = "SELECT " + std::string(kColumns);
    std::string order = orderBy(f.sort);
    if (!match.empty()) {
        sql += " FROM incidents_fts JOIN incidents i ON i.id = incidents_fts.rowid"
               " WHERE incidents_fts MATCH :match";
        // Newest first is driven by the full-text index in rowid (= creation) order: the first
        // page stops early.
        if (f.sort.key == IncidentSortKey::Created && f.sort.descending)
            order = " ORDER BY incidents_fts.rowid DESC";
    } else {
        sql += " FROM incidents i WHERE 1";
    }
    auto inList = [&](std::string_view column, std::size_t n, std::string_view prefix) {
        sql += " AND " + std::string(column) + " IN (";
        for (std::size_t k = 0; k < n; ++k)
            sql += (k ? ", :" : ":") + std::string(prefix) + std::to_string(k);
        sql += ")";
    };
    if (!f.statuses.empty())
        inList("i.status", f.statuses.size(), "st");
    if (!f.severities.empty())
        inList("i.severity", f.severities.size(), "sv");
    if (!f.domain.empty())
        sql += " AND i.domain = :domain";
    if (!f.unitCode.empty())
        sql += " AND i.unit_code = :unit";
    if (!f.assignee.empty())
        sql += " AND i.assignee = :assignee";
    if (f.from)
        sql += " AND i.created_at >= :from";
    if (f.to)
        sql += " AND i.created_at < :to";
    if (f.overdue)
        sql += *f.overdue ? " AND " + std::string(kOverdueSql)
                          : " AND NOT IFNULL(" + std::string(kOverdueSql) + ", 0)";
    if (f.drill)
        sql += " AND i.drill = :drill";
    sql += order + " LIMIT :limit OFFSET :offset";

    Statement q(m_db, sql);
    auto bindName = [&](const std::string& name, auto&& value) {
        const int i = q.parameterIndex(name);
        if (i > 0)
            q.bind(i, value);
    };
    if (!match.empty())
        bindName(":match", std::string_view{match});
    for (std::size_t k = 0; k < f.statuses.size(); ++k)
        bindName(":st" + std::to_string(k), domain::toString(f.statuses[k]));
    for (std::size_t k = 0; k < f.severities.size(); ++k)
        bindName(":sv" + std::to_string(k), std::int64_t{domain::toInt(f.severities[k])});
    bindName(":domain", std::string_view{f.domain});
    bindName(":unit", std::string_view{f.unitCode});
    bindName(":assignee", std::string_view{f.assignee});
    if (f.from)
        bindName(":from", ms(*f.from));
    if (f.to)
        bindName(":to", ms(*f.to));
    bindName(":now", ms(now));
    if (f.drill)
        bindName(":drill", std::int64_t{*f.drill ? 1 : 0});
    const int pageSize = std::max(1, f.pageSize);
    bindName(":limit", std::int64_t{pageSize + 1});
    bindName(":offset", std::int64_t{std::max(0, f.page - 1)} * pageSize);

    IncidentPage page;
    while (q.step())
        page.items.push_back(readIncident(q));
    if (static_cast<int>(page.items.size()) > pageSize) {
        page.items.pop_back();
        page.hasMore = true;
    }
    return page;
}

std::vector<IncidentEvent> IncidentRepository::timeline(std::int64_t id)
{
    Statement q(m_db, "SELECT id, at, actor, actor_role, kind, action, from_status, to_status, "
                      "text, ref FROM incident_events WHERE incident_id = ? ORDER BY id");
    q.bind(1, id);
    std::vector<IncidentEvent> out;
    while (q.step())
        out.push_back({q.int64(0), fromMs(q.int64(1)), q.text(2), q.text(3), q.text(4),
                       optionalText(q, 5), optionalText(q, 6), optionalText(q, 7), q.text(8),
                       optionalText(q, 9)});
    return out;
}

std::vector<ForwardRecord> IncidentRepository::forwards(std::int64_t id)
{
    Statement q(m_db, "SELECT id, unit, focal_point, message, deadline, forwarded_at, "
                      "forwarded_by, answered_at, answer, answered_by FROM incident_forwards "
                      "WHERE incident_id = ? ORDER BY id");
    q.bind(1, id);
    std::vector<ForwardRecord> out;
    while (q.step()) {
        ForwardRecord r;
        r.id = q.int64(0);
        r.fields = {q.text(1), q.text(2), q.text(3), fromMs(q.int64(4))};
        r.forwardedAt = fromMs(q.int64(5));
        r.forwardedBy = q.text(6);
        r.answeredAt = optionalTime(q, 7);
        r.answer = optionalText(q, 8);
        r.answeredBy = optionalText(q, 9);
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<ChecklistMark> IncidentRepository::checklist(std::int64_t id)
{
    Statement q(m_db, "SELECT step_id, state, by_user, at, reason FROM incident_checklist "
                      "WHERE incident_id = ? ORDER BY at, step_id");
    q.bind(1, id);
    std::vector<ChecklistMark> out;
    while (q.step())
        out.push_back({q.text(0), q.text(1) == "done", q.text(2), fromMs(q.int64(3)), q.text(4)});
    return out;
}

bool IncidentRepository::applyTransition(std::int64_t id, domain::IncidentAction action,
                                         domain::IncidentStatus from, domain::IncidentStatus to,
                                         const domain::Actor& actor, const std::string& comment,
                                         const std::vector<domain::SkippedStep>& skipped,
                                         TimePoint now)
{
    using domain::IncidentAction;
    OwnTransaction tx(m_db);
    Statement up(m_db, "UPDATE incidents SET status = ?, updated_at = ?, "
                       "proposed_by = CASE WHEN ? THEN ? ELSE proposed_by END, "
                       "closed_at = CASE WHEN ? = 'closed' THEN ? ELSE NULL END "
                       "WHERE id = ? AND status = ?");
    const bool proposal = action == IncidentAction::ProposeResolution;
    up.bind(1, domain::toString(to)).bind(2, ms(now));
    up.bind(3, std::int64_t{proposal || action == IncidentAction::Reject ||
                            action == IncidentAction::Reopen});
    if (proposal)
        up.bind(4, actor.username);
    else
        up.bindNull(4);
    up.bind(5, domain::toString(to)).bind(6, ms(now)).bind(7, id).bind(8, domain::toString(from));
    up.run();
    if (m_db.changes() == 0)
        return false;
    IncidentEvent e;
    e.kind = "transition";
    e.action = std::string(domain::toString(action));
    e.fromStatus = std::string(domain::toString(from));
    e.toStatus = std::string(domain::toString(to));
    e.text = comment;
    addEvent(id, actor, now, e);
    if (proposal) {
        // A new proposal says afresh what it skipped.
        Statement clear(
            m_db, "DELETE FROM incident_checklist WHERE incident_id = ? AND state = 'skipped'");
        clear.bind(1, id).run();
        Statement mark(m_db,
                       "INSERT OR REPLACE INTO incident_checklist(incident_id, step_id, state, "
                       "by_user, at, reason) VALUES (?, ?, 'skipped', ?, ?, ?)");
        for (const auto& s : skipped) {
            mark.bind(1, id)
                .bind(2, s.stepId)
                .bind(3, actor.username)
                .bind(4, ms(now))
                .bind(5, s.reason);
            mark.run();
            IncidentEvent se;
            se.kind = "skipped";
            se.ref = s.stepId;
            se.text = s.reason;
            addEvent(id, actor, now, se);
        }
    }
    if (!comment.empty())
        appendSearchNotes(id, comment);
    tx.commit();
    return true;
}

void IncidentRepository::addNote(std::int64_t id, const domain::Actor& actor,
                                 const std::string& text, TimePoint now)
{
    OwnTransaction tx(m_db);
    IncidentEvent e;
    e.kind = "note";
    e.text = text;
    addEvent(id, actor, now, e);
    appendSearchNotes(id, text);
    touch(id, now);
    tx.commit();
}

void IncidentRepository::assign(std::int64_t id, const std::string& assignee,
                                const domain::Actor& actor, TimePoint now)
{
    OwnTransaction tx(m_db);
    Statement up(m_db, "UPDATE incidents SET assignee = ? WHERE id = ?");
    bindTextOrNull(up, 1, assignee);
    up.bind(2, id).run();
    IncidentEvent e;
    e.kind = "assign";
    e.ref = assignee;
    addEvent(id, actor, now, e);
    touch(id, now);
    tx.commit();
}

std::int64_t IncidentRepository::forward(std::int64_t id, const NewForward& f,
                                         const domain::Actor& actor, TimePoint now)
{
    OwnTransaction tx(m_db);
    Statement ins(m_db, "INSERT INTO incident_forwards(incident_id, unit, focal_point, message, "
                        "deadline, forwarded_at, forwarded_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, id).bind(2, f.unit).bind(3, f.focalPoint).bind(4, f.message);
    ins.bind(5, ms(f.deadline)).bind(6, ms(now)).bind(7, actor.username).run();
    const std::int64_t forwardId = m_db.lastInsertRowId();
    IncidentEvent e;
    e.kind = "forward";
    e.ref = std::to_string(forwardId);
    e.text = f.unit + (f.focalPoint.empty() ? "" : " (" + f.focalPoint + ")") +
             (f.message.empty() ? "" : ": " + f.message);
    addEvent(id, actor, now, e);
    refreshForwardDeadline(id);
    touch(id, now);
    tx.commit();
    return forwardId;
}

AnswerOutcome IncidentRepository::recordAnswer(std::int64_t id, std::int64_t forwardId,
                                               const std::string& answer,
                                               const domain::Actor& actor, TimePoint now)
{
    OwnTransaction tx(m_db);
    {
        Statement q(m_db,
                    "SELECT answered_at FROM incident_forwards WHERE id = ? AND incident_id = ?");
        q.bind(1, forwardId).bind(2, id);
        if (!q.step())
            return AnswerOutcome::NoSuchForward;
        if (!q.isNull(0))
            return AnswerOutcome::AlreadyAnswered;
    }
    Statement up(m_db, "UPDATE incident_forwards SET answered_at = ?, answer = ?, answered_by = ? "
                       "WHERE id = ?");
    up.bind(1, ms(now)).bind(2, answer).bind(3, actor.username).bind(4, forwardId).run();
    IncidentEvent e;
    e.kind = "answer";
    e.ref = std::to_string(forwardId);
    e.text = answer;
    addEvent(id, actor, now, e);
    appendSearchNotes(id, answer);
    refreshForwardDeadline(id);
    touch(id, now);
    tx.commit();
    return AnswerOutcome::Recorded;
}

void IncidentRepository::tickStep(std::int64_t id, const std::string& stepId, bool done,
                                  const domain::Actor& actor, TimePoint now)
{
    OwnTransaction tx(m_db);
    if (done) {
        Statement up(m_db, "INSERT OR REPLACE INTO incident_checklist(incident_id, step_id, state, "
                           "by_user, at, reason) VALUES (?, ?, 'done', ?, ?, '')");
        up.bind(1, id).bind(2, stepId).bind(3, actor.username).bind(4, ms(now)).run();
    } else {
        Statement del(m_db, "DELETE FROM incident_checklist WHERE incident_id = ? AND step_id = ?");
        del.bind(1, id).bind(2, stepId).run();
    }
    IncidentEvent e;
    e.kind = "checklist";
    e.ref = stepId;
    e.action = done ? "tick" : "untick";
    addEvent(id, actor, now, e);
    touch(id, now);
    tx.commit();
}

IncidentRepository::Counts IncidentRepository::counts(TimePoint now, bool includeDrills)
{
    const std::string drill = includeDrills ? "" : " AND i.drill = 0";
    Counts c;
    auto count = [&](const std::string& where) {
        Statement q(m_db, "SELECT COUNT(*) FROM incidents i WHERE " + where + drill);
        const int i = q.parameterIndex(":now");
        if (i > 0)
            q.bind(i, ms(now));
        q.step();
        return q.int64(0);
    };
    c.open = count("i.status <> 'closed'");
    c.overdue = count(std::string(kOverdueSql));
    c.awaitingApproval = count("i.status = 'resolution_proposed'");
    return c;
}

void IncidentRepository::addEvent(std::int64_t id, const domain::Actor& actor, TimePoint at,
                                  const IncidentEvent& e)
{
    Statement ins(
        m_db, "INSERT INTO incident_events(incident_id, at, actor, actor_role, kind, "
              "action, from_status, to_status, text, ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, id).bind(2, ms(at)).bind(3, actor.username).bind(4, domain::toString(actor.role));
    ins.bind(5, e.kind);
    bindTextOrNull(ins, 6, e.action);
    bindTextOrNull(ins, 7, e.fromStatus);
    bindTextOrNull(ins, 8, e.toStatus);
    ins.bind(9, e.text);
    bindTextOrNull(ins, 10, e.ref);
    ins.run();
}

void IncidentRepository::touch(std::int64_t id, TimePoint now)
{
    Statement up(m_db, "UPDATE incidents SET updated_at = ? WHERE id = ?");
    up.bind(1, ms(now)).bind(2, id).run();
}

void IncidentRepository::appendSearchNotes(std::int64_t id, const std::string& text)
{
    Statement up(m_db, "UPDATE incidents_fts SET notes = notes || ' ' || ? WHERE rowid = ?");
    up.bind(1, domain::foldDStroke(text)).bind(2, id).run();
}

void IncidentRepository::refreshForwardDeadline(std::int64_t id)
{
    Statement up(m_db,
                 "UPDATE incidents SET forward_deadline = (SELECT MIN(deadline) FROM "
                 "incident_forwards WHERE incident_id = ? AND answered_at IS NULL) WHERE id = ?");
    up.bind(1, id).bind(2, id).run();
}

} // namespace ioc::storage
