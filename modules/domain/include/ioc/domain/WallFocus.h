// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"

#include <optional>
#include <string>

namespace ioc::domain {

// When the wall drops its playlist on one screen to show a single incident or alert ("focus"),
// and when it goes back.
struct FocusRule
{
    int minSeverity = 3;  // 1 low … 4 critical: at or above this a new event takes the screen
    Seconds timeout{300}; // back to the playlist after this long even if nobody acknowledged
    bool incidents = true;
    bool alerts = true;
};

// Something that may take the screen. `kind` is "incident" or "alert".
struct FocusSubject
{
    std::string kind;
    std::string id;
    int severity = 0;
};

struct ActiveFocus
{
    FocusSubject subject;
    TimePoint since{};
};

// Whether the rule lets this subject take a screen at all.
bool qualifiesForFocus(const FocusRule& rule, const FocusSubject& subject);

// A new incident or alert was raised. It takes the screen if it qualifies and nothing at least
// as severe is being shown; otherwise the current focus stays. The same subject raised again
// (e.g. renotified) restarts its time-out.
std::optional<ActiveFocus> focusOnRaised(const FocusRule& rule,
                                         const std::optional<ActiveFocus>& current,
                                         const FocusSubject& subject, TimePoint now);

// The subject was acknowledged (or resolved, cleared): the focus on it ends.
std::optional<ActiveFocus> focusOnAcknowledged(const std::optional<ActiveFocus>& current,
                                               const std::string& kind, const std::string& id);

// Time passed: the focus ends once its time-out is over.
std::optional<ActiveFocus> focusOnTick(const FocusRule& rule,
                                       const std::optional<ActiveFocus>& current, TimePoint now);

} // namespace ioc::domain
