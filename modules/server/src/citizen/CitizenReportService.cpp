// SPDX-License-Identifier: GPL-3.0-or-later
#include "CitizenReportService.h"

#include "ioc/domain/TextFold.h"
#include "ioc/storage/AuditRepository.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>

namespace ioc::server {

namespace fs = std::filesystem;
using domain::ReportAction;
using domain::ReportStatus;
using storage::CitizenReportRecord;

namespace {
constexpr std::size_t kMaxTitleChars = 80;
constexpr std::size_t kMaxField = 2000;

bool blank(const std::string& s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

// The first `n` characters (code points) of a UTF-8 text, with "…" when cut.
std::string firstChars(const std::string& text, std::size_t n)
{
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == n)
            return text.substr(0, i) + "…";
    }
    return text;
}

domain::DuplicateCandidate candidate(const CitizenReportRecord& r)
{
    return {r.id, r.observedAt, r.lat, r.lon, r.unitCode, r.text + " " + r.address};
}

void removeCreated(const std::vector<fs::path>& files)
{
    std::error_code ec;
    for (const auto& f : files)
        fs::remove(f, ec);
}
} // namespace

CitizenReportService::CitizenReportService(storage::Database db, PhotoStore photos,
                                           const UnitDirectory& units, IncidentService *incidents,
                                           const domain::Clock& clock, Publish publish,
                                           Options options)
    : m_db(std::move(db))
    , m_repo(m_db)
    , m_photos(std::move(photos))
    , m_units(units)
    , m_cityBoxes(units.boxes())
    , m_incidents(incidents)
    , m_clock(clock)
    , m_publish(std::move(publish))
    , m_options(options)
{}

ReportOutcome<IntakeOutcome> CitizenReportService::intake(IntakeRequest req,
                                                          const std::string& actor,
                                                          const std::string& actorRole)
{
    std::lock_guard lock(m_mutex);
    if (auto existing = m_repo.findByChannelRef(req.channel, req.channelRef))
        return IntakeOutcome{detailLocked(*existing), true};
    if (auto refusal = domain::validateReport(req.draft, m_cityBoxes, m_options.limits))
        return ReportError{refusal->status, refusal->code, refusal->message};
    std::vector<PhotoStore::Checked> checked;
    for (std::size_t i = 0; i < req.draft.photos.size(); ++i) {
        auto c = m_photos.check(std::move(req.draft.photos[i]));
        if (auto *r = std::get_if<PhotoStore::Refused>(&c))
            return ReportError{r->status, r->code,
                               "photos[" + std::to_string(i) + "]: " + r->message};
        checked.push_back(std::move(std::get<PhotoStore::Checked>(c)));
    }

    const auto now = m_clock.now();
    CitizenReportRecord r;
    r.channel = req.channel;
    r.channelRef = req.channelRef;
    r.text = req.draft.text;
    r.category = req.draft.category;
    r.lat = req.draft.lat;
    r.lon = req.draft.lon;
    r.address = req.draft.address;
    if (r.lat && r.lon)
        if (const auto *u = m_units.locate(*r.lat, *r.lon))
            r.unitCode = u->code;
    r.observedAt = req.observedAt;
    r.receivedAt = r.updatedAt = r.publicUpdatedAt = now;
    r.contactName = req.contactName;
    r.contactPhone = req.contactPhone;

    // Files first, then one transaction; if anything fails, the files this intake created go.
    std::vector<fs::path> created;
    try {
        for (const auto& c : checked) {
            auto files = m_photos.write(c);
            created.insert(created.end(), files.begin(), files.end());
        }
        storage::Transaction tx(m_db);
        r.id = m_repo.insert(r);
        for (std::size_t i = 0; i < checked.size(); ++i)
            m_repo.addPhoto(r.id, {static_cast<int>(i + 1), checked[i].sha256,
                                   std::string(domain::mimeType(checked[i].type)),
                                   static_cast<std::int64_t>(checked[i].bytes.size()),
                                   checked[i].width, checked[i].height});
        m_repo.addEvent(r.id, {0, now, actor, actorRole, "received", "", "received", ""});
        storage::AuditRepository(m_db).append(
            now, actor, actorRole, "citizen_report.receive",
            "citizen_report:" + std::to_string(r.id),
            boost::json::serialize(boost::json::object{{"channel", r.channel},
                                                       {"channel_ref", r.channelRef},
                                                       {"category", r.category},
                                                       {"photos", checked.size()}}));
        tx.commit();
    } catch (...) {
        // Only files no committed report refers to (the same photo may belong to another).
        std::vector<fs::path> orphans;
        for (const auto& f : created) {
            const auto sha = f.filename().string().substr(0, 64);
            if (!m_repo.photoInUse(sha))
                orphans.push_back(f);
        }
        removeCreated(orphans);
        throw;
    }
    m_publish(r, "received");
    return IntakeOutcome{detailLocked(r), false};
}

