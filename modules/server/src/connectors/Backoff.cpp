// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backoff.h"

#include <algorithm>

namespace ioc::server {

std::chrono::milliseconds backoffDelay(const BackoffPolicy& policy, long long failures,
                                       double random01)
{
    using std::chrono::milliseconds;
    const auto initial = std::max<long long>(1, policy.initial.count());
    const auto cap = std::max<long long>(initial, policy.max.count());
    // Doubling past the cap would overflow long before 2^63; stop doubling once capped.
    long long d = initial;
    for (long long i = 1; i < failures && d < cap; ++i)
        d = std::min(cap, d * 2);
    const double jitter = std::clamp(policy.jitter, 0.0, 1.0);
    const double r = std::clamp(random01, 0.0, 1.0);
    const double scaled = static_cast<double>(d) * (1.0 - jitter + jitter * r);
    return milliseconds{std::clamp<long long>(static_cast<long long>(scaled), 1, cap)};
}

} // namespace ioc::server
