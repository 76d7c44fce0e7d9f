// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The incident log of regulation 14.6 (something happened, leadership is told, handling is
// coordinated, the result confirmed). Names here are the wire names of docs/api.md.
namespace ioc::domain {

enum class IncidentStatus {
    New,                // logged, nobody has taken it yet
    Acknowledged,       // an officer took it
    InProgress,         // being handled (forwarded, people on site, …)
    ResolutionProposed, // someone says it is handled: waits for a supervisor
    Closed,             // a supervisor confirmed the result (four-eyes)
};

enum class IncidentAction {
    Acknowledge,       // new → acknowledged
    Start,             // acknowledged → in_progress
    ProposeResolution, // in_progress → resolution_proposed
    Approve,           // resolution_proposed → closed (a supervisor, never the proposer)
    Reject,            // resolution_proposed → in_progress (a supervisor, with a reason)
    Reopen,            // closed → in_progress (with a reason)
};

// 1 (low) to 4 (critical); the colour of each level is the same on every screen.
enum class Severity { Low = 1, Medium = 2, High = 3, Critical = 4 };

// Where an incident came from; `source_ref` carries the id of the alert or citizen report.
enum class IncidentSourceKind { Officer, Alert, CitizenReport, Department };

std::string_view toString(IncidentStatus s);
std::optional<IncidentStatus> incidentStatusFromString(std::string_view s);
std::string_view toString(IncidentAction a);
std::optional<IncidentAction> incidentActionFromString(std::string_view s);
std::string_view toString(IncidentSourceKind k);
std::optional<IncidentSourceKind> incidentSourceKindFromString(std::string_view s);

std::optional<Severity> severityFromInt(std::int64_t level);
int toInt(Severity s);
std::string_view severityName(Severity s);    // "low", "medium", "high", "critical"
std::string_view severityLabelVi(Severity s); // "Thấp", "Trung bình", "Cao", "Khẩn cấp"
std::string_view severityLabelEn(Severity s); // "Low", "Medium", "High", "Critical"
std::string_view severityColour(Severity s);  // "#RRGGBB", one meaning everywhere

// Human-readable id "HP-2026-000123": the year the incident was logged (Hai Phong time,
// UTC+7, so an incident at 23:30 local on 31 December belongs to that year) and its number
// within that year.
std::string formatIncidentRef(int year, std::int64_t number);
struct IncidentRef
{
    int year = 0;
    std::int64_t number = 0;
};
std::optional<IncidentRef> parseIncidentRef(std::string_view text);
int incidentRefYear(TimePoint createdAt);

} // namespace ioc::domain
