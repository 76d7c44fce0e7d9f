// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/protocol/Result.h"
#include "ioc/protocol/Series.h"

#include <boost/json/object.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// Messages on WebSocket /api/v1/stream. Every message has a strictly increasing "seq" and a
// "type"; later versions add types, so a reader must skip types it does not know.
namespace ioc::protocol {

// {"seq":N,"type":"series","series":{id,value,observed_at,next_due_at,status}}
struct SeriesDelta
{
    SeriesValue series;
};

// {"seq":N,"type":"series_batch","from_seq":M,"series":[{…},…]}: stands for every message from
// M to N; apply its values in order. The server sends one whenever several messages are waiting
// for a client (then it lists every value in seq order, a series possibly more than once: exactly
// N - M + 1 entries), and when a client fell behind (then superseded values of the same series
// were dropped). Either way applying it leaves the client exactly where the server was at N.
struct SeriesBatch
{
    std::int64_t fromSeq = 0;
    std::vector<SeriesValue> series;
};

// {"seq":N,"type":"resync","reason":"..."}: what was missed is no longer held (or the client fell
// too far behind); fetch the snapshot again and reconnect with its seq.
struct Resync
{
    std::string reason;
};

// {"seq":N,"type":T,"change":C,T:{…}}: a stored record of kind T was created or changed.
// Kinds: "incident" (change: created, transition, note, assign, forward, answer, checklist; the
// record is the summary GET /api/v1/incidents lists), and those later features add (alerts,
// handovers, citizen reports, …). One shape for all, so a new kind needs no codec change and an
// older reader still sees what kind of record moved.
struct RecordUpdate
{
    std::string type;
    std::string change;
    boost::json::object record;
};

// A type this build does not know: carried so a reader can count and skip it.
struct UnknownMessage
{
    std::string type;
};

struct StreamMessage
{
    std::int64_t seq = 0;
    std::variant<SeriesDelta, SeriesBatch, Resync, UnknownMessage, RecordUpdate> body;
};

// Writes the text directly (no JSON DOM): it runs once per published change.
std::string encodeStreamMessage(const StreamMessage& message);
Result<StreamMessage> decodeStreamMessage(std::string_view text);

// The "series" object inside a SeriesDelta message as encodeStreamMessage wrote it, or empty
// for any other text: lets the server join encoded values into one series_batch frame without
// encoding them again.
std::string_view seriesObjectOf(std::string_view encodedDelta);
// {"seq":seq,"type":"series_batch","from_seq":fromSeq,"series":[objects…]} from such objects.
std::string encodeSeriesBatch(std::int64_t fromSeq, std::int64_t seq,
                              std::span<const std::string_view> objects);

} // namespace ioc::protocol
