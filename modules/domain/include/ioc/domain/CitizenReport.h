// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/IncidentLifecycle.h"
#include "ioc/domain/Time.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace ioc::domain {

// A citizen report (phản ánh hiện trường) from a channel system (the city's app, hotline, web
// portal). Its lifecycle:
//
//   received ─triage─▶ triaged
//   received|triaged ─forward──────▶ forwarded   (to a department or commune focal point, deadline)
//   received|triaged ─make_incident▶ incident    (an incident is logged; the report links to it)
//   received|triaged ─merge────────▶ merged      (into another report or an incident)
//   received|triaged ─reject───────▶ rejected    (with a reason the citizen sees)
//   forwarded ─record_answer▶ forwarded          (the unit's answer, not yet public)
//   forwarded ─accept_answer▶ answered           (the unit's answer becomes the public answer)
//   incident|merged ─answer▶ answered            (the officer writes the public answer)
//   answered|rejected ─close▶ closed
//
// Only officers and supervisors act on reports. Every state has a public status and message
// (what the channel system shows the citizen); internal notes never leave the centre.
enum class ReportStatus {
    Received,
    Triaged,
    Forwarded,
    Incident,
    Merged,
    Rejected,
    Answered,
    Closed
};
enum class ReportAction {
    Triage,
    Forward,
    MakeIncident,
    Merge,
    Reject,
    RecordAnswer,
    AcceptAnswer,
    Answer,
    Close,
};

std::string_view toString(ReportStatus s);
std::optional<ReportStatus> reportStatusFromString(std::string_view s);
std::string_view toString(ReportAction a);
std::optional<ReportAction> reportActionFromString(std::string_view s);

// What the lifecycle needs to know about the report.
struct ReportState
{
    ReportStatus status = ReportStatus::Received;
    bool unitAnswered = false; // forwarded: the unit's answer has been recorded
};

// Checks, in order: the role (403 `role_not_allowed`), the state (409 `invalid_transition`;
// accept_answer before the unit answered: 409 `no_answer_yet`) and the text the action needs
// (400 `reason_required` for reject, `answer_required` for record_answer and answer). Returns
// the new status or why not.
std::variant<ReportStatus, Refusal> decideReportAction(const ReportState& state,
                                                       ReportAction action, const Actor& actor,
                                                       std::string_view text);

// Still waiting for the centre (received, triaged) or for a unit (forwarded): counts as open.
bool isOpen(ReportStatus s);

// What the citizen is told: a coarse status ("received", "in_progress", "answered", "rejected",
// "closed") and a message in Vietnamese. `detail` is what the status carries publicly: the unit
// a report was forwarded to, the rejection reason or the accepted answer.
struct PublicStatus
{
    std::string status;
    std::string message;
};
PublicStatus publicStatusFor(ReportStatus s, std::string_view detail);

// The categories a citizen chooses from, each with how urgent it usually is (1 low … 4
// critical), the incident category it becomes, and its labels.
struct ReportCategory
{
    std::string_view id;
    int urgency;
    std::string_view incidentCategory; // id in incident-categories.json
    std::string_view labelVi;
    std::string_view labelEn;
};
std::span<const ReportCategory> reportCategories();
const ReportCategory *findReportCategory(std::string_view id);

// Sort key for the triage queue: the category's urgency, raised by one when other citizens
// report the same thing (a duplicate group of three or more) and by one when it has waited more
// than `staleAfter` untouched; at most 4.
int reportUrgency(std::string_view category, std::size_t groupSize, Milliseconds waited,
                  Milliseconds staleAfter = std::chrono::hours(2));

} // namespace ioc::domain
