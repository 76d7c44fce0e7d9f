// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/IncidentLifecycle.h"

#include <string>

namespace ioc::domain {

namespace {
Refusal refuse(Refusal::Kind kind, std::string code, std::string message)
{
    return Refusal{kind, std::move(code), std::move(message)};
}

bool blank(std::string_view s)
{
    return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool supervisorOnly(IncidentAction a)
{
    return a == IncidentAction::Approve || a == IncidentAction::Reject;
}
} // namespace

int Refusal::httpStatus() const
{
    switch (kind) {
    case Kind::Role:
        return 403;
    case Kind::State:
        return 409;
    case Kind::Invalid:
        return 400;
    }
    return 400;
}

bool mayWorkIncidents(Role role)
{
    return role == Role::Officer || role == Role::Supervisor;
}

IncidentStatus transitionSource(IncidentAction action)
{
    switch (action) {
    case IncidentAction::Acknowledge:
        return IncidentStatus::New;
    case IncidentAction::Start:
        return IncidentStatus::Acknowledged;
    case IncidentAction::ProposeResolution:
        return IncidentStatus::InProgress;
    case IncidentAction::Approve:
    case IncidentAction::Reject:
        return IncidentStatus::ResolutionProposed;
    case IncidentAction::Reopen:
        return IncidentStatus::Closed;
    }
    return IncidentStatus::New;
}

IncidentStatus transitionTarget(IncidentAction action)
{
    switch (action) {
    case IncidentAction::Acknowledge:
        return IncidentStatus::Acknowledged;
    case IncidentAction::Start:
    case IncidentAction::Reject:
    case IncidentAction::Reopen:
        return IncidentStatus::InProgress;
    case IncidentAction::ProposeResolution:
        return IncidentStatus::ResolutionProposed;
    case IncidentAction::Approve:
        return IncidentStatus::Closed;
    }
    return IncidentStatus::New;
}

std::variant<IncidentStatus, Refusal> decideTransition(const LifecycleState& state,
                                                       IncidentAction action, const Actor& actor,
                                                       std::string_view comment)
{
    const std::string name(toString(action));
    if (!mayWorkIncidents(actor.role))
        return refuse(Refusal::Kind::Role, "role_not_allowed",
                      "role '" + std::string(toString(actor.role)) + "' cannot work incidents");
    if (supervisorOnly(action) && actor.role != Role::Supervisor)
        return refuse(Refusal::Kind::Role, "supervisor_required",
                      "only a supervisor may " + name + " a proposed resolution");
    if (state.status != transitionSource(action))
        return refuse(Refusal::Kind::State, "invalid_transition",
                      "cannot " + name + " an incident that is " +
                          std::string(toString(state.status)));
    if (action == IncidentAction::Approve && state.proposedBy == actor.username)
        return refuse(Refusal::Kind::Role, "own_proposal",
                      "a supervisor cannot approve their own proposal: another supervisor must");
    if ((action == IncidentAction::Reject || action == IncidentAction::Reopen) && blank(comment))
        return refuse(Refusal::Kind::Invalid, "reason_required",
                      name + " needs a reason in 'comment'");
    return transitionTarget(action);
}

std::optional<Refusal> checkEdit(IncidentStatus status, IncidentEdit edit, const Actor& actor)
{
    if (!mayWorkIncidents(actor.role))
        return refuse(Refusal::Kind::Role, "role_not_allowed",
                      "role '" + std::string(toString(actor.role)) + "' cannot work incidents");
    // A department's late answer is still recorded: nothing anyone sent is lost.
    if (status == IncidentStatus::Closed && edit != IncidentEdit::Note &&
        edit != IncidentEdit::RecordAnswer)
        return refuse(Refusal::Kind::State, "incident_closed",
                      "the incident is closed: reopen it first");
    return std::nullopt;
}

} // namespace ioc::domain
