// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RotaConfig.h"

#include "ioc/domain/HandoverDrafter.h"
#include "ioc/domain/HandoverRules.h"
#include "ioc/domain/IncidentLifecycle.h"
#include "ioc/storage/HandoverRepository.h"
#include "ioc/storage/StandingOrderRepository.h"

#include <boost/json/object.hpp>

#include <functional>
#include <mutex>
#include <set>
#include <variant>

namespace ioc::server {

struct HandoverError
{
    int status = 400;
    std::string code;
    std::string message;
};

template<class T> using HandoverOutcome = std::variant<T, HandoverError>;

// A free item the outgoing officer writes into the handover.
struct FreeItem
{
    std::string title;
    std::string detail;
    bool open = true;
};

struct ShiftChoice
{
    std::string shiftId;
    std::string date;
};

struct SignRequest
{
    std::optional<ShiftChoice> shift; // default: the caller's current shift
    std::string notes;
    std::vector<FreeItem> freeItems;
    std::set<std::string> settled; // carried items the officer declares settled
};

// The draft of one shift's handover, computed fresh from what really happened.
struct HandoverDraft
{
    domain::ShiftInstance shift;
    domain::ShiftInstance nextShift;
    std::vector<domain::HandoverItem> items;
    std::optional<std::int64_t> previousId;
    std::optional<std::int64_t> signedId; // this shift already has a signed handover
};

// Shift handovers and standing orders (issue 6). Every change runs in one transaction with its
// audit-log entry on the service's own full-sync connection, then is published in commit order.
// Alerts and sources come from providers (the alert service is wired in Server.cpp).
// Thread-safe: one operation at a time.
class HandoverService
{
public:
    using AlertProvider = std::function<std::vector<domain::AlertFact>()>;
    using SourceProvider = std::function<std::vector<domain::SourceFact>()>;
    // type "handover" or "standing_order"; change: signed, queried, answered, acknowledged,
    // annotated, escalated, missing / created, ended.
    using Publish = std::function<void(std::string_view type, std::string_view change,
                                       const boost::json::object& record)>;

    HandoverService(storage::Database db, RotaConfig config, const domain::Clock& clock,
                    SourceProvider sources, Publish publish);

    // Until set, the drafter sees no alerts.
    void setAlertProvider(AlertProvider alerts);

    HandoverOutcome<HandoverDraft> draft(const std::optional<ShiftChoice>& shift,
                                         const std::set<std::string>& settled);
    HandoverOutcome<storage::HandoverRecord> sign(const SignRequest& request,
                                                  const domain::Actor& actor);
    HandoverOutcome<storage::HandoverRecord> get(std::int64_t id);
    std::vector<storage::HandoverRecord> list(const storage::HandoverFilter& filter);
    HandoverOutcome<storage::HandoverRecord>
    acknowledge(std::int64_t id, const domain::AckRequest& request, const domain::Actor& actor);
    HandoverOutcome<storage::HandoverRecord> query(std::int64_t id, const std::string& itemKey,
                                                   const std::string& comment,
                                                   const domain::Actor& actor);
    // By the signer or a supervisor.
    HandoverOutcome<storage::HandoverRecord> answer(std::int64_t id, std::int64_t queryId,
                                                    const std::string& text,
                                                    const domain::Actor& actor);
    // Supervisors only; any handover, signed or complete.
    HandoverOutcome<storage::HandoverRecord> annotate(std::int64_t id, const std::string& text,
                                                      const domain::Actor& actor);
    // Marks every overdue handover escalated (audited, published); returns their ids.
    std::vector<std::int64_t> escalateDue();
    // Records the shift that just ended with no handover signed, once past its deadline (audited
    // `handover.missing`, published as change "missing"); returns it when it escalated now.
    std::optional<domain::ShiftInstance> escalateMissing();
    // Shifts escalated as missing that ended in the last `within` and still have no handover.
    std::vector<storage::MissedHandover> stillMissing(domain::Seconds within);

    std::vector<storage::StandingOrderRecord> standingOrders(bool activeOnly);
    HandoverOutcome<storage::StandingOrderRecord>
    createStandingOrder(const storage::NewStandingOrder& o, const domain::Actor& actor);
    HandoverOutcome<storage::StandingOrderRecord> endStandingOrder(std::int64_t id,
                                                                   const domain::Actor& actor);

    const RotaConfig& config() const { return m_config; }
    domain::TimePoint now() const { return m_clock.now(); }

private:
    HandoverDraft draftLocked(const domain::ShiftInstance& shift,
                              const std::set<std::string>& settled);
    domain::HandoverAckState ackStateLocked(const storage::HandoverRecord& r);
    using Change = std::function<std::optional<HandoverError>(storage::HandoverRecord&)>;
    HandoverOutcome<storage::HandoverRecord>
    mutate(std::int64_t id, const domain::Actor& actor, std::string_view auditAction,
           std::string_view change, const boost::json::object& auditDetails, const Change& apply);

    std::mutex m_mutex;
    storage::Database m_db;
    storage::HandoverRepository m_repo;
    storage::StandingOrderRepository m_orders;
    RotaConfig m_config;
    const domain::Clock& m_clock;
    // Since when this server watches shift changes: one that passed while it was down gets the
    // full escalation time from the start.
    domain::TimePoint m_watchingSince;
    AlertProvider m_alerts;
    SourceProvider m_sources;
    Publish m_publish;
};

} // namespace ioc::server
