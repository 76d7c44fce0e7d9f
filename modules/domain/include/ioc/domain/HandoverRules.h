// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Handover.h"
#include "ioc/domain/IncidentLifecycle.h"
#include "ioc/domain/ShiftRota.h"

#include <set>
#include <variant>
#include <vector>

namespace ioc::domain {

// Who may sign the handover of `shift`: an officer on its duty list, or a supervisor (who may
// sign for a shift whose officer is absent). Walls and admins never.
std::optional<Refusal> maySignHandover(const ShiftRota& rota, const ShiftInstance& shift,
                                       const Actor& actor);

// Which shift an officer may still sign at `now`: the current one, or the one that just ended
// (a handover written a little after the shift change).
bool isSignableShift(const ShiftRota& rota, const ShiftInstance& shift, TimePoint now);

struct HandoverAckState
{
    HandoverStatus status = HandoverStatus::Signed;
    std::string signedBy;
    ShiftInstance nextShift;
    std::vector<HandoverItem> items;
    std::set<std::string> openQueryKeys; // items queried back and not answered yet
};

// What the incoming officer sends: every open item by key, or all of them with an explicit
// confirmation.
struct AckRequest
{
    std::vector<std::string> keys;
    bool all = false;
    bool confirmed = false;
};

// Checks in order: role (403 `role_not_allowed`), already complete (409 `already_acknowledged`),
// the signer (403 `own_handover`), duty (403 `not_on_next_shift`: the actor must be an officer
// of the next shift), confirmation (400 `confirmation_required`), unknown keys (400
// `unknown_item`), open queries (409 `query_open`), and coverage (409 `items_unacknowledged`:
// every open item must be acknowledged). Returns the keys acknowledged.
std::variant<std::vector<std::string>, Refusal> decideAcknowledgement(const ShiftRota& rota,
                                                                      const HandoverAckState& state,
                                                                      const AckRequest& request,
                                                                      const Actor& actor);

// Who may query an item back: the same people who may acknowledge, while it is not complete.
std::optional<Refusal> mayQueryItem(const ShiftRota& rota, const HandoverAckState& state,
                                    const std::string& key, const Actor& actor);

// When a signed handover not yet acknowledged goes to the supervisor: `after` past the shift
// change, or past signing when it was signed after the change.
TimePoint escalationDeadline(TimePoint shiftEnd, TimePoint signedAt, Seconds after);
bool isEscalationDue(HandoverStatus status, std::optional<TimePoint> escalatedAt,
                     TimePoint deadline, TimePoint now);

// A shift that ended with no handover signed at all. Only the shift that just ended is checked
// (the one before the current shift: the last one that can still be signed). It goes to the
// supervisor `after` past the shift change, or `after` past `watchingSince` (when the server
// started) if the server was not running at the change; once per shift (`alreadyEscalated`).
// A handover signed before that, even late, means nothing is missing.
ShiftInstance lastEndedShift(const ShiftRota& rota, TimePoint now);
TimePoint missingHandoverDeadline(TimePoint shiftEnd, TimePoint watchingSince, Seconds after);
bool isMissingHandoverDue(bool handoverSigned, bool alreadyEscalated, TimePoint deadline,
                          TimePoint now);

// Whether the console drafts by itself: within `lead` before the end of the shift.
bool isDraftTime(const ShiftInstance& shift, TimePoint now, Minutes lead);

} // namespace ioc::domain
