// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoverService.h"

#include "HandoverJson.h"

#include "ioc/storage/AuditRepository.h"
#include "ioc/storage/HandoverFacts.h"

#include <boost/json/serialize.hpp>

namespace ioc::server {

using domain::Actor;
using storage::HandoverRecord;

namespace {
constexpr std::size_t kMaxText = 20000;
constexpr std::size_t kMaxTitle = 300;
constexpr std::size_t kMaxFreeItems = 100;

HandoverError fromRefusal(const domain::Refusal& r)
{
    return {r.httpStatus(), r.code, r.message};
}
HandoverError notFound(std::int64_t id)
{
    return {404, "unknown_handover", "no handover " + std::to_string(id)};
}
bool blank(const std::string& s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}
std::string roleOf(const Actor& a)
{
    return std::string(domain::toString(a.role));
}
std::string target(std::int64_t id)
{
    return "handover/" + std::to_string(id);
}
domain::PreviousHandover previousOf(const HandoverRecord& r)
{
    return {r.id, r.fields.items};
}
} // namespace

HandoverService::HandoverService(storage::Database db, RotaConfig config,
                                 const domain::Clock& clock, SourceProvider sources,
                                 Publish publish)
    : m_db(std::move(db))
    , m_repo(m_db)
    , m_orders(m_db)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_watchingSince(clock.now())
    , m_sources(std::move(sources))
    , m_publish(std::move(publish))
{}

void HandoverService::setAlertProvider(AlertProvider alerts)
{
    std::lock_guard lock(m_mutex);
    m_alerts = std::move(alerts);
}

HandoverDraft HandoverService::draftLocked(const domain::ShiftInstance& shift,
                                           const std::set<std::string>& settled)
{
    const auto now = m_clock.now();
    domain::DraftInputs in;
    in.shift = shift;
    in.now = now;
    in.incidents = storage::incidentFactsSince(m_db, shift.start);
    if (m_alerts)
        in.alerts = m_alerts();
    if (m_sources)
        in.sources = m_sources();
    for (const auto& o : m_orders.list(now))
        in.standingOrders.push_back({o.id, o.fields.title, o.fields.text, o.fields.validFrom,
                                     o.fields.validTo, o.createdBy});
    HandoverDraft d;
    d.shift = shift;
    d.nextShift = m_config.rota.next(shift);
    if (auto prev = m_repo.latestBefore(shift.start)) {
        in.previous = previousOf(*prev);
        d.previousId = prev->id;
    }
    in.settledKeys = settled;
    d.items = domain::draftHandoverItems(in);
    if (auto existing = m_repo.findByShift(shift.shiftId, shift.date))
        d.signedId = existing->id;
    return d;
}

HandoverOutcome<HandoverDraft> HandoverService::draft(const std::optional<ShiftChoice>& choice,
                                                      const std::set<std::string>& settled)
{
    std::lock_guard lock(m_mutex);
    auto shift = m_config.rota.shiftAt(m_clock.now());
    if (choice) {
        auto chosen = m_config.rota.instance(choice->date, choice->shiftId);
        if (!chosen)
            return HandoverError{400, "unknown_shift",
                                 "no shift '" + choice->shiftId + "' on '" + choice->date + "'"};
        shift = *chosen;
    }
    return draftLocked(shift, settled);
}

HandoverOutcome<HandoverRecord> HandoverService::sign(const SignRequest& request,
                                                      const Actor& actor)
{
    if (request.notes.size() > kMaxText || request.freeItems.size() > kMaxFreeItems)
        return HandoverError{400, "bad_handover", "notes or free items are too long"};
    for (const auto& f : request.freeItems)
        if (blank(f.title) || f.title.size() > kMaxTitle || f.detail.size() > kMaxText)
            return HandoverError{400, "bad_handover",
                                 "every free item needs a title (at most 300 bytes)"};
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    auto shift = m_config.rota.shiftAt(now);
    if (request.shift) {
        auto chosen = m_config.rota.instance(request.shift->date, request.shift->shiftId);
        if (!chosen)
            return HandoverError{400, "unknown_shift",
                                 "no shift '" + request.shift->shiftId + "' on '" +
                                     request.shift->date + "'"};
        shift = *chosen;
    }
    if (!domain::isSignableShift(m_config.rota, shift, now))
        return HandoverError{
            409, "shift_not_signable",
            "only the current shift or the one that just ended can be handed over"};
    if (auto refusal = domain::maySignHandover(m_config.rota, shift, actor))
        return fromRefusal(*refusal);

    storage::Transaction tx(m_db);
    if (m_repo.findByShift(shift.shiftId, shift.date))
        return HandoverError{409, "already_signed", "this shift's handover is already signed"};
    auto d = draftLocked(shift, request.settled);
    int n = 0;
    for (const auto& f : request.freeItems) {
        domain::HandoverItem i;
        i.kind = domain::HandoverItemKind::Free;
        i.key = "free:" + shift.date + "-" + shift.shiftId + "-" + std::to_string(++n);
        i.title = f.title;
        i.detail = f.detail;
        i.owner = actor.username;
        i.open = f.open;
        i.status = f.open ? "open" : "info";
        d.items.push_back(std::move(i));
    }
    storage::NewHandover h{shift,
                           d.nextShift,
                           actor.username,
                           now,
                           request.notes,
                           d.items,
                           domain::escalationDeadline(shift.end, now, m_config.escalateAfter)};
    const auto id = m_repo.insert(h);
    if (!id)
        return HandoverError{409, "already_signed", "this shift's handover is already signed"};
    std::int64_t open = 0;
    for (const auto& i : h.items)
        open += i.open ? 1 : 0;
    storage::AuditRepository(m_db).append(
        now, actor.username, roleOf(actor), "handover.sign", target(*id),
        boost::json::serialize(boost::json::object{{"shift", shift.shiftId},
                                                   {"date", shift.date},
                                                   {"items", h.items.size()},
                                                   {"open_items", open}}));
    auto record = m_repo.get(*id);
    tx.commit();
    if (m_publish)
        m_publish("handover", "signed", handoverSummaryJson(m_config, *record));
    return *record;
}

HandoverOutcome<HandoverRecord> HandoverService::get(std::int64_t id)
{
    std::lock_guard lock(m_mutex);
    auto r = m_repo.get(id);
    if (!r)
        return notFound(id);
    return *r;
}

std::vector<HandoverRecord> HandoverService::list(const storage::HandoverFilter& filter)
{
    std::lock_guard lock(m_mutex);
    return m_repo.list(filter);
}

domain::HandoverAckState HandoverService::ackStateLocked(const HandoverRecord& r)
{
    domain::HandoverAckState s;
    s.status = r.status;
    s.signedBy = r.fields.signedBy;
    s.nextShift = m_config.rota.instance(r.fields.nextShift.date, r.fields.nextShift.shiftId)
                      .value_or(r.fields.nextShift);
    s.items = r.fields.items;
    for (const auto& q : r.queries)
        if (!q.answeredAt)
            s.openQueryKeys.insert(q.itemKey);
    return s;
}

HandoverOutcome<HandoverRecord> HandoverService::mutate(std::int64_t id, const Actor& actor,
                                                        std::string_view auditAction,
                                                        std::string_view change,
                                                        const boost::json::object& auditDetails,
                                                        const Change& apply)
{
    std::lock_guard lock(m_mutex);
    storage::Transaction tx(m_db);
    auto record = m_repo.get(id);
    if (!record)
        return notFound(id);
    if (auto error = apply(*record))
        return *error; // rolled back
    storage::AuditRepository(m_db).append(m_clock.now(), actor.username, roleOf(actor),
                                          std::string(auditAction), target(id),
                                          boost::json::serialize(auditDetails));
    auto updated = m_repo.get(id);
    tx.commit();
    if (m_publish)
        m_publish("handover", change, handoverSummaryJson(m_config, *updated));
    return *updated;
}

HandoverOutcome<HandoverRecord>
HandoverService::acknowledge(std::int64_t id, const domain::AckRequest& request, const Actor& actor)
{
    const std::string mode = request.all ? "all" : "items";
    return mutate(id, actor, "handover.acknowledge", "acknowledged", {{"mode", mode}},
                  [&](HandoverRecord& r) -> std::optional<HandoverError> {
                      auto decided = domain::decideAcknowledgement(m_config.rota, ackStateLocked(r),
                                                                   request, actor);
                      if (auto *refusal = std::get_if<domain::Refusal>(&decided))
                          return fromRefusal(*refusal);
                      m_repo.acknowledge(r.id, std::get<std::vector<std::string>>(decided),
                                         actor.username, mode, m_clock.now());
                      return std::nullopt;
                  });
}

HandoverOutcome<HandoverRecord> HandoverService::query(std::int64_t id, const std::string& itemKey,
                                                       const std::string& comment,
                                                       const Actor& actor)
{
    if (blank(comment) || comment.size() > kMaxText)
        return HandoverError{400, "comment_required", "say what is unclear about the item"};
    return mutate(id, actor, "handover.query", "queried", {{"item", itemKey}, {"comment", comment}},
                  [&](HandoverRecord& r) -> std::optional<HandoverError> {
                      if (auto refusal = domain::mayQueryItem(m_config.rota, ackStateLocked(r),
                                                              itemKey, actor))
                          return fromRefusal(*refusal);
                      m_repo.addQuery(r.id, itemKey, comment, actor.username, m_clock.now());
                      return std::nullopt;
                  });
}

HandoverOutcome<HandoverRecord> HandoverService::answer(std::int64_t id, std::int64_t queryId,
                                                        const std::string& text, const Actor& actor)
{
    if (blank(text) || text.size() > kMaxText)
        return HandoverError{400, "answer_required", "the answer must not be empty"};
    return mutate(id, actor, "handover.answer", "answered", {{"query", queryId}, {"answer", text}},
                  [&](HandoverRecord& r) -> std::optional<HandoverError> {
                      if (actor.username != r.fields.signedBy &&
                          actor.role != domain::Role::Supervisor)
                          return HandoverError{403, "not_signer",
                                               "only the officer who signed it (or a supervisor) "
                                               "answers a query"};
                      if (r.status == domain::HandoverStatus::Acknowledged)
                          return HandoverError{409, "already_acknowledged",
                                               "this handover is complete; annotate it instead"};
                      if (!m_repo.answerQuery(r.id, queryId, text, actor.username, m_clock.now()))
                          return HandoverError{404, "unknown_query",
                                               "no unanswered query " + std::to_string(queryId)};
                      return std::nullopt;
                  });
}

HandoverOutcome<HandoverRecord> HandoverService::annotate(std::int64_t id, const std::string& text,
                                                          const Actor& actor)
{
    if (actor.role != domain::Role::Supervisor)
        return HandoverError{403, "supervisor_required", "only supervisors annotate handovers"};
    if (blank(text) || text.size() > kMaxText)
        return HandoverError{400, "text_required", "the annotation must not be empty"};
    return mutate(id, actor, "handover.annotate", "annotated", {{"text", text}},
                  [&](HandoverRecord& r) -> std::optional<HandoverError> {
                      m_repo.annotate(r.id, text, actor.username, m_clock.now());
                      return std::nullopt;
                  });
}

std::vector<std::int64_t> HandoverService::escalateDue()
{
    std::vector<HandoverRecord> escalated;
    {
        std::lock_guard lock(m_mutex);
        const auto now = m_clock.now();
        storage::Transaction tx(m_db);
        for (auto id : m_repo.dueForEscalation(now)) {
            m_repo.markEscalated(id, now);
            auto r = m_repo.get(id, false);
            storage::AuditRepository(m_db).append(
                now, "iocd", "system", "handover.escalate", target(id),
                boost::json::serialize(boost::json::object{
                    {"deadline", domain::formatRfc3339(r->fields.escalationDeadline)},
                    {"next_shift", r->fields.nextShift.shiftId + " " + r->fields.nextShift.date}}));
            escalated.push_back(std::move(*r));
        }
        tx.commit();
    }
    std::vector<std::int64_t> ids;
    for (const auto& r : escalated) {
        ids.push_back(r.id);
        if (m_publish)
            m_publish("handover", "escalated", handoverSummaryJson(m_config, r));
    }
    return ids;
}

std::optional<domain::ShiftInstance> HandoverService::escalateMissing()
{
    storage::MissedHandover missed;
    {
        std::lock_guard lock(m_mutex);
        const auto now = m_clock.now();
        const auto ended = domain::lastEndedShift(m_config.rota, now);
        const auto deadline =
            domain::missingHandoverDeadline(ended.end, m_watchingSince, m_config.escalateAfter);
        if (now < deadline) // the cheap check first: this runs every second
            return std::nullopt;
        storage::Transaction tx(m_db);
        if (!domain::isMissingHandoverDue(m_repo.findByShift(ended.shiftId, ended.date).has_value(),
                                          m_repo.isMissingRecorded(ended), deadline, now))
            return std::nullopt;
        m_repo.recordMissing(ended, now);
        storage::AuditRepository(m_db).append(now, "iocd", "system", "handover.missing",
                                              "shift/" + ended.shiftId + "/" + ended.date,
                                              boost::json::serialize(boost::json::object{
                                                  {"shift", ended.shiftId},
                                                  {"date", ended.date},
                                                  {"deadline", domain::formatRfc3339(deadline)}}));
        tx.commit();
        missed = {ended, now};
    }
    if (m_publish)
        m_publish("handover", "missing", missedHandoverJson(m_config, missed));
    return missed.shift;
}

std::vector<storage::MissedHandover> HandoverService::stillMissing(domain::Seconds within)
{
    std::lock_guard lock(m_mutex);
    return m_repo.stillMissing(m_clock.now() - within);
}

std::vector<storage::StandingOrderRecord> HandoverService::standingOrders(bool activeOnly)
{
    std::lock_guard lock(m_mutex);
    return m_orders.list(activeOnly ? std::optional(m_clock.now()) : std::nullopt);
}

HandoverOutcome<storage::StandingOrderRecord>
HandoverService::createStandingOrder(const storage::NewStandingOrder& o, const Actor& actor)
{
    if (actor.role != domain::Role::Supervisor)
        return HandoverError{403, "supervisor_required", "only supervisors give standing orders"};
    if (blank(o.title) || o.title.size() > kMaxTitle || o.text.size() > kMaxText)
        return HandoverError{400, "bad_standing_order", "'title' is required (at most 300 bytes)"};
    if (o.validTo && *o.validTo <= o.validFrom)
        return HandoverError{400, "bad_standing_order", "'valid_to' must be after 'valid_from'"};
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    storage::Transaction tx(m_db);
    const auto id = m_orders.create(o, actor.username, now);
    storage::AuditRepository(m_db).append(
        now, actor.username, roleOf(actor), "standing_order.create",
        "standing_order/" + std::to_string(id),
        boost::json::serialize(boost::json::object{{"title", o.title}}));
    auto record = *m_orders.get(id);
    tx.commit();
    if (m_publish)
        m_publish("standing_order", "created", standingOrderJson(record, now));
    return record;
}

HandoverOutcome<storage::StandingOrderRecord> HandoverService::endStandingOrder(std::int64_t id,
                                                                                const Actor& actor)
{
    if (actor.role != domain::Role::Supervisor)
        return HandoverError{403, "supervisor_required", "only supervisors end standing orders"};
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    storage::Transaction tx(m_db);
    if (!m_orders.get(id))
        return HandoverError{404, "unknown_standing_order",
                             "no standing order " + std::to_string(id)};
    if (!m_orders.end(id, actor.username, now))
        return HandoverError{409, "already_ended", "this standing order is no longer in force"};
    storage::AuditRepository(m_db).append(now, actor.username, roleOf(actor), "standing_order.end",
                                          "standing_order/" + std::to_string(id), "{}");
    auto record = *m_orders.get(id);
    tx.commit();
    if (m_publish)
        m_publish("standing_order", "ended", standingOrderJson(record, now));
    return record;
}

} // namespace ioc::server
