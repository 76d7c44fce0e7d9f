// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventJournal.h"
#include "SeriesHistory.h"
#include "SeriesStore.h"

#include "ioc/domain/Time.h"
#include "ioc/protocol/Series.h"

#include <condition_variable>
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
    // Called with LiveData's lock held, in seq order (each batch continues the previous one),
    // from any thread: enqueue only, never block.
    virtual void deliver(EncodedBatch messages) = 0;
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
    // Once this many points wait, the pending-points handler asks for a flush now rather than
    // at the next timer tick, so a sustained high rate never reaches maxPendingPoints.
    std::size_t flushPendingAbove = 100'000;
};

struct PersistPoint
{
    std::string seriesId;
    domain::TimePoint t;
    double v = 0;
};

// The server's live state: series values plus the numbered stream of their changes.
// One lock makes "snapshot at seq N" and "stream after N" agree exactly: a change and its seq
// are decided together under it. Encoding the messages happens after the lock is released, and
// they are then committed to the journal and the subscribers strictly in seq order.
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
    // Called (without the lock, on the ingesting thread) when flushPendingAbove points wait;
    // again only after takePendingPoints. Set before any ingest starts.
    void setPendingFullHandler(std::function<void()> handler);

    // Publishes a message of another kind (incidents, later alerts and handovers) in the same
    // numbered stream: `encode` gets the message's seq and returns its text. Returns the seq.
    // (LiveDataEvents.cpp, kept apart from the series paths.)
    std::int64_t publishEvent(const std::function<std::string(std::int64_t seq)>& encode);

private:
    // Gives `count` consecutive seqs to changes just made under the lock; returns the first.
    std::int64_t assignSeqsLocked(const std::vector<protocol::SeriesValue>& values);
    // Encodes (lock released), then appends to the journal and delivers once every earlier seq
    // is committed. Never throws but on exhausted memory, which ends the process: an assigned
    // seq that never commits would stall every later publish.
    void publish(std::int64_t firstSeq, const std::vector<protocol::SeriesValue>& values) noexcept;
    EncodedMessage resyncMessageLocked(std::string_view reason) const;
    // Appends a committed batch to the journal and hands it to every live subscriber.
    void commitLocked(const EncodedBatch& batch);

    const domain::Clock& m_clock;
    mutable std::mutex m_mutex;
    std::condition_variable m_committed; // the journal advanced
    SeriesStore m_store;
    std::int64_t m_nextSeq; // next seq to assign; m_journal.nextSeq() is the next to commit
    EventJournal m_journal;
    std::vector<std::weak_ptr<StreamSubscriber>> m_subscribers;
    std::set<std::string> m_dirty;
    SeriesHistory m_history;
    std::deque<PersistPoint> m_pending; // a deque: dropping the oldest must not move the rest
    std::size_t m_maxPending;
    std::size_t m_flushPendingAbove;
    bool m_pendingFullSignalled = false;
    std::function<void()> m_onPendingFull;
    std::uint64_t m_droppedPending = 0;
};

} // namespace ioc::server