ReportDetail CitizenReportService::detailLocked(const CitizenReportRecord& r)
{
    ReportDetail d{r, m_repo.photos(r.id), m_repo.events(r.id), {}};
    storage::ReportFilter near;
    near.from = r.receivedAt - m_options.duplicates.maxGap - std::chrono::hours(24);
    near.to = r.receivedAt + m_options.duplicates.maxGap + std::chrono::hours(24);
    near.limit = 2000;
    const auto self = candidate(r);
    for (const auto& other : m_repo.list(near))
        if (other.id != r.id &&
            domain::likelyDuplicates(self, candidate(other), m_options.duplicates))
            d.duplicates.push_back(other.id);
    std::sort(d.duplicates.begin(), d.duplicates.end());
    return d;
}

ReportOutcome<ReportDetail> CitizenReportService::get(std::int64_t id)
{
    std::lock_guard lock(m_mutex);
    auto r = m_repo.find(id);
    if (!r)
        return ReportError{404, "unknown_report", "no citizen report " + std::to_string(id)};
    return detailLocked(*r);
}

ReportQueue CitizenReportService::queue(const storage::ReportFilter& filter)
{
    std::lock_guard lock(m_mutex);
    ReportQueue q;
    const auto reports = m_repo.list(filter);
    std::vector<domain::DuplicateCandidate> candidates;
    candidates.reserve(reports.size());
    for (const auto& r : reports)
        candidates.push_back(candidate(r));
    q.groups = domain::groupDuplicates(candidates, m_options.duplicates);
    std::map<std::int64_t, int> groupOf;
    for (std::size_t g = 0; g < q.groups.size(); ++g)
        for (auto id : q.groups[g])
            groupOf[id] = static_cast<int>(g);
    const auto now = m_clock.now();
    for (const auto& r : reports) {
        ReportQueue::Item item{r, 0, -1, static_cast<int>(m_repo.photos(r.id).size())};
        if (auto it = groupOf.find(r.id); it != groupOf.end())
            item.group = it->second;
        const std::size_t size =
            item.group >= 0 ? q.groups[static_cast<std::size_t>(item.group)].size() : 1;
        // Only what still waits for the centre gets more urgent with time.
        const bool waiting =
            r.status == ReportStatus::Received || r.status == ReportStatus::Triaged;
        item.urgency = domain::reportUrgency(
            r.category, size,
            waiting ? std::chrono::duration_cast<domain::Milliseconds>(now - r.receivedAt)
                    : domain::Milliseconds{0});
        q.items.push_back(std::move(item));
    }
    // Open before done, then most urgent, then newest.
    std::stable_sort(q.items.begin(), q.items.end(), [](const auto& a, const auto& b) {
        const bool ao = domain::isOpen(a.report.status), bo = domain::isOpen(b.report.status);
        if (ao != bo)
            return ao;
        if (a.urgency != b.urgency)
            return a.urgency > b.urgency;
        return a.report.receivedAt > b.report.receivedAt;
    });
    return q;
}

