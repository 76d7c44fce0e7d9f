// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace ioc::server {

// Retry schedule of a failing connector: exponential, capped, with jitter so that many
// connectors failing together (the LGSP gateway going down) do not retry in lockstep.
struct BackoffPolicy
{
    std::chrono::milliseconds initial{1000};
    std::chrono::milliseconds max{300000};
    double jitter = 0.5; // fraction of the delay that is randomised, 0..1
};

// Delay before the next attempt after `failures` (≥ 1) consecutive failures:
// d = min(max, initial · 2^(failures−1)), then scaled into [(1 − jitter)·d, d] by `random01`
// (uniform in [0, 1)). The cap holds with or without jitter.
std::chrono::milliseconds backoffDelay(const BackoffPolicy& policy, long long failures,
                                       double random01);

} // namespace ioc::server
