// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The shift handover of issue 6: what one shift leaves to the next, item by item.
namespace ioc::domain {

enum class HandoverItemKind {
    IncidentActivity, // opened, changed or closed during the shift (for information)
    OpenIncident,     // still open: owner, status, deadline
    AwaitingApproval, // a resolution proposal waiting for a supervisor
    Alert,            // active or unacknowledged alert
    Source,           // late or stale data source
    StandingOrder,    // chỉ đạo thường trực in force
    CarriedForward,   // left open by the previous handover and not covered by anything above
    Free,             // written by the outgoing officer
};

enum class HandoverStatus {
    Signed,       // signed by the outgoing officer, waiting for the incoming one
    Acknowledged, // every open item taken over: complete and immutable (annotations only)
};

std::string_view toString(HandoverItemKind k);
std::optional<HandoverItemKind> handoverItemKindFromString(std::string_view s);
std::string_view toString(HandoverStatus s);
std::optional<HandoverStatus> handoverStatusFromString(std::string_view s);

// One line of a handover. `key` identifies what it is about across handovers
// ("incident:HP-2026-000123", "alert:17", "source:hpwater", "order:4", "free:<n>").
struct HandoverItem
{
    HandoverItemKind kind = HandoverItemKind::Free;
    std::string key;
    std::string title;
    std::string detail; // free text: the order's text, the officer's note, what was carried
    std::string status; // incident status, alert state or source freshness (wire names)
    std::string owner;  // incident assignee, proposal author or order author
    std::optional<TimePoint> deadline; // incident deadline, order end, alert raised-at
    int severity = 0;                  // 1–4 for incidents and alerts, 0 otherwise
    std::string activity; // "opened", "changed" or "closed" during the shift, else empty
    bool open = true;     // the incoming officer must acknowledge it
    std::optional<std::int64_t> carriedFrom; // id of the handover it was already open in
};

} // namespace ioc::domain