std::optional<ReportError> CitizenReportService::makeIncident(CitizenReportRecord& r,
                                                              const ReportActionRequest& q,
                                                              const domain::Actor& actor)
{
    if (!m_incidents)
        return ReportError{503, "incidents_unavailable", "the incident log is not running"};
    const auto *cat = domain::findReportCategory(r.category);
    storage::NewIncident n;
    n.title = blank(q.title) ? firstChars(r.text, kMaxTitleChars) : q.title;
    n.description = r.text + (r.address.empty() ? "" : "\nĐịa chỉ: " + r.address) + "\nPhản ánh #" +
                    std::to_string(r.id) + " qua kênh " + r.channel;
    n.category = cat ? std::string(cat->incidentCategory) : "other";
    const auto *ic = m_incidents->categories().find(n.category);
    if (!ic)
        return ReportError{500, "unknown_category",
                           "incident category '" + n.category + "' is not configured"};
    n.domain = ic->domain;
    n.severity = q.severity.value_or(ic->defaultSeverity);
    if (r.lat && r.lon)
        n.location = storage::GeoPoint{*r.lat, *r.lon};
    n.unitCode = r.unitCode;
    n.sourceKind = domain::IncidentSourceKind::CitizenReport;
    n.sourceRef = std::to_string(r.id);
    // The same key on a retry: a double click never logs two incidents.
    auto made = m_incidents->create(n, "citizen-" + std::to_string(r.id), actor);
    if (const auto *e = std::get_if<IncidentError>(&made))
        return ReportError{e->status, e->code, e->message};
    r.incidentId = std::get<CreateOutcome>(made).detail.incident.id;
    return std::nullopt;
}

std::optional<ReportError> CitizenReportService::applyLocked(CitizenReportRecord& r,
                                                             const ReportActionRequest& q,
                                                             const domain::Actor& actor)
{
    const auto now = m_clock.now();
    switch (q.action) {
    case ReportAction::Triage:
    case ReportAction::Close:
        break;
    case ReportAction::Forward:
        if (blank(q.unit) || q.unit.size() > 300)
            return ReportError{400, "unit_required",
                               "'unit' names the department or commune focal point"};
        if (!q.deadline || *q.deadline <= now)
            return ReportError{400, "bad_deadline", "'deadline' must be a time in the future"};
        r.forwardUnit = q.unit;
        r.forwardFocalPoint = q.focalPoint;
        r.forwardMessage = q.message;
        r.forwardDeadline = q.deadline;
        r.forwardedAt = now;
        r.publicDetail = q.unit;
        break;
    case ReportAction::MakeIncident:
        if (auto e = makeIncident(r, q, actor))
            return e;
        break;
    case ReportAction::Merge:
        if (q.intoReport) {
            if (*q.intoReport == r.id)
                return ReportError{400, "bad_merge", "a report cannot be merged into itself"};
            auto target = m_repo.find(*q.intoReport);
            if (!target)
                return ReportError{404, "unknown_report",
                                   "no citizen report " + std::to_string(*q.intoReport)};
            if (target->status == ReportStatus::Merged)
                return ReportError{409, "bad_merge",
                                   "that report is itself merged; merge into its target"};
            r.mergedInto = target->id;
            r.incidentId = target->incidentId;
        } else if (!blank(q.intoIncident)) {
            if (!m_incidents)
                return ReportError{503, "incidents_unavailable", "the incident log is not running"};
            auto inc = m_incidents->get(q.intoIncident);
            if (const auto *e = std::get_if<IncidentError>(&inc))
                return ReportError{e->status, e->code, e->message};
            r.incidentId = std::get<IncidentDetail>(inc).incident.id;
        } else {
            return ReportError{400, "merge_target_required",
                               "send 'into_report' or 'into_incident'"};
        }
        break;
    case ReportAction::Reject:
        r.publicDetail = q.text;
        r.answeredAt = now;
        break;
    case ReportAction::RecordAnswer:
        r.unitAnswer = q.text;
        r.unitAnsweredAt = now;
        r.unitAnsweredBy = actor.username;
        break;
    case ReportAction::AcceptAnswer:
        r.publicDetail = blank(q.text) ? r.unitAnswer : q.text;
        r.answeredAt = now;
        break;
    case ReportAction::Answer:
        r.publicDetail = q.text;
        r.answeredAt = now;
        break;
    }
    return std::nullopt;
}

