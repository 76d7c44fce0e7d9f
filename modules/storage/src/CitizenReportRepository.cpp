// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/CitizenReportRepository.h"

#include "ioc/storage/Statement.h"

namespace ioc::storage {

using domain::TimePoint;

namespace {
constexpr std::string_view kColumns =
    "id, channel, channel_ref, text, category, lat, lon, address, unit_code, observed_at, "
    "received_at, contact_name, contact_phone, status, public_detail, public_updated_at, "
    "incident_id, merged_into, forward_unit, forward_focal_point, forward_message, "
    "forward_deadline, forwarded_at, unit_answer, unit_answered_at, unit_answered_by, "
    "answered_at, handled_by, updated_at";

std::int64_t ms(TimePoint t)
{
    return t.time_since_epoch().count();
}
TimePoint fromMs(std::int64_t v)
{
    return TimePoint{domain::Milliseconds{v}};
}
std::optional<TimePoint> optTime(const Statement& q, int c)
{
    return q.isNull(c) ? std::nullopt : std::optional(fromMs(q.int64(c)));
}
std::optional<std::int64_t> optInt(const Statement& q, int c)
{
    return q.isNull(c) ? std::nullopt : std::optional(q.int64(c));
}
std::string optText(const Statement& q, int c)
{
    return q.isNull(c) ? std::string{} : q.text(c);
}
void bindTime(Statement& s, int i, const std::optional<TimePoint>& t)
{
    if (t)
        s.bind(i, ms(*t));
    else
        s.bindNull(i);
}
void bindInt(Statement& s, int i, const std::optional<std::int64_t>& v)
{
    if (v)
        s.bind(i, *v);
    else
        s.bindNull(i);
}
void bindText(Statement& s, int i, const std::string& v)
{
    if (v.empty())
        s.bindNull(i);
    else
        s.bind(i, v);
}

CitizenReportRecord readReport(const Statement& q)
{
    CitizenReportRecord r;
    r.id = q.int64(0);
    r.channel = q.text(1);
    r.channelRef = q.text(2);
    r.text = q.text(3);
    r.category = q.text(4);
    r.lat = q.optionalReal(5);
    r.lon = q.optionalReal(6);
    r.address = q.text(7);
    r.unitCode = optText(q, 8);
    r.observedAt = fromMs(q.int64(9));
    r.receivedAt = fromMs(q.int64(10));
    r.contactName = q.text(11);
    r.contactPhone = q.text(12);
    r.status = domain::reportStatusFromString(q.text(13)).value_or(domain::ReportStatus::Received);
    r.publicDetail = q.text(14);
    r.publicUpdatedAt = fromMs(q.int64(15));
    r.incidentId = optInt(q, 16);
    r.mergedInto = optInt(q, 17);
    r.forwardUnit = optText(q, 18);
    r.forwardFocalPoint = optText(q, 19);
    r.forwardMessage = optText(q, 20);
    r.forwardDeadline = optTime(q, 21);
    r.forwardedAt = optTime(q, 22);
    r.unitAnswer = optText(q, 23);
    r.unitAnsweredAt = optTime(q, 24);
    r.unitAnsweredBy = optText(q, 25);
    r.answeredAt = optTime(q, 26);
    r.handledBy = optText(q, 27);
    r.updatedAt = fromMs(q.int64(28));
    return r;
}

// Binds the fields update() writes, from index `first` on; returns the next free index.
int bindMutable(Statement& s, int i, const CitizenReportRecord& r)
{
    s.bind(i++, std::string(domain::toString(r.status)));
    s.bind(i++, r.publicDetail);
    s.bind(i++, ms(r.publicUpdatedAt));
    bindInt(s, i++, r.incidentId);
    bindInt(s, i++, r.mergedInto);
    bindText(s, i++, r.forwardUnit);
    bindText(s, i++, r.forwardFocalPoint);
    bindText(s, i++, r.forwardMessage);
    bindTime(s, i++, r.forwardDeadline);
    bindTime(s, i++, r.forwardedAt);
    bindText(s, i++, r.unitAnswer);
    bindTime(s, i++, r.unitAnsweredAt);
    bindText(s, i++, r.unitAnsweredBy);
    bindTime(s, i++, r.answeredAt);
    bindText(s, i++, r.handledBy);
    s.bind(i++, ms(r.updatedAt));
    return i;
}
} // namespace

std::int64_t CitizenReportRepository::insert(const CitizenReportRecord& r)
{
    Statement s(m_db, "INSERT INTO citizen_reports(channel, channel_ref, text, category, lat, lon, "
                      "address, unit_code, observed_at, received_at, contact_name, contact_phone, "
                      "status, public_detail, public_updated_at, incident_id, merged_into, "
                      "forward_unit, forward_focal_point, forward_message, forward_deadline, "
                      "forwarded_at, unit_answer, unit_answered_at, unit_answered_by, "
                      "answered_at, handled_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, r.channel).bind(2, r.channelRef).bind(3, r.text).bind(4, r.category);
    s.bind(5, r.lat).bind(6, r.lon).bind(7, r.address);
    bindText(s, 8, r.unitCode);
    s.bind(9, ms(r.observedAt)).bind(10, ms(r.receivedAt));
    s.bind(11, r.contactName).bind(12, r.contactPhone);
    bindMutable(s, 13, r);
    s.run();
    return m_db.lastInsertRowId();
}

void CitizenReportRepository::update(const CitizenReportRecord& r)
{
    Statement s(m_db, "UPDATE citizen_reports SET status = ?, public_detail = ?, "
                      "public_updated_at = ?, incident_id = ?, merged_into = ?, forward_unit = ?, "
                      "forward_focal_point = ?, forward_message = ?, forward_deadline = ?, "
                      "forwarded_at = ?, unit_answer = ?, unit_answered_at = ?, "
                      "unit_answered_by = ?, answered_at = ?, handled_by = ?, updated_at = ? "
                      "WHERE id = ?");
    const int next = bindMutable(s, 1, r);
    s.bind(next, r.id);
    s.run();
}

std::optional<CitizenReportRecord> CitizenReportRepository::find(std::int64_t id)
{
    Statement q(m_db, "SELECT " + std::string(kColumns) + " FROM citizen_reports WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return readReport(q);
}

std::optional<CitizenReportRecord>
CitizenReportRepository::findByChannelRef(const std::string& channel, const std::string& ref)
{
    Statement q(m_db, "SELECT " + std::string(kColumns) +
                          " FROM citizen_reports WHERE channel = ? AND channel_ref = ?");
    q.bind(1, channel).bind(2, ref);
    if (!q.step())
        return std::nullopt;
    return readReport(q);
}

std::vector<CitizenReportRecord> CitizenReportRepository::list(const ReportFilter& f)
{
    std::string sql = "SELECT " + std::string(kColumns) + " FROM citizen_reports WHERE 1";
    if (!f.statuses.empty()) {
        sql += " AND status IN (";
        for (std::size_t i = 0; i < f.statuses.size(); ++i)
            sql += i ? ", ?" : "?";
        sql += ")";
    }
    if (!f.category.empty())
        sql += " AND category = :category";
    if (!f.unitCode.empty())
        sql += " AND unit_code = :unit";
    if (!f.channel.empty())
        sql += " AND channel = :channel";
    if (f.from)
        sql += " AND received_at >= :from";
    if (f.to)
        sql += " AND received_at < :to";
    sql += " ORDER BY received_at DESC, id DESC LIMIT :limit";
    Statement q(m_db, sql);
    int i = 1;
    for (auto s : f.statuses)
        q.bind(i++, std::string(domain::toString(s)));
    if (!f.category.empty())
        q.bind(q.parameterIndex(":category"), f.category);
    if (!f.unitCode.empty())
        q.bind(q.parameterIndex(":unit"), f.unitCode);
    if (!f.channel.empty())
        q.bind(q.parameterIndex(":channel"), f.channel);
    if (f.from)
        q.bind(q.parameterIndex(":from"), ms(*f.from));
    if (f.to)
        q.bind(q.parameterIndex(":to"), ms(*f.to));
    q.bind(q.parameterIndex(":limit"), static_cast<std::int64_t>(f.limit));
    std::vector<CitizenReportRecord> out;
    while (q.step())
        out.push_back(readReport(q));
    return out;
}

void CitizenReportRepository::addPhoto(std::int64_t reportId, const ReportPhoto& p)
{
    Statement s(m_db, "INSERT INTO citizen_report_photos(report_id, position, sha256, mime, bytes, "
                      "width, height) VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, reportId).bind(2, static_cast<std::int64_t>(p.position)).bind(3, p.sha256);
    s.bind(4, p.mime).bind(5, p.bytes).bind(6, static_cast<std::int64_t>(p.width));
    s.bind(7, static_cast<std::int64_t>(p.height));
    s.run();
}

std::vector<ReportPhoto> CitizenReportRepository::photos(std::int64_t reportId)
{
    Statement q(m_db, "SELECT position, sha256, mime, bytes, width, height FROM "
                      "citizen_report_photos WHERE report_id = ? ORDER BY position");
    q.bind(1, reportId);
    std::vector<ReportPhoto> out;
    while (q.step())
        out.push_back({static_cast<int>(q.int64(0)), q.text(1), q.text(2), q.int64(3),
                       static_cast<int>(q.int64(4)), static_cast<int>(q.int64(5))});
    return out;
}

bool CitizenReportRepository::photoInUse(const std::string& sha256)
{
    Statement q(m_db, "SELECT 1 FROM citizen_report_photos WHERE sha256 = ? LIMIT 1");
    q.bind(1, sha256);
    return q.step();
}

void CitizenReportRepository::addEvent(std::int64_t reportId, const ReportEvent& e)
{
    Statement s(m_db, "INSERT INTO citizen_report_events(report_id, at, actor, actor_role, action, "
                      "from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, reportId).bind(2, ms(e.at)).bind(3, e.actor).bind(4, e.actorRole).bind(5, e.action);
    bindText(s, 6, e.fromStatus);
    s.bind(7, e.toStatus).bind(8, e.note);
    s.run();
}

std::vector<ReportEvent> CitizenReportRepository::events(std::int64_t reportId)
{
    Statement q(m_db, "SELECT id, at, actor, actor_role, action, from_status, to_status, note FROM "
                      "citizen_report_events WHERE report_id = ? ORDER BY id");
    q.bind(1, reportId);
    std::vector<ReportEvent> out;
    while (q.step())
        out.push_back({q.int64(0), fromMs(q.int64(1)), q.text(2), q.text(3), q.text(4),
                       optText(q, 5), q.text(6), q.text(7)});
    return out;
}

} // namespace ioc::storage
