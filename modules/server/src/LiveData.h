// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventJournal.h"
#include "SeriesHistory.h"
#include "SeriesStore.h"

#include "ioc/domain/Time.h"
#include "ioc/protocol/Series.h"

#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace ioc::server {

class StreamSubscriber
{
public:
    virtual ~StreamSubscriber() = default;
    // Called with LiveData's lock held, in seq order, from any thread: enqueue only, never block.
    virtual void deliver(EncodedMessage message) = 0;
};

struct LiveDataOptions
{
    std::int64_t firstSeq = 1;
    std::size_t journalCapacity = 20000;
    domain::FreshnessPolicy freshness;
    HistoryOptions history;
    // Points waiting to be persisted; beyond this the oldest are dropped (and counted) rather
    // than letting a stuck disk grow memory without bound.
    std::size_t maxPendingPoints = 1'000'000;
};

struct PersistPoint
{
    std::string seriesId;
    domain::TimePoint t;
    double v = 0;
};

// The server's live state: series values plus the numbered stream of their changes.
// One lock makes "snapshot at seq N" and "stream after N" agree exactly.
class LiveData
{
public:
    LiveData(std::vector<protocol::SeriesInfo> series, const domain::Clock& clock,
             LiveDataOptions options = {});

    // Returns how many points changed a latest value (each change is published).
    std::size_t applyPoints(std::span<const IncomingPoint> points);
    // Re-judges freshness against the clock; publishes every status change.
    void refreshFreshness();

    protocol::SeriesSnapshot snapshot() const;
    std::int64_t lastSeq() const;
    bool hasSeries(std::string_view id) const;

    // Sends what the subscriber missed since `since` (or a resync), then every new message.
    // Without `since`, only new messages.
    void subscribe(const std::shared_ptr<StreamSubscriber>& subscriber,
                   std::optional<std::int64_t> since);
    void unsubscribe(const StreamSubscriber* subscriber);
    std::size_t subscriberCount() const;
    EncodedMessage resyncMessage(std::string_view reason) const;

    // Latest values changed since the last call, for persistence.
    std::vector<protocol::SeriesValue> takeDirty();
    // Every accepted point since the last call, for the history table.
    std::vector<PersistPoint> takePendingPoints();
    // Loads persisted history at start-up (not published, not persisted again).
    void restoreHistory(const std::vector<PersistPoint>& points);

    std::vector<HistoryPoint> history(std::string_view series, domain::TimePoint from,
                                      domain::TimePoint to) const;
    std::vector<HistoryBucket> historyAggregate(std::string_view series, domain::TimePoint from,
                                                domain::TimePoint to, domain::Seconds step) const;
    std::uint64_t droppedPendingPoints() const;

    // Publishes a message of another kind (incidents, later alerts and handovers) in the same
    // numbered stream: `encode` gets the message's seq and returns its text. Returns the seq.
    // (LiveDataEvents.cpp, kept apart from the series paths.)
    std::int64_t publishEvent(const std::function<std::string(std::int64_t seq)>& encode);

private:
    void publishLocked(const protocol::SeriesValue& value);
    EncodedMessage resyncMessageLocked(std::string_view reason) const;

    const domain::Clock& m_clock;
    mutable std::mutex m_mutex;
    SeriesStore m_store;
    EventJournal m_journal;
    std::vector<std::weak_ptr<StreamSubscriber>> m_subscribers;
    std::set<std::string> m_dirty;
    SeriesHistory m_history;
    std::deque<PersistPoint> m_pending; // a deque: dropping the oldest must not move the rest
    std::size_t m_maxPending;
    std::uint64_t m_droppedPending = 0;
};

} // namespace ioc::server
