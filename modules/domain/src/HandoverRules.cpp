// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/HandoverRules.h"

#include <algorithm>

namespace ioc::domain {

namespace {
Refusal refuse(Refusal::Kind kind, std::string code, std::string message)
{
    return {kind, std::move(code), std::move(message)};
}

bool mayWorkHandovers(Role role)
{
    return role == Role::Officer || role == Role::Supervisor;
}

// The checks acknowledging and querying share: who, and whether it is still open.
std::optional<Refusal> checkIncomingOfficer(const ShiftRota& rota, const HandoverAckState& state,
                                            const Actor& actor)
{
    if (!mayWorkHandovers(actor.role))
        return refuse(Refusal::Kind::Role, "role_not_allowed",
                      "only duty officers take over a shift");
    if (state.status == HandoverStatus::Acknowledged)
        return refuse(Refusal::Kind::State, "already_acknowledged",
                      "this handover is complete; it can only be annotated");
    if (actor.username == state.signedBy)
        return refuse(Refusal::Kind::Role, "own_handover",
                      "the officer who signed a handover cannot take it over");
    if (!rota.isOfficerOn(state.nextShift, actor.username))
        return refuse(Refusal::Kind::Role, "not_on_next_shift",
                      "only an officer of the next shift (" + state.nextShift.shiftId + " " +
                          state.nextShift.date + ") can take over this handover");
    return std::nullopt;
}
} // namespace

std::optional<Refusal> maySignHandover(const ShiftRota& rota, const ShiftInstance& shift,
                                       const Actor& actor)
{
    if (actor.role == Role::Supervisor)
        return std::nullopt;
    if (actor.role != Role::Officer)
        return refuse(Refusal::Kind::Role, "role_not_allowed", "only duty officers sign handovers");
    if (!rota.isOfficerOn(shift, actor.username))
        return refuse(Refusal::Kind::Role, "not_on_shift",
                      "only an officer on duty in " + shift.shiftId + " " + shift.date +
                          " can sign its handover");
    return std::nullopt;
}

bool isSignableShift(const ShiftRota& rota, const ShiftInstance& shift, TimePoint now)
{
    const auto current = rota.shiftAt(now);
    return shift == current || shift == rota.previous(current);
}

std::variant<std::vector<std::string>, Refusal> decideAcknowledgement(const ShiftRota& rota,
                                                                      const HandoverAckState& state,
                                                                      const AckRequest& request,
                                                                      const Actor& actor)
{
    if (auto refusal = checkIncomingOfficer(rota, state, actor))
        return *refusal;
    if (request.all && !request.confirmed)
        return refuse(Refusal::Kind::Invalid, "confirmation_required",
                      "acknowledging every item at once needs an explicit confirmation");
    std::set<std::string> open;
    for (const auto& item : state.items)
        if (item.open)
            open.insert(item.key);
    std::set<std::string> acked;
    if (request.all) {
        acked = open;
    } else {
        for (const auto& key : request.keys) {
            if (!open.contains(key))
                return refuse(Refusal::Kind::Invalid, "unknown_item",
                              "'" + key + "' is not an open item of this handover");
            acked.insert(key);
        }
    }
    for (const auto& key : acked)
        if (state.openQueryKeys.contains(key))
            return refuse(Refusal::Kind::State, "query_open",
                          "item '" + key + "' was queried back and has no answer yet");
    std::vector<std::string> missing;
    std::set_difference(open.begin(), open.end(), acked.begin(), acked.end(),
                        std::back_inserter(missing));
    if (!missing.empty()) {
        std::string list;
        for (const auto& m : missing)
            list += (list.empty() ? "" : ", ") + m;
        return refuse(Refusal::Kind::State, "items_unacknowledged",
                      "every open item must be acknowledged; missing: " + list);
    }
    return std::vector<std::string>(acked.begin(), acked.end());
}

std::optional<Refusal> mayQueryItem(const ShiftRota& rota, const HandoverAckState& state,
                                    const std::string& key, const Actor& actor)
{
    if (auto refusal = checkIncomingOfficer(rota, state, actor))
        return refusal;
    const bool known = std::any_of(state.items.begin(), state.items.end(),
                                   [&](const HandoverItem& i) { return i.key == key; });
    if (!known)
        return refuse(Refusal::Kind::Invalid, "unknown_item",
                      "'" + key + "' is not an item of this handover");
    return std::nullopt;
}

TimePoint escalationDeadline(TimePoint shiftEnd, TimePoint signedAt, Seconds after)
{
    return std::max(shiftEnd, signedAt) + after;
}

bool isEscalationDue(HandoverStatus status, std::optional<TimePoint> escalatedAt,
                     TimePoint deadline, TimePoint now)
{
    return status == HandoverStatus::Signed && !escalatedAt && now >= deadline;
}

ShiftInstance lastEndedShift(const ShiftRota& rota, TimePoint now)
{
    return rota.previous(rota.shiftAt(now));
}

TimePoint missingHandoverDeadline(TimePoint shiftEnd, TimePoint watchingSince, Seconds after)
{
    return std::max(shiftEnd, watchingSince) + after;
}

bool isMissingHandoverDue(bool handoverSigned, bool alreadyEscalated, TimePoint deadline,
                          TimePoint now)
{
    return !handoverSigned && !alreadyEscalated && now >= deadline;
}

bool isDraftTime(const ShiftInstance& shift, TimePoint now, Minutes lead)
{
    return now >= shift.end - lead && now < shift.end;
}

} // namespace ioc::domain
