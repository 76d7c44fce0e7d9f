// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace ioc::client {

// Exponential retry delay: initial, doubling on each failure, capped; reset after a success.
class Backoff
{
public:
    using Duration = std::chrono::milliseconds;

    Backoff(Duration initial, Duration cap);

    // The delay to wait now; the following call returns twice as much (up to the cap).
    Duration next();
    Duration peek() const { return m_current; }
    void reset();

private:
    Duration m_initial;
    Duration m_cap;
    Duration m_current;
};

} // namespace ioc::client
