// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/AlertRepository.h"

#include "ioc/storage/Statement.h"

namespace ioc::storage {

using domain::TimePoint;

namespace {
constexpr const char* kColumns =
    "id, rule_id, instance_key, kind, severity, state, series_id, source_id, unit_code, value, "
    "threshold, label_vi, label_en, message_vi, message_en, suggested_category, early_warning, "
    "raised_at, acknowledged_at, acknowledged_by, ack_comment, cleared_at, renotify_at, "
    "incident_id";

std::int64_t ms(TimePoint t)
{
    return t.time_since_epoch().count();
}
TimePoint fromMs(std::int64_t v)
{
    return TimePoint{domain::Milliseconds{v}};
}
std::optional<TimePoint> optionalTime(const Statement& q, int c)
{
    if (q.isNull(c))
        return std::nullopt;
    return fromMs(q.int64(c));
}
void bindTime(Statement& st, int i, const std::optional<TimePoint>& t)
{
    if (t)
        st.bind(i, ms(*t));
    else
        st.bindNull(i);
}

AlertRecord readAlert(const Statement& q)
{
    AlertRecord r;
    r.id = q.int64(0);
    r.ruleId = q.text(1);
    r.instanceKey = q.text(2);
    r.kind = q.text(3);
    r.severity = static_cast<int>(q.int64(4));
    r.state = q.text(5);
    r.seriesId = q.text(6);
    r.sourceId = q.text(7);
    r.unitCode = q.text(8);
    r.value = q.optionalReal(9);
    r.threshold = q.optionalReal(10);
    r.labelVi = q.text(11);
    r.labelEn = q.text(12);
    r.messageVi = q.text(13);
    r.messageEn = q.text(14);
    r.suggestedCategory = q.text(15);
    r.earlyWarning = q.int64(16) != 0;
    r.raisedAt = fromMs(q.int64(17));
    r.acknowledgedAt = optionalTime(q, 18);
    r.acknowledgedBy = q.text(19);
    r.ackComment = q.text(20);
    r.clearedAt = optionalTime(q, 21);
    r.renotifyAt = optionalTime(q, 22);
    if (!q.isNull(23))
        r.incidentId = q.int64(23);
    return r;
}

// Binds every column but id, in kColumns order, from index 1.
void bindAlert(Statement& st, const AlertRecord& r)
{
    st.bind(1, r.ruleId)
        .bind(2, r.instanceKey)
        .bind(3, r.kind)
        .bind(4, static_cast<std::int64_t>(r.severity))
        .bind(5, r.state)
        .bind(6, r.seriesId)
        .bind(7, r.sourceId)
        .bind(8, r.unitCode)
        .bind(9, r.value)
        .bind(10, r.threshold)
        .bind(11, r.labelVi)
        .bind(12, r.labelEn)
        .bind(13, r.messageVi)
        .bind(14, r.messageEn)
        .bind(15, r.suggestedCategory)
        .bind(16, static_cast<std::int64_t>(r.earlyWarning ? 1 : 0))
        .bind(17, ms(r.raisedAt));
    bindTime(st, 18, r.acknowledgedAt);
    st.bind(19, r.acknowledgedBy).bind(20, r.ackComment);
    bindTime(st, 21, r.clearedAt);
    bindTime(st, 22, r.renotifyAt);
    if (r.incidentId)
        st.bind(23, *r.incidentId);
    else
        st.bindNull(23);
}

SourceUrge readUrge(const Statement& q)
{
    return {q.int64(0), q.text(1), fromMs(q.int64(2)), q.text(3), q.text(4)};
}
} // namespace

void AlertRepository::insert(AlertRecord& r)
{
    Statement st(m_db, std::string("INSERT INTO alerts(") + (kColumns + 4) +
                           ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bindAlert(st, r);
    st.run();
    r.id = m_db.lastInsertRowId();
}

void AlertRepository::update(const AlertRecord& r)
{
    Statement st(m_db,
                 "UPDATE alerts SET rule_id=?, instance_key=?, kind=?, severity=?, state=?, "
                 "series_id=?, source_id=?, unit_code=?, value=?, threshold=?, label_vi=?, "
                 "label_en=?, message_vi=?, message_en=?, suggested_category=?, early_warning=?, "
                 "raised_at=?, acknowledged_at=?, acknowledged_by=?, ack_comment=?, cleared_at=?, "
                 "renotify_at=?, incident_id=? WHERE id=?");
    bindAlert(st, r);
    st.bind(24, r.id);
    st.run();
}

std::optional<AlertRecord> AlertRepository::get(std::int64_t id)
{
    Statement q(m_db, std::string("SELECT ") + kColumns + " FROM alerts WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return readAlert(q);
}

std::vector<AlertRecord> AlertRepository::list(const AlertFilter& f)
{
    std::string sql = std::string("SELECT ") + kColumns + " FROM alerts WHERE 1=1";
    if (f.state)
        sql += " AND state = :state";
    if (f.severity)
        sql += " AND severity = :severity";
    sql += " ORDER BY id DESC LIMIT :limit";
    Statement q(m_db, sql);
    if (f.state)
        q.bind(q.parameterIndex(":state"), *f.state);
    if (f.severity)
        q.bind(q.parameterIndex(":severity"), static_cast<std::int64_t>(*f.severity));
    q.bind(q.parameterIndex(":limit"), static_cast<std::int64_t>(f.limit));
    std::vector<AlertRecord> out;
    while (q.step())
        out.push_back(readAlert(q));
    return out;
}

std::vector<AlertRecord> AlertRepository::open()
{
    Statement q(m_db, std::string("SELECT ") + kColumns +
                          " FROM alerts WHERE state IN ('active', 'acknowledged') ORDER BY id");
    std::vector<AlertRecord> out;
    while (q.step())
        out.push_back(readAlert(q));
    return out;
}

std::int64_t AlertRepository::count()
{
    Statement q(m_db, "SELECT count(*) FROM alerts");
    q.step();
    return q.int64(0);
}

void AlertRepository::addEvent(const AlertEvent& e)
{
    Statement st(m_db, "INSERT INTO alert_events(alert_id, at, change, actor, value, comment) "
                       "VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, e.alertId).bind(2, ms(e.at)).bind(3, e.change).bind(4, e.actor).bind(5, e.value);
    st.bind(6, e.comment).run();
}

std::vector<AlertEvent> AlertRepository::events(std::int64_t alertId)
{
    Statement q(m_db, "SELECT id, alert_id, at, change, actor, value, comment FROM alert_events "
                      "WHERE alert_id = ? ORDER BY id");
    q.bind(1, alertId);
    std::vector<AlertEvent> out;
    while (q.step())
        out.push_back({q.int64(0), q.int64(1), fromMs(q.int64(2)), q.text(3), q.text(4),
                       q.optionalReal(5), q.text(6)});
    return out;
}

SourceUrge AlertRepository::addUrge(const std::string& source, TimePoint at, const std::string& by,
                                    const std::string& note)
{
    Statement st(m_db, "INSERT INTO source_urges(source_id, at, by_user, note) VALUES (?, ?, ?, ?)");
    st.bind(1, source).bind(2, ms(at)).bind(3, by).bind(4, note).run();
    return {m_db.lastInsertRowId(), source, at, by, note};
}

std::vector<SourceUrge> AlertRepository::urges(const std::string& source, int limit)
{
    Statement q(m_db, "SELECT id, source_id, at, by_user, note FROM source_urges "
                      "WHERE source_id = ? ORDER BY id DESC LIMIT ?");
    q.bind(1, source).bind(2, static_cast<std::int64_t>(limit));
    std::vector<SourceUrge> out;
    while (q.step())
        out.push_back(readUrge(q));
    return out;
}

std::map<std::string, UrgeSummary> AlertRepository::urgeSummaries()
{
    std::map<std::string, UrgeSummary> out;
    Statement counts(m_db, "SELECT source_id, count(*), max(id) FROM source_urges GROUP BY source_id");
    std::vector<std::int64_t> lastIds;
    while (counts.step()) {
        out[counts.text(0)].count = counts.int64(1);
        lastIds.push_back(counts.int64(2));
    }
    Statement q(m_db, "SELECT id, source_id, at, by_user, note FROM source_urges WHERE id = ?");
    for (auto id : lastIds) {
        q.reset();
        q.bind(1, id);
        if (q.step()) {
            auto u = readUrge(q);
            out[u.sourceId].last = u;
        }
    }
    return out;
}

void AlertRepository::saveRuleSet(TimePoint at, const std::string& by, const std::string& rules)
{
    Statement st(m_db, "INSERT INTO alert_rule_sets(at, by_user, rules) VALUES (?, ?, ?)");
    st.bind(1, ms(at)).bind(2, by).bind(3, rules).run();
}

std::optional<std::string> AlertRepository::latestRuleSet()
{
    Statement q(m_db, "SELECT rules FROM alert_rule_sets ORDER BY id DESC LIMIT 1");
    if (!q.step())
        return std::nullopt;
    return q.text(0);
}

} // namespace ioc::storage