ReportOutcome<ReportDetail> CitizenReportService::act(std::int64_t id, const ReportActionRequest& q,
                                                      const domain::Actor& actor)
{
    if (q.text.size() > kMaxField || q.note.size() > kMaxField || q.message.size() > kMaxField)
        return ReportError{400, "text_too_long", "texts are limited to 2000 bytes"};
    std::lock_guard lock(m_mutex);
    auto found = m_repo.find(id);
    if (!found)
        return ReportError{404, "unknown_report", "no citizen report " + std::to_string(id)};
    auto r = *found;
    const auto decided = domain::decideReportAction({r.status, r.unitAnsweredAt.has_value()},
                                                    q.action, actor, q.text);
    if (const auto *refusal = std::get_if<domain::Refusal>(&decided))
        return ReportError{refusal->httpStatus(), refusal->code, refusal->message};
    const auto before = domain::publicStatusFor(r.status, r.publicDetail);
    const auto from = r.status;
    if (auto e = applyLocked(r, q, actor))
        return *e;
    const auto now = m_clock.now();
    r.status = std::get<ReportStatus>(decided);
    r.handledBy = actor.username;
    r.updatedAt = now;
    const auto after = domain::publicStatusFor(r.status, r.publicDetail);
    if (after.status != before.status || after.message != before.message)
        r.publicUpdatedAt = now;
    const std::string role(domain::toString(actor.role));
    const std::string action(domain::toString(q.action));
    {
        storage::Transaction tx(m_db);
        m_repo.update(r);
        m_repo.addEvent(r.id,
                        {0, now, actor.username, role, action, std::string(domain::toString(from)),
                         std::string(domain::toString(r.status)), q.note});
        boost::json::object details{{"from", domain::toString(from)},
                                    {"to", domain::toString(r.status)}};
        if (r.incidentId)
            details["incident_id"] = *r.incidentId;
        if (q.action == ReportAction::Forward)
            details["unit"] = r.forwardUnit;
        storage::AuditRepository(m_db).append(now, actor.username, role, "citizen_report." + action,
                                              "citizen_report:" + std::to_string(r.id),
                                              boost::json::serialize(details));
        tx.commit();
    }
    m_publish(r, action);
    return detailLocked(r);
}

ReportOutcome<CitizenReportRecord> CitizenReportService::forChannel(std::int64_t id,
                                                                    const std::string& channel)
{
    std::lock_guard lock(m_mutex);
    auto r = m_repo.find(id);
    // Another channel's report answers exactly like one that does not exist.
    if (!r || r->channel != channel)
        return ReportError{404, "unknown_report", "no citizen report " + std::to_string(id)};
    return *r;
}

domain::ReportStatsResult CitizenReportService::stats(domain::TimePoint from, domain::TimePoint to)
{
    std::vector<domain::ReportFacts> facts;
    {
        std::lock_guard lock(m_mutex);
        storage::ReportFilter f;
        f.from = from;
        f.to = to;
        f.limit = 1'000'000;
        for (const auto& r : m_repo.list(f))
            facts.push_back({r.unitCode, r.category, r.status, r.receivedAt, r.answeredAt,
                             r.forwardUnit, r.forwardDeadline, r.unitAnsweredAt});
    }
    return domain::computeReportStats(
        facts, m_clock.now(),
        std::chrono::duration_cast<domain::Milliseconds>(m_options.answerTarget));
}

std::optional<std::pair<fs::path, std::string>>
CitizenReportService::photoFile(std::int64_t id, int position, bool thumbnail)
{
    std::lock_guard lock(m_mutex);
    for (const auto& p : m_repo.photos(id))
        if (p.position == position)
            return thumbnail ? std::pair{m_photos.thumbnail(p.sha256), std::string("image/jpeg")}
                             : std::pair{m_photos.original(p.sha256), p.mime};
    return std::nullopt;
}

} // namespace ioc::server
