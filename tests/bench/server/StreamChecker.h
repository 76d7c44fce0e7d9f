// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StreamClients.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string_view>

namespace ioc::bench {

// Checks one client's stream, message by message: seq order, gaps, series_batch ranges, and
// the delivery latency of every value (the feeder writes its send time into the value).
class StreamChecker
{
public:
    using TimePoint = StreamClients::TimePoint;

    StreamChecker(std::int64_t since, TimePoint epoch, std::size_t expected);

    // One complete text message received at `now`.
    void onMessage(std::string_view text, TimePoint now);
    // Seqs past `since` accounted for so far; safe to read from any thread.
    std::int64_t progress() const { return m_progress.load(std::memory_order_relaxed); }
    ClientResult& result() { return m_result; }

private:
    TimePoint m_epoch;
    std::int64_t m_since;
    std::atomic<std::int64_t> m_progress{0};
    ClientResult m_result;
};

} // namespace ioc::bench
