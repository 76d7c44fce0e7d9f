// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventJournal.h"

#include "ioc/protocol/Stream.h"

#include <cassert>
#include <string_view>

namespace ioc::server {

EncodedBatch makeBatch(std::vector<EncodedMessage> messages)
{
    auto batch = std::make_shared<PublishedBatch>(PublishedBatch{std::move(messages), {}});
    if (batch->messages.size() < 2)
        return batch;
    std::vector<std::string_view> objects;
    objects.reserve(batch->messages.size());
    std::size_t bytes = 0;
    for (const auto& m : batch->messages) {
        const auto object = protocol::seriesObjectOf(m->text);
        bytes += object.size() + 1;
        if (object.empty() || bytes > kMaxJoinedFrameBytes ||
            (!objects.empty() && m->seq != batch->messages[objects.size() - 1]->seq + 1))
            return batch;
        objects.push_back(object);
    }
    batch->joined = protocol::encodeSeriesBatch(batch->messages.front()->seq,
                                                batch->messages.back()->seq, objects);
    return batch;
}

EventJournal::EventJournal(std::int64_t firstSeq, std::size_t capacity)
    : m_next(firstSeq)
    , m_firstEver(firstSeq)
    , m_capacity(capacity)
{}

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
