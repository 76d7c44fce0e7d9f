// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/client/Backoff.h"

#include <algorithm>

namespace ioc::client {

Backoff::Backoff(Duration initial, Duration cap)
    : m_initial(std::max(initial, Duration{1}))
    , m_cap(std::max(cap, m_initial))
    , m_current(m_initial)
{}

Backoff::Duration Backoff::next()
{
    const Duration now = m_current;
    m_current = std::min(m_current * 2, m_cap);
    return now;
}

void Backoff::reset()
{
    m_current = m_initial;
}

} // namespace ioc::client
