// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/WallFocus.h"

namespace ioc::domain {

bool qualifiesForFocus(const FocusRule& rule, const FocusSubject& subject)
{
    const bool kindAllowed =
        (subject.kind == "incident" && rule.incidents) || (subject.kind == "alert" && rule.alerts);
    return kindAllowed && subject.severity >= rule.minSeverity;
}

std::optional<ActiveFocus> focusOnRaised(const FocusRule& rule,
                                         const std::optional<ActiveFocus>& current,
                                         const FocusSubject& subject, TimePoint now)
{
    if (!qualifiesForFocus(rule, subject))
        return current;
    if (current && current->subject.kind == subject.kind && current->subject.id == subject.id)
        return ActiveFocus{subject, now};
    // A lesser event never pushes a more severe one off the screen.
    if (current && current->subject.severity > subject.severity)
        return current;
    return ActiveFocus{subject, now};
}

std::optional<ActiveFocus> focusOnAcknowledged(const std::optional<ActiveFocus>& current,
                                               const std::string& kind, const std::string& id)
{
    if (current && current->subject.kind == kind && current->subject.id == id)
        return std::nullopt;
    return current;
}

std::optional<ActiveFocus> focusOnTick(const FocusRule& rule,
                                       const std::optional<ActiveFocus>& current, TimePoint now)
{
    if (current && now - current->since >= rule.timeout)
        return std::nullopt;
    return current;
}

} // namespace ioc::domain
