// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveData.h"

namespace ioc::server {

std::int64_t LiveData::publishEvent(const std::function<std::string(std::int64_t seq)>& encode)
{
    std::unique_lock lock(m_mutex);
    const std::int64_t seq = m_nextSeq++;
    // Series publishes holding earlier seqs may still be encoding outside the lock: keep order.
    m_committed.wait(lock, [&] { return m_journal.nextSeq() == seq; });
    // No series value rides along: a slow client's coalescing keeps this message as it is. People's
    // actions are rare, so encoding under the lock costs nobody anything.
    auto message = std::make_shared<const StreamItem>(StreamItem{encode(seq), seq, {}});
    commitLocked(std::make_shared<const PublishedBatch>(PublishedBatch{{std::move(message)}, {}}));
    lock.unlock();
    m_committed.notify_all();
    return seq;
}

} // namespace ioc::server
