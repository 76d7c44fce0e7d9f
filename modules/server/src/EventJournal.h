// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/protocol/Series.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ioc::server {

// One stream message, encoded once and shared by every client; the series value rides along so
// a slow client's backlog can be coalesced without parsing JSON again.
struct StreamItem
{
    std::string text;
    std::int64_t seq = 0;
    std::optional<protocol::SeriesValue> series; // set for "series" messages only
};
using EncodedMessage = std::shared_ptr<const StreamItem>;
// What one publish (say, one ingest request) produced, in seq order: handed to every client as
// one unit, so a client costs one hand-over per batch rather than one per change.
struct PublishedBatch
{
    std::vector<EncodedMessage> messages;
    // When the batch is several series messages: all of them as one series_batch frame, joined
    // once here rather than once per client. A client with nothing else waiting sends exactly
    // this; one that is behind or filtered queues `messages` instead.
    std::string joined;
};
using EncodedBatch = std::shared_ptr<const PublishedBatch>;
EncodedBatch makeBatch(std::vector<EncodedMessage> messages);

// Joined frames stay well below what clients accept in one message (Beast and Qt: 16 MiB and
// more); a longer backlog simply takes several writes.
inline constexpr std::size_t kMaxJoinedFrameBytes = 512 * 1024;

// The recent stream, numbered: what a reconnecting client may ask for with ?since=SEQ.
// Bounded by count; not thread-safe (LiveData guards it).
class EventJournal
{
public:
    // firstSeq: the seq the next message gets (continues across restarts, see LiveData).
    EventJournal(std::int64_t firstSeq, std::size_t capacity);

    std::int64_t nextSeq() const { return m_next; }
    std::int64_t lastSeq() const { return m_next - 1; }
    void append(std::int64_t seq, EncodedMessage message);

    // Messages with seq > since, or nullopt when some of them are no longer held (or since is
    // from the future, e.g. from before a restart): the client must resync.
    std::optional<std::vector<EncodedMessage>> since(std::int64_t since) const;

private:
    std::deque<std::pair<std::int64_t, EncodedMessage>> m_ring;
    std::int64_t m_next;
    std::int64_t m_firstEver;
    std::size_t m_capacity;
};

} // namespace ioc::server
