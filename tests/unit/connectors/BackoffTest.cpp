// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/Backoff.h"

#include <gtest/gtest.h>

using namespace ioc::server;
using std::chrono::milliseconds;

TEST(Backoff, DoublesFromInitialWithoutJitter)
{
    BackoffPolicy p{milliseconds{1000}, milliseconds{300000}, 0.0};
    EXPECT_EQ(backoffDelay(p, 1, 0.3), milliseconds{1000});
    EXPECT_EQ(backoffDelay(p, 2, 0.3), milliseconds{2000});
    EXPECT_EQ(backoffDelay(p, 3, 0.3), milliseconds{4000});
    EXPECT_EQ(backoffDelay(p, 9, 0.3), milliseconds{256000});
}

TEST(Backoff, IsCappedAndNeverOverflows)
{
    BackoffPolicy p{milliseconds{1000}, milliseconds{300000}, 0.0};
    EXPECT_EQ(backoffDelay(p, 10, 0.0), milliseconds{300000});
    EXPECT_EQ(backoffDelay(p, 64, 0.0), milliseconds{300000});
    EXPECT_EQ(backoffDelay(p, 1'000'000'000LL, 0.99), milliseconds{300000});
}

TEST(Backoff, JitterStaysWithinItsShareOfTheDelay)
{
    BackoffPolicy p{milliseconds{1000}, milliseconds{300000}, 0.5};
    // Failure 3 → 4 s before jitter; jitter 0.5 spreads it over [2 s, 4 s].
    EXPECT_EQ(backoffDelay(p, 3, 0.0), milliseconds{2000});
    EXPECT_EQ(backoffDelay(p, 3, 0.5), milliseconds{3000});
    EXPECT_LE(backoffDelay(p, 3, 0.999999), milliseconds{4000});
    EXPECT_GE(backoffDelay(p, 3, 0.999999), milliseconds{3999});
    for (int failures = 1; failures < 40; ++failures) {
        for (double r : {0.0, 0.25, 0.75, 0.999}) {
            const auto d = backoffDelay(p, failures, r);
            EXPECT_GE(d, milliseconds{500}) << failures;
            EXPECT_LE(d, p.max) << failures;
        }
    }
}

TEST(Backoff, SchedulePerFailureIsMonotonicForTheSameRandomDraw)
{
    BackoffPolicy p{milliseconds{250}, milliseconds{8000}, 0.5};
    milliseconds previous{0};
    for (int failures = 1; failures < 12; ++failures) {
        const auto d = backoffDelay(p, failures, 0.5);
        EXPECT_GE(d, previous);
        previous = d;
    }
    EXPECT_EQ(previous, milliseconds{6000}); // capped at 8 s, then 0.75 of it
}

TEST(Backoff, OutOfRangeInputsAreClamped)
{
    BackoffPolicy p{milliseconds{1000}, milliseconds{500}, 2.0}; // max below initial, jitter > 1
    EXPECT_EQ(backoffDelay(p, 1, 1.5), milliseconds{1000});
    EXPECT_EQ(backoffDelay(p, 0, -1.0), milliseconds{1}); // full jitter, lowest draw: at least 1 ms
}
