// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/LoginThrottle.h"

#include <gtest/gtest.h>

using namespace ioc::domain;
using namespace std::chrono;

namespace {
const TimePoint t0{seconds{1'800'000'000}};

LoginFailures fail(LoginFailures s, const LoginThrottlePolicy& p, TimePoint at,
                   bool *locked = nullptr)
{
    bool lockedNow = false;
    s = recordFailure(s, p, at, lockedNow);
    if (locked)
        *locked = lockedNow;
    return s;
}
} // namespace

TEST(LoginThrottle, FirstFailuresAreFreeThenAttemptsWaitLonger)
{
    const LoginThrottlePolicy p; // 5 failures lock; throttling from 3
    LoginFailures s;
    s = fail(s, p, t0);
    s = fail(s, p, t0);
    EXPECT_EQ(checkLogin(s, p, t0).verdict, LoginGate::Verdict::Allowed);
    s = fail(s, p, t0);
    auto gate = checkLogin(s, p, t0 + milliseconds(200));
    EXPECT_EQ(gate.verdict, LoginGate::Verdict::Throttled);
    EXPECT_EQ(gate.retryAfter, seconds(1));
    EXPECT_EQ(checkLogin(s, p, t0 + seconds(1)).verdict, LoginGate::Verdict::Allowed);
    s = fail(s, p, t0 + seconds(1));
    EXPECT_EQ(checkLogin(s, p, t0 + seconds(2)).retryAfter, seconds(1));
    EXPECT_EQ(checkLogin(s, p, t0 + seconds(1)).retryAfter, seconds(2));
}

TEST(LoginThrottle, LocksAtTheThresholdForTheLockTimeEvenForTheRightPassword)
{
    const LoginThrottlePolicy p;
    LoginFailures s;
    bool locked = false;
    for (int i = 0; i < 5; ++i)
        s = fail(s, p, t0 + seconds(10 * i), &locked);
    EXPECT_TRUE(locked);
    const auto gate = checkLogin(s, p, t0 + seconds(40));
    EXPECT_EQ(gate.verdict, LoginGate::Verdict::Locked);
    EXPECT_EQ(gate.retryAfter, seconds(900));
    EXPECT_EQ(checkLogin(s, p, t0 + seconds(40 + 900)).verdict, LoginGate::Verdict::Allowed);
    // After the lock a failure starts a fresh count.
    s = fail(s, p, t0 + seconds(40 + 900), &locked);
    EXPECT_FALSE(locked);
    EXPECT_EQ(s.failures, 1);
}

TEST(LoginThrottle, FailuresOutsideTheWindowAreForgotten)
{
    const LoginThrottlePolicy p;
    LoginFailures s;
    for (int i = 0; i < 4; ++i)
        s = fail(s, p, t0);
    EXPECT_EQ(checkLogin(s, p, t0 + seconds(899)).verdict,
              LoginGate::Verdict::Allowed); // waited out
    s = fail(s, p, t0 + seconds(901));
    EXPECT_EQ(s.failures, 1);
    EXPECT_EQ(checkLogin(s, p, t0 + seconds(901)).verdict, LoginGate::Verdict::Allowed);
}

TEST(LoginThrottle, DelayIsCapped)
{
    LoginThrottlePolicy p;
    p.lockAfter = 30; // throttling from 15
    LoginFailures s;
    TimePoint t = t0;
    for (int i = 0; i < 25; ++i) {
        t += seconds(10);
        s = fail(s, p, t);
    }
    EXPECT_EQ(checkLogin(s, p, t).retryAfter, p.maxDelay);
}
