// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"

namespace ioc::domain {

// How many failed logins a key (one account, or one remote address) may have before it is slowed
// down and then locked. Failures count within `window` of the first one; a success clears them.
struct LoginThrottlePolicy
{
    int lockAfter = 5;        // this many failures lock the key…
    Seconds lockFor{900};     // …for this long
    Seconds window{900};      // failures older than this (from the first) are forgotten
    Seconds maxDelay{8};      // longest throttle pause before the lock
    // From this many failures on, each further attempt must wait 2^(failures - throttleAfter) s.
    int throttleAfter() const { return (lockAfter + 1) / 2; }
};

struct LoginFailures
{
    int failures = 0;
    TimePoint firstAt{};
    TimePoint lastAt{};
    TimePoint lockedUntil{};
};

struct LoginGate
{
    enum class Verdict { Allowed, Throttled, Locked };
    Verdict verdict = Verdict::Allowed;
    Seconds retryAfter{0}; // whole seconds, at least 1 when not allowed
};

// May an attempt be made now? Throttled and locked attempts do not check the password at all.
LoginGate checkLogin(const LoginFailures& state, const LoginThrottlePolicy& policy, TimePoint now);

// The state after one more failure at `now`; `lockedNow` tells whether this failure locked it.
LoginFailures recordFailure(LoginFailures state, const LoginThrottlePolicy& policy, TimePoint now,
                            bool& lockedNow);

} // namespace ioc::domain
