// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Checklist.h"
#include "ioc/domain/Incident.h"
#include "ioc/domain/IncidentLifecycle.h"
#include "ioc/domain/Time.h"
#include "ioc/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ioc::storage {

struct GeoPoint
{
    double lat = 0;
    double lon = 0;
};

// What a person fills in to log an incident.
struct NewIncident
{
    std::string title;
    std::string description;
    std::string domain;   // monitoring domain id, e.g. "security_traffic"
    std::string category; // incident category id, e.g. "flooding" (carries the checklist)
    domain::Severity severity = domain::Severity::Medium;
    std::optional<GeoPoint> location;
    std::string unitCode; // commune-level unit of the location; empty when unknown
    domain::IncidentSourceKind sourceKind = domain::IncidentSourceKind::Officer;
    std::string sourceRef;
    std::string assignee;
    std::string responsibleUnit;
    std::optional<domain::TimePoint> responseDeadline;
    bool drill = false;
};

struct IncidentRecord
{
    std::int64_t id = 0;
    std::string ref;
    NewIncident fields;
    std::string reporter;
    domain::IncidentStatus status = domain::IncidentStatus::New;
    std::string proposedBy;
    domain::TimePoint createdAt;
    domain::TimePoint updatedAt;
    std::optional<domain::TimePoint> closedAt;
    std::optional<domain::TimePoint> forwardDeadline; // earliest unanswered forward's
};

// One line of the timeline: who did what, when.
struct IncidentEvent
{
    std::int64_t id = 0;
    domain::TimePoint at;
    std::string actor;
    std::string actorRole;
    std::string kind; // created, transition, note, assign, forward, answer, checklist, skipped
    std::string action;
    std::string fromStatus;
    std::string toStatus;
    std::string text;
    std::string ref;
};

struct NewForward
{
    std::string unit;
    std::string focalPoint;
    std::string message;
    domain::TimePoint deadline;
};

struct ForwardRecord
{
    std::int64_t id = 0;
    NewForward fields;
    domain::TimePoint forwardedAt;
    std::string forwardedBy;
    std::optional<domain::TimePoint> answeredAt;
    std::string answer;
    std::string answeredBy;
};

struct ChecklistMark
{
    std::string stepId;
    bool done = false; // done, or skipped (with a reason) by a closure proposal
    std::string by;
    domain::TimePoint at;
    std::string reason;
};

// The order of a list page. Ties follow the same direction by creation (ascending: oldest
// first), so paging is stable and every order reads an index.
enum class IncidentSortKey { Created, Severity, Status, Deadline };
struct IncidentSort
{
    IncidentSortKey key = IncidentSortKey::Created;
    bool descending = true; // status: lifecycle order (new first when ascending); deadline:
                            // none counts as the latest (last ascending, first descending)
};

// Filters of GET /api/v1/incidents; every one set must hold. Newest first unless `sort` says.
struct IncidentFilter
{
    std::string text; // diacritics-insensitive search over title, description and notes
    std::vector<domain::IncidentStatus> statuses;
    std::vector<domain::Severity> severities;
    std::string domain;
    std::string unitCode;
    std::string assignee;
    std::optional<domain::TimePoint> from; // created_at >= from
    std::optional<domain::TimePoint> to;   // created_at < to
    std::optional<bool> overdue;
    std::optional<bool> drill; // unset: drills and real incidents alike
    int page = 1;              // 1-based
    int pageSize = 50;
    IncidentSort sort;
};

struct IncidentPage
{
    std::vector<IncidentRecord> items;
    bool hasMore = false;
};

// Why an idempotency key seen before was not replayed.
enum class IdempotencyConflict { OtherUser, OtherRequest };

struct CreatedIncident
{
    IncidentRecord incident;
    bool replayed = false; // the idempotency key was seen before: nothing new was created
    // Set when the key was first used by someone else or for another request: nothing was
    // created and `incident` is empty (it is not the caller's to see).
    std::optional<IdempotencyConflict> conflict;
};

enum class AnswerOutcome { Recorded, NoSuchForward, AlreadyAnswered };

// Incidents in SQLite (issue 5). Each write runs in its own transaction unless the caller has
// one open, so a service can check the lifecycle, write and audit atomically. Writes expect a
// connection opened with Durability::Full.
class IncidentRepository
{
public:
    explicit IncidentRepository(Database& db)
        : m_db(db)
    {}

    // A non-empty key seen before returns that incident (replayed) instead of a duplicate when
    // the same user sent the same request (`requestSha256`, compared when both are known);
    // otherwise nothing is created and `conflict` says why.
    CreatedIncident create(const NewIncident& incident, const std::string& idempotencyKey,
                           const domain::Actor& actor, domain::TimePoint now,
                           const std::string& requestSha256 = {});
    std::optional<IncidentRecord> get(std::int64_t id);
    std::optional<IncidentRecord> findByRef(const std::string& ref);
    IncidentPage list(const IncidentFilter& filter, domain::TimePoint now);

    std::vector<IncidentEvent> timeline(std::int64_t id);
    std::vector<ForwardRecord> forwards(std::int64_t id);
    std::vector<ChecklistMark> checklist(std::int64_t id);

    // Moves `from` → `to` only if the incident is still in `from` (false otherwise: someone was
    // faster). A proposal records its author and the skipped steps; closing stamps closed_at.
    bool applyTransition(std::int64_t id, domain::IncidentAction action,
                         domain::IncidentStatus from, domain::IncidentStatus to,
                         const domain::Actor& actor, const std::string& comment,
                         const std::vector<domain::SkippedStep>& skipped, domain::TimePoint now);
    void addNote(std::int64_t id, const domain::Actor& actor, const std::string& text,
                 domain::TimePoint now);
    void assign(std::int64_t id, const std::string& assignee, const domain::Actor& actor,
                domain::TimePoint now);
    std::int64_t forward(std::int64_t id, const NewForward& forward, const domain::Actor& actor,
                         domain::TimePoint now);
    AnswerOutcome recordAnswer(std::int64_t id, std::int64_t forwardId, const std::string& answer,
                               const domain::Actor& actor, domain::TimePoint now);
    // Ticks (done=true) or unticks a checklist step.
    void tickStep(std::int64_t id, const std::string& stepId, bool done, const domain::Actor& actor,
                  domain::TimePoint now);

    // Counts for a dashboard: open, overdue and awaiting approval, drills excluded unless asked.
    struct Counts
    {
        std::int64_t open = 0;
        std::int64_t overdue = 0;
        std::int64_t awaitingApproval = 0;
    };
    Counts counts(domain::TimePoint now, bool includeDrills);

private:
    void addEvent(std::int64_t id, const domain::Actor& actor, domain::TimePoint at,
                  const IncidentEvent& e);
    void touch(std::int64_t id, domain::TimePoint now);
    void appendSearchNotes(std::int64_t id, const std::string& text);
    void refreshForwardDeadline(std::int64_t id);

    Database& m_db;
};

} // namespace ioc::storage
