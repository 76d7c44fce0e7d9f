// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveData.h"

#include "ioc/protocol/Stream.h"

#include <algorithm>

namespace ioc::server {

LiveData::LiveData(std::vector<protocol::SeriesInfo> series, const domain::Clock& clock,
                   LiveDataOptions options)
    : m_clock(clock)
    , m_store(std::move(series), options.freshness)
    , m_journal(options.firstSeq, options.journalCapacity)
    , m_history(options.history)
    , m_maxPending(options.maxPendingPoints)
{
}

void LiveData::publishLocked(const protocol::SeriesValue& value)
{
    const std::int64_t seq = m_journal.nextSeq();
    auto message = std::make_shared<const StreamItem>(
        StreamItem{protocol::encodeStreamMessage({seq, protocol::SeriesDelta{value}}), seq, value});
    m_journal.append(seq, message);
    m_dirty.insert(value.id);
    bool expired = false;
    for (const auto& weak : m_subscribers) {
        if (auto s = weak.lock())
            s->deliver(message);
        else
            expired = true;
    }
    if (expired)
        std::erase_if(m_subscribers, [](const auto& w) { return w.expired(); });
}

std::size_t LiveData::applyPoints(std::span<const IncomingPoint> points)
{
    const auto now = m_clock.now();
    std::lock_guard lock(m_mutex);
    std::size_t changed = 0;
    for (const auto& p : points) {
        if (!m_store.contains(p.seriesId))
            continue;
        m_history.add(p.seriesId, p.observedAt, p.value);
        if (m_pending.size() >= m_maxPending) {
            m_pending.erase(m_pending.begin(), m_pending.begin() + std::ptrdiff_t(m_maxPending / 10));
            m_droppedPending += m_maxPending / 10;
        }
        m_pending.push_back({p.seriesId, p.observedAt, p.value});
        if (auto v = m_store.apply(p, now)) {
            publishLocked(*v);
            ++changed;
        }
    }
    return changed;
}

void LiveData::refreshFreshness()
{
    const auto now = m_clock.now();
    std::lock_guard lock(m_mutex);
    for (const auto& v : m_store.refreshFreshness(now))
        publishLocked(v);
}

protocol::SeriesSnapshot LiveData::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return {m_journal.lastSeq(), m_store.states()};
}

std::int64_t LiveData::lastSeq() const
{
    std::lock_guard lock(m_mutex);
    return m_journal.lastSeq();
}

bool LiveData::hasSeries(std::string_view id) const
{
    std::lock_guard lock(m_mutex);
    return m_store.contains(id);
}

EncodedMessage LiveData::resyncMessage(std::string_view reason) const
{
    std::lock_guard lock(m_mutex);
    return resyncMessageLocked(reason);
}

EncodedMessage LiveData::resyncMessageLocked(std::string_view reason) const
{
    // Carries the newest seq so the client knows where the server stands; it is not data.
    const auto seq = m_journal.lastSeq();
    return std::make_shared<const StreamItem>(StreamItem{
        protocol::encodeStreamMessage({seq, protocol::Resync{std::string(reason)}}), seq, {}});
}

void LiveData::subscribe(const std::shared_ptr<StreamSubscriber>& subscriber,
                         std::optional<std::int64_t> since)
{
    std::lock_guard lock(m_mutex);
    if (since) {
        if (auto backlog = m_journal.since(*since)) {
            for (auto& m : *backlog)
                subscriber->deliver(std::move(m));
        } else {
            subscriber->deliver(resyncMessageLocked("not_held"));
        }
    }
    m_subscribers.push_back(subscriber);
}

void LiveData::unsubscribe(const StreamSubscriber* subscriber)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_subscribers, [&](const auto& w) {
        auto s = w.lock();
        return !s || s.get() == subscriber;
    });
}

std::size_t LiveData::subscriberCount() const
{
    std::lock_guard lock(m_mutex);
    return m_subscribers.size();
}

std::vector<protocol::SeriesValue> LiveData::takeDirty()
{
    std::lock_guard lock(m_mutex);
    std::vector<protocol::SeriesValue> out;
    out.reserve(m_dirty.size());
    for (const auto& s : m_store.states())
        if (m_dirty.contains(s.info.id) && s.current.observedAt)
            out.push_back(s.current);
    m_dirty.clear();
    return out;
}

} // namespace ioc::server

namespace ioc::server {

std::vector<PersistPoint> LiveData::takePendingPoints()
{
    std::lock_guard lock(m_mutex);
    std::vector<PersistPoint> out(std::make_move_iterator(m_pending.begin()),
                                  std::make_move_iterator(m_pending.end()));
    m_pending.clear();
    return out;
}

void LiveData::restoreHistory(const std::vector<PersistPoint>& points)
{
    std::lock_guard lock(m_mutex);
    for (const auto& p : points)
        if (m_store.contains(p.seriesId))
            m_history.add(p.seriesId, p.t, p.v);
}

std::vector<HistoryPoint> LiveData::history(std::string_view series, domain::TimePoint from,
                                            domain::TimePoint to) const
{
    std::lock_guard lock(m_mutex);
    return m_history.points(series, from, to);
}

std::vector<HistoryBucket> LiveData::historyAggregate(std::string_view series, domain::TimePoint from,
                                                      domain::TimePoint to, domain::Seconds step) const
{
    std::lock_guard lock(m_mutex);
    return m_history.aggregate(series, from, to, step);
}

std::uint64_t LiveData::droppedPendingPoints() const
{
    std::lock_guard lock(m_mutex);
    return m_droppedPending;
}

} // namespace ioc::server
