// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ioc::bench {

// What one /api/v1/stream client saw. Every client checks that seqs arrive strictly increasing
// and consecutive from `since` on: a skipped seq counts as lost, a repeated or earlier one as out
// of order. A "series_batch" must start right after the last seq seen; the server sends one
// for several waiting messages (every value listed) and for a slow client's coalesced backlog
// (superseded values dropped): values it lists count as delivered, the seqs it stands for
// without a value as coalesced.
// Latency is receipt time minus the send time the feeder wrote into each value.
struct ClientResult
{
    std::uint64_t received = 0;  // updates delivered with their value, alone or in a batch
    std::uint64_t frames = 0;    // data messages: "series" and "series_batch"
    std::uint64_t batches = 0;   // "series_batch" messages
    std::uint64_t coalesced = 0; // seqs a batch stood for without listing their value
    std::uint64_t lost = 0;
    std::uint64_t outOfOrder = 0;
    std::uint64_t resyncs = 0;
    std::uint64_t unexpected = 0; // unparsable, or a type this benchmark does not send
    std::int64_t lastSeq = 0;
    std::vector<std::uint32_t> latencyUs;
    std::string error; // transport error, empty when the client ended cleanly
};

// `count` WebSocket clients (Asio/Beast, frames read directly, see StreamClients.cpp) on their own
// io_context and `threads` threads, each on its own strand, connected to
// 127.0.0.1:port/api/v1/stream?since=SEQ.
class StreamClients
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    StreamClients(std::uint16_t port, std::int64_t since, int count, int threads, TimePoint epoch,
                  std::size_t expectedPerClient);
    ~StreamClients();
    StreamClients(const StreamClients&) = delete;
    StreamClients& operator=(const StreamClients&) = delete;

    // True once every client has completed its handshake (false on timeout or failure).
    bool waitConnected(std::chrono::milliseconds timeout);
    // Fewest seqs past `since` any client has accounted for so far (delivered or coalesced).
    std::int64_t minProgress() const;
    // Closes every connection, joins the threads and returns what each client saw.
    std::vector<ClientResult> finish();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace ioc::bench
