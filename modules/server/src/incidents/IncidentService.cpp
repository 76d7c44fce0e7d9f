// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentService.h"

#include "../ApiKeys.h"

#include "ioc/domain/Incident.h"
#include "ioc/storage/AuditRepository.h"
#include "ioc/storage/UserRepository.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <charconv>
#include <cmath>

namespace ioc::server {

using domain::Actor;
using storage::IncidentRecord;

namespace {
constexpr std::size_t kMaxTitle = 300;
constexpr std::size_t kMaxText = 20000;

IncidentError fromRefusal(const domain::Refusal& r)
{
    return {r.httpStatus(), r.code, r.message};
}
IncidentError notFound(const std::string& key)
{
    return {404, "unknown_incident", "no incident '" + key + "'"};
}
IncidentError invalid(std::string code, std::string message)
{
    return {400, std::move(code), std::move(message)};
}
bool blank(const std::string& s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}
std::string details(boost::json::object o)
{
    return boost::json::serialize(o);
}

// What a create asked for, independent of how its JSON was spelled (key order, spaces): the
// same Idempotency-Key with another request is refused rather than answered with the first one.
std::string requestFingerprint(const storage::NewIncident& n)
{
    boost::json::object o{{"title", n.title},
                          {"description", n.description},
                          {"domain", n.domain},
                          {"category", n.category},
                          {"severity", domain::toInt(n.severity)},
                          {"unit_code", n.unitCode},
                          {"source_kind", domain::toString(n.sourceKind)},
                          {"source_ref", n.sourceRef},
                          {"assignee", n.assignee},
                          {"responsible_unit", n.responsibleUnit},
                          {"drill", n.drill}};
    if (n.location)
        o["location"] = boost::json::array{n.location->lat, n.location->lon};
    if (n.responseDeadline)
        o["response_deadline"] = domain::formatRfc3339(*n.responseDeadline);
    return ApiKeys::sha256Hex(boost::json::serialize(o));
}
} // namespace

IncidentService::IncidentService(storage::Database db, const IncidentCategories& categories,
                                 const UnitDirectory& units, std::set<std::string> domains,
                                 const domain::Clock& clock, Publish publish)
    : m_db(std::move(db))
    , m_repo(m_db)
    , m_categories(categories)
    , m_units(units)
    , m_domains(std::move(domains))
    , m_clock(clock)
    , m_publish(std::move(publish))
{}

std::optional<IncidentError> IncidentService::validate(const storage::NewIncident& n) const
{
    if (blank(n.title))
        return invalid("bad_incident", "'title' is required");
    if (n.title.size() > kMaxTitle || n.description.size() > kMaxText)
        return invalid("bad_incident", "'title' or 'description' is too long");
    if (!m_categories.find(n.category))
        return invalid("unknown_category", "no incident category '" + n.category + "'");
    if (!m_domains.empty() && !m_domains.contains(n.domain))
        return invalid("unknown_domain", "no monitoring domain '" + n.domain + "'");
    if (!n.unitCode.empty() && !m_units.find(n.unitCode))
        return invalid("unknown_unit", "no commune-level unit with code '" + n.unitCode + "'");
    if (n.location && (!std::isfinite(n.location->lat) || !std::isfinite(n.location->lon) ||
                       std::abs(n.location->lat) > 90 || std::abs(n.location->lon) > 180))
        return invalid("bad_incident", "'location' must be a WGS 84 point");
    return std::nullopt;
}

IncidentOutcome<CreateOutcome> IncidentService::create(const storage::NewIncident& input,
                                                       const std::string& key, const Actor& actor)
{
    if (!domain::mayWorkIncidents(actor.role))
        return IncidentError{403, "role_not_allowed",
                             "role '" + std::string(domain::toString(actor.role)) +
                                 "' cannot log incidents"};
    const std::string fingerprint = requestFingerprint(input);
    storage::NewIncident n = input;
    if (const auto *category = m_categories.find(n.category)) {
        if (n.domain.empty())
            n.domain = category->domain;
        if (!n.responseDeadline)
            n.responseDeadline = m_clock.now() + category->responseTime;
    }
    if (auto error = validate(n))
        return *error;
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    storage::Transaction tx(m_db);
    auto created = m_repo.create(n, key, actor, now, fingerprint);
    if (created.conflict)
        return IncidentError{
            409, "idempotency_key_conflict",
            *created.conflict == storage::IdempotencyConflict::OtherUser
                ? "this Idempotency-Key was already used by another user; send a new key"
                : "this Idempotency-Key was already used for a different incident; send a new "
                  "key for a new incident"};
    if (!created.replayed)
        storage::AuditRepository(m_db).append(now, actor.username,
                                              std::string(domain::toString(actor.role)),
                                              "incident.create", created.incident.ref,
                                              details({{"id", created.incident.id},
                                                       {"title", n.title},
                                                       {"category", n.category},
                                                       {"severity", domain::toInt(n.severity)},
                                                       {"drill", n.drill}}));
    CreateOutcome out{detailLocked(created.incident), created.replayed};
    tx.commit();
    if (!created.replayed && m_publish)
        m_publish(created.incident, "created");
    return out;
}

std::optional<IncidentRecord> IncidentService::findLocked(const std::string& key)
{
    if (domain::parseIncidentRef(key))
        return m_repo.findByRef(key);
    std::int64_t id = 0;
    auto [ptr, ec] = std::from_chars(key.data(), key.data() + key.size(), id);
    if (ec != std::errc{} || ptr != key.data() + key.size())
        return std::nullopt;
    return m_repo.get(id);
}

IncidentDetail IncidentService::detailLocked(const IncidentRecord& r)
{
    return {r, m_repo.timeline(r.id), m_repo.forwards(r.id), m_repo.checklist(r.id)};
}

IncidentOutcome<IncidentDetail> IncidentService::get(const std::string& key)
{
    std::lock_guard lock(m_mutex);
    auto r = findLocked(key);
    if (!r)
        return notFound(key);
    return detailLocked(*r);
}

storage::IncidentPage IncidentService::list(const storage::IncidentFilter& filter)
{
    std::lock_guard lock(m_mutex);
    return m_repo.list(filter, m_clock.now());
}

storage::IncidentRepository::Counts IncidentService::counts(bool includeDrills)
{
    std::lock_guard lock(m_mutex);
    return m_repo.counts(m_clock.now(), includeDrills);
}

IncidentOutcome<IncidentDetail> IncidentService::mutate(const std::string& key, const Actor& actor,
                                                        std::string_view auditAction,
                                                        std::string_view change,
                                                        const std::string& auditDetails,
                                                        const Change& apply)
{
    std::lock_guard lock(m_mutex);
    storage::Transaction tx(m_db); // BEGIN IMMEDIATE: the check and the write see one state
    auto record = findLocked(key);
    if (!record)
        return notFound(key);
    if (auto error = apply(*record))
        return *error; // rolled back
    storage::AuditRepository(m_db).append(m_clock.now(), actor.username,
                                          std::string(domain::toString(actor.role)),
                                          std::string(auditAction), record->ref, auditDetails);
    auto updated = m_repo.get(record->id);
    IncidentDetail detail = detailLocked(*updated);
    tx.commit();
    if (m_publish)
        m_publish(*updated, change);
    return detail;
}

IncidentOutcome<IncidentDetail> IncidentService::transition(
    const std::string& key, domain::IncidentAction action, const std::string& comment,
    const std::map<std::string, std::string>& skipReasons, const Actor& actor)
{
    boost::json::object audit{{"action", domain::toString(action)}, {"comment", comment}};
    boost::json::object skipped;
    for (const auto& [step, reason] : skipReasons)
        skipped[step] = reason;
    if (!skipped.empty())
        audit["skipped"] = skipped;
    const std::string name = "incident." + std::string(domain::toString(action));
    return mutate(
        key, actor, name, "transition", details(audit),
        [&](IncidentRecord& r) -> std::optional<IncidentError> {
            auto decided = decideTransition({r.status, r.proposedBy}, action, actor, comment);
            if (auto *refusal = std::get_if<domain::Refusal>(&decided))
                return fromRefusal(*refusal);
            std::vector<domain::SkippedStep> skippedSteps;
            if (action == domain::IncidentAction::ProposeResolution) {
                const auto *category = m_categories.find(r.fields.category);
                std::set<std::string> ticked;
                for (const auto& m : m_repo.checklist(r.id))
                    if (m.done)
                        ticked.insert(m.stepId);
                auto checked = domain::checkSkippedSteps(
                    category ? category->checklist : std::vector<domain::ChecklistStep>{}, ticked,
                    skipReasons);
                if (auto *refusal = std::get_if<domain::Refusal>(&checked))
                    return fromRefusal(*refusal);
                skippedSteps = std::get<0>(checked);
            } else if (!skipReasons.empty()) {
                return invalid("bad_request", "'skipped' belongs to propose_resolution only");
            }
            if (!m_repo.applyTransition(r.id, action, r.status, std::get<0>(decided), actor,
                                        comment, skippedSteps, m_clock.now()))
                return IncidentError{409, "invalid_transition", "the incident changed meanwhile"};
            return std::nullopt;
        });
}

IncidentOutcome<IncidentDetail>
IncidentService::addNote(const std::string& key, const std::string& text, const Actor& actor)
{
    if (blank(text) || text.size() > kMaxText)
        return invalid("bad_note", "'text' must be non-empty and at most 20,000 bytes");
    return mutate(key, actor, "incident.note", "note", details({{"text", text}}),
                  [&](IncidentRecord& r) -> std::optional<IncidentError> {
                      if (auto refusal =
                              domain::checkEdit(r.status, domain::IncidentEdit::Note, actor))
                          return fromRefusal(*refusal);
                      m_repo.addNote(r.id, actor, text, m_clock.now());
                      return std::nullopt;
                  });
}

IncidentOutcome<IncidentDetail>
IncidentService::assign(const std::string& key, const std::string& assignee, const Actor& actor)
{
    return mutate(
        key, actor, "incident.assign", "assign", details({{"assignee", assignee}}),
        [&](IncidentRecord& r) -> std::optional<IncidentError> {
            if (auto refusal = domain::checkEdit(r.status, domain::IncidentEdit::Assign, actor))
                return fromRefusal(*refusal);
            if (!assignee.empty()) {
                const auto user = storage::UserRepository(m_db).find(assignee);
                if (!user)
                    return invalid("unknown_user", "no user '" + assignee + "'");
                // Only people who can work an incident can be handed one.
                if (user->disabled || !domain::mayWorkIncidents(user->role))
                    return invalid("not_assignable",
                                   "'" + assignee + "' is not an active officer or supervisor");
            }
            m_repo.assign(r.id, assignee, actor, m_clock.now());
            return std::nullopt;
        });
}

std::vector<storage::UserRecord> IncidentService::assignees()
{
    std::lock_guard lock(m_mutex);
    std::vector<storage::UserRecord> out;
    for (auto& u : storage::UserRepository(m_db).list())
        if (!u.disabled && domain::mayWorkIncidents(u.role))
            out.push_back(std::move(u));
    return out;
}

IncidentOutcome<IncidentDetail>
IncidentService::forward(const std::string& key, const storage::NewForward& f, const Actor& actor)
{
    if (blank(f.unit))
        return invalid("bad_forward", "'unit' (the department or commune) is required");
    const auto now = m_clock.now();
    if (f.deadline <= now)
        return invalid("bad_forward", "'deadline' must be in the future");
    return mutate(key, actor, "incident.forward", "forward",
                  details({{"unit", f.unit},
                           {"focal_point", f.focalPoint},
                           {"deadline", domain::formatRfc3339(f.deadline)}}),
                  [&](IncidentRecord& r) -> std::optional<IncidentError> {
                      if (auto refusal =
                              domain::checkEdit(r.status, domain::IncidentEdit::Forward, actor))
                          return fromRefusal(*refusal);
                      m_repo.forward(r.id, f, actor, m_clock.now());
                      return std::nullopt;
                  });
}

IncidentOutcome<IncidentDetail> IncidentService::recordAnswer(const std::string& key,
                                                              std::int64_t forwardId,
                                                              const std::string& answer,
                                                              const Actor& actor)
{
    if (blank(answer) || answer.size() > kMaxText)
        return invalid("bad_answer", "'answer' must be non-empty");
    return mutate(
        key, actor, "incident.answer", "answer",
        details({{"forward_id", forwardId}, {"answer", answer}}),
        [&](IncidentRecord& r) -> std::optional<IncidentError> {
            if (auto refusal =
                    domain::checkEdit(r.status, domain::IncidentEdit::RecordAnswer, actor))
                return fromRefusal(*refusal);
            switch (m_repo.recordAnswer(r.id, forwardId, answer, actor, m_clock.now())) {
            case storage::AnswerOutcome::Recorded:
                return std::nullopt;
            case storage::AnswerOutcome::NoSuchForward:
                return IncidentError{404, "unknown_forward",
                                     "the incident has no forward " + std::to_string(forwardId)};
            case storage::AnswerOutcome::AlreadyAnswered:
                return IncidentError{409, "already_answered",
                                     "that forward already has its answer"};
            }
            return std::nullopt;
        });
}

IncidentOutcome<IncidentDetail> IncidentService::tickStep(const std::string& key,
                                                          const std::string& stepId, bool done,
                                                          const Actor& actor)
{
    return mutate(
        key, actor, done ? "incident.checklist_tick" : "incident.checklist_untick", "checklist",
        details({{"step", stepId}}), [&](IncidentRecord& r) -> std::optional<IncidentError> {
            if (auto refusal =
                    domain::checkEdit(r.status, domain::IncidentEdit::TickChecklist, actor))
                return fromRefusal(*refusal);
            const auto *category = m_categories.find(r.fields.category);
            if (!category || !domain::hasStep(category->checklist, stepId))
                return IncidentError{404, "unknown_step",
                                     "the checklist of '" + r.fields.category + "' has no step '" +
                                         stepId + "'"};
            m_repo.tickStep(r.id, stepId, done, actor, m_clock.now());
            return std::nullopt;
        });
}

} // namespace ioc::server
