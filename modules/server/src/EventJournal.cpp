// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventJournal.h"

#include <cassert>

namespace ioc::server {

EventJournal::EventJournal(std::int64_t firstSeq, std::size_t capacity)
    : m_next(firstSeq)
    , m_firstEver(firstSeq)
    , m_capacity(capacity)
{
}

void EventJournal::append(std::int64_t seq, EncodedMessage message)
{
    assert(seq == m_next);
    m_ring.emplace_back(seq, std::move(message));
    m_next = seq + 1;
    while (m_ring.size() > m_capacity)
        m_ring.pop_front();
}

std::optional<std::vector<EncodedMessage>> EventJournal::since(std::int64_t since) const
{
    const std::int64_t oldestHeld = m_ring.empty() ? m_next : m_ring.front().first;
    // From the future, from before this process started (gap unknown), or already dropped.
    if (since > lastSeq() || since + 1 < m_firstEver || since + 1 < oldestHeld)
        return std::nullopt;
    std::vector<EncodedMessage> out;
    out.reserve(static_cast<std::size_t>(lastSeq() - since));
    for (auto it = m_ring.begin() + (since + 1 - oldestHeld); it != m_ring.end(); ++it)
        out.push_back(it->second);
    return out;
}

} // namespace ioc::server
