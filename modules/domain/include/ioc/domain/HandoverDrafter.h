// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Freshness.h"
#include "ioc/domain/Handover.h"
#include "ioc/domain/Incident.h"
#include "ioc/domain/ShiftRota.h"

#include <set>
#include <vector>

namespace ioc::domain {

// What the drafter knows about an incident (open now, or touched during the shift).
struct IncidentFact
{
    std::string ref;
    std::string title;
    IncidentStatus status = IncidentStatus::New;
    Severity severity = Severity::Medium;
    std::string assignee;
    std::optional<TimePoint> deadline; // the earlier of the response and forward deadlines
    TimePoint createdAt;
    TimePoint updatedAt;
    std::optional<TimePoint> closedAt;
    std::string proposedBy;
};

struct AlertFact
{
    std::string id;
    std::string label;
    int severity = 2;
    bool acknowledged = false;
    TimePoint raisedAt;
};

struct SourceFact
{
    std::string id;
    Freshness freshness = Freshness::Fresh;
    std::optional<TimePoint> lastReceivedAt;
    std::int64_t latenessS = 0;
};

struct StandingOrderFact
{
    std::int64_t id = 0;
    std::string title;
    std::string text;
    TimePoint validFrom;
    std::optional<TimePoint> validTo; // none: until ended
    std::string createdBy;
};

struct PreviousHandover
{
    std::int64_t id = 0;
    std::vector<HandoverItem> items;
};

struct DraftInputs
{
    ShiftInstance shift;
    TimePoint now;
    std::vector<IncidentFact> incidents; // open ones, and any touched during the shift
    std::vector<AlertFact> alerts;       // active or unacknowledged
    std::vector<SourceFact> sources;
    std::vector<StandingOrderFact> standingOrders;
    std::optional<PreviousHandover> previous;
    // Carried free items the outgoing officer marks as settled: listed, no longer open.
    std::set<std::string> settledKeys;
};

// The handover as drafted from what really happened; the officer adds notes and free items.
// Order: carried forward, open incidents (deadline first), proposals, alerts, sources, standing
// orders, then the shift's activity. Each key appears once.
std::vector<HandoverItem> draftHandoverItems(const DraftInputs& in);

// Whether a standing order is in force at `t` (valid_from ≤ t < valid_to).
bool isInForce(const StandingOrderFact& order, TimePoint t);

} // namespace ioc::domain
