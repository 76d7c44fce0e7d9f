// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Incident.h"
#include "ioc/domain/Role.h"

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ioc::domain {

// Who asks for a change. Usernames are unique and never reused, so they identify the proposer
// for the four-eyes rule even when the user id is unknown (e.g. the offline admin CLI).
struct Actor
{
    std::int64_t userId = 0;
    std::string username;
    Role role = Role::Officer;
};

// Why a change is refused. The kind decides the HTTP status: the role may never do it (403),
// the incident is not in a state that allows it (409), or the request lacks something (400).
struct Refusal
{
    enum class Kind { Role, State, Invalid };
    Kind kind = Kind::State;
    std::string code;    // machine-readable, e.g. "supervisor_required"
    std::string message; // for people
    int httpStatus() const;
};

// What the lifecycle needs to know about the incident.
struct LifecycleState
{
    IncidentStatus status = IncidentStatus::New;
    std::string proposedBy; // username of the pending proposal's author, when proposed
};

// Whether the role may ever work incidents (officers and supervisors; walls and admins not).
bool mayWorkIncidents(Role role);

// The lifecycle as a table: new → acknowledged → in_progress → resolution_proposed → closed,
// reject back to in_progress, reopen a closed one. Checks, in order: the role (403
// `role_not_allowed`, `supervisor_required`), the state (409 `invalid_transition`), four-eyes
// (403 `own_proposal`: nobody approves their own proposal), and the reason (400
// `reason_required` for reject and reopen). Returns the new status or why not.
std::variant<IncidentStatus, Refusal> decideTransition(const LifecycleState& state,
                                                       IncidentAction action, const Actor& actor,
                                                       std::string_view comment);

// The status an action leads from, and to (the table above, for documentation and tests).
IncidentStatus transitionSource(IncidentAction action);
IncidentStatus transitionTarget(IncidentAction action);

// Anything else done to an incident (notes, assignment, forwarding, answers, checklist ticks):
// officers and supervisors only; a closed incident takes notes and late answers, nothing else.
enum class IncidentEdit { Note, Assign, Forward, RecordAnswer, TickChecklist, Update };
std::optional<Refusal> checkEdit(IncidentStatus status, IncidentEdit edit, const Actor& actor);

} // namespace ioc::domain
