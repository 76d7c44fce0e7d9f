// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/LoginThrottle.h"

#include <algorithm>

namespace ioc::domain {

namespace {
Seconds ceilSeconds(Milliseconds d)
{
    return std::max(Seconds{1}, std::chrono::ceil<Seconds>(d));
}

bool expired(const LoginFailures& s, const LoginThrottlePolicy& policy, TimePoint now)
{
    return s.failures == 0 || (now >= s.lockedUntil && now - s.firstAt >= policy.window);
}
} // namespace

LoginGate checkLogin(const LoginFailures& state, const LoginThrottlePolicy& policy, TimePoint now)
{
    if (now < state.lockedUntil)
        return {LoginGate::Verdict::Locked, ceilSeconds(state.lockedUntil - now)};
    if (expired(state, policy, now) || state.failures < policy.throttleAfter())
        return {};
    const int excess = std::min(state.failures - policy.throttleAfter(), 20);
    const Seconds delay = std::min(Seconds{std::int64_t{1} << excess}, policy.maxDelay);
    const TimePoint allowedAt = state.lastAt + delay;
    if (now < allowedAt)
        return {LoginGate::Verdict::Throttled, ceilSeconds(allowedAt - now)};
    return {};
}

LoginFailures recordFailure(LoginFailures state, const LoginThrottlePolicy& policy, TimePoint now,
                            bool& lockedNow)
{
    lockedNow = false;
    if (expired(state, policy, now) || state.lockedUntil != TimePoint{})
        state = LoginFailures{0, now, now, {}};
    ++state.failures;
    state.lastAt = now;
    if (state.failures >= policy.lockAfter) {
        state.lockedUntil = now + policy.lockFor;
        lockedNow = true;
    }
    return state;
}

} // namespace ioc::domain
