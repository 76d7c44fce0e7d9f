// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentCategories.h"
#include "UnitDirectory.h"

#include "ioc/domain/IncidentLifecycle.h"
#include "ioc/domain/Time.h"
#include "ioc/storage/Database.h"
#include "ioc/storage/IncidentRepository.h"
#include "ioc/storage/UserRepository.h"

#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <variant>

namespace ioc::server {

// A refused or failed operation: the HTTP status and the JSON error it answers with.
struct IncidentError
{
    int status = 400;
    std::string code;
    std::string message;
};

template<class T> using IncidentOutcome = std::variant<T, IncidentError>;

// Everything a console shows of one incident.
struct IncidentDetail
{
    storage::IncidentRecord incident;
    std::vector<storage::IncidentEvent> timeline;
    std::vector<storage::ForwardRecord> forwards;
    std::vector<storage::ChecklistMark> checklist;
};

struct CreateOutcome
{
    IncidentDetail detail;
    bool replayed = false;
};

// The incident log's operations for a known actor (who is asking is the caller's business:
// the HTTP layer takes it from the login session). Every change runs in one transaction with
// its audit-log entry, on its own SQLite connection opened with full sync, and is then
// published (in commit order) through `publish`. Thread-safe: one operation at a time.
class IncidentService
{
public:
    // change: created, transition, note, assign, forward, answer, checklist.
    using Publish = std::function<void(const storage::IncidentRecord&, std::string_view change)>;

    IncidentService(storage::Database db, const IncidentCategories& categories,
                    const UnitDirectory& units, std::set<std::string> domains,
                    const domain::Clock& clock, Publish publish);

    IncidentOutcome<CreateOutcome> create(const storage::NewIncident& incident,
                                          const std::string& idempotencyKey,
                                          const domain::Actor& actor);
    // `key` is the numeric id or the human ref ("HP-2026-000123").
    IncidentOutcome<IncidentDetail> get(const std::string& key);
    storage::IncidentPage list(const storage::IncidentFilter& filter);
    storage::IncidentRepository::Counts counts(bool includeDrills);

    // `skipReasons`: for propose_resolution, why each unticked checklist step was skipped.
    IncidentOutcome<IncidentDetail>
    transition(const std::string& key, domain::IncidentAction action, const std::string& comment,
               const std::map<std::string, std::string>& skipReasons, const domain::Actor& actor);
    IncidentOutcome<IncidentDetail> addNote(const std::string& key, const std::string& text,
                                            const domain::Actor& actor);
    // `assignee` must be an active officer or supervisor (empty: nobody).
    IncidentOutcome<IncidentDetail> assign(const std::string& key, const std::string& assignee,
                                           const domain::Actor& actor);
    // Who an incident can be assigned to: active officers and supervisors.
    std::vector<storage::UserRecord> assignees();
    IncidentOutcome<IncidentDetail>
    forward(const std::string& key, const storage::NewForward& forward, const domain::Actor& actor);
    IncidentOutcome<IncidentDetail> recordAnswer(const std::string& key, std::int64_t forwardId,
                                                 const std::string& answer,
                                                 const domain::Actor& actor);
    IncidentOutcome<IncidentDetail> tickStep(const std::string& key, const std::string& stepId,
                                             bool done, const domain::Actor& actor);

    const IncidentCategories& categories() const { return m_categories; }
    const UnitDirectory& units() const { return m_units; }
    domain::TimePoint now() const { return m_clock.now(); }

private:
    // Runs `change` on the incident inside a transaction with an audit entry, then publishes.
    using Change = std::function<std::optional<IncidentError>(storage::IncidentRecord&)>;
    IncidentOutcome<IncidentDetail> mutate(const std::string& key, const domain::Actor& actor,
                                           std::string_view auditAction, std::string_view change,
                                           const std::string& auditDetails, const Change& apply);
    std::optional<storage::IncidentRecord> findLocked(const std::string& key);
    IncidentDetail detailLocked(const storage::IncidentRecord& r);
    std::optional<IncidentError> validate(const storage::NewIncident& n) const;

    std::mutex m_mutex;
    storage::Database m_db;
    storage::IncidentRepository m_repo;
    const IncidentCategories& m_categories;
    const UnitDirectory& m_units;
    std::set<std::string> m_domains;
    const domain::Clock& m_clock;
    Publish m_publish;
};

} // namespace ioc::server
