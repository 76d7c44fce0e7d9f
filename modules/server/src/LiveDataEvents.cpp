// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveData.h"

namespace ioc::server {

std::int64_t LiveData::publishEvent(const std::function<std::string(std::int64_t seq)>& encode)
{
    std::lock_guard lock(m_mutex);
    const std::int64_t seq = m_journal.nextSeq();
    // No series value rides along: a slow client's coalescing keeps this message as it is.
    auto message = std::make_shared<const StreamItem>(StreamItem{encode(seq), seq, {}});
    m_journal.append(seq, message);
    bool expired = false;
    for (const auto& weak : m_subscribers) {
        if (auto s = weak.lock())
            s->deliver(message);
        else
            expired = true;
    }
    if (expired)
        std::erase_if(m_subscribers, [](const auto& w) { return w.expired(); });
    return seq;
}

} // namespace ioc::server
