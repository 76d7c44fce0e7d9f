// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/protocol/Result.h"
#include "ioc/protocol/Series.h"

#include <boost/json/object.hpp>

#include <cstdint>
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
// M to N for a client that fell behind; superseded values of the same series were dropped, so
// applying it leaves the client exactly where the server was at N.
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

// {"seq":N,"type":"incident","change":"transition","incident":{…summary…}}: an incident was
// created or changed (change: created, transition, note, assign, forward, answer, checklist);
// `incident` is the same summary object GET /api/v1/incidents lists.
struct IncidentUpdate
{
    std::string change;
    boost::json::object incident;
};

// A type this build does not know: carried so a reader can count and skip it.
struct UnknownMessage
{
    std::string type;
};

struct StreamMessage
{
    std::int64_t seq = 0;
    std::variant<SeriesDelta, SeriesBatch, Resync, UnknownMessage, IncidentUpdate> body;
};

std::string encodeStreamMessage(const StreamMessage& message);
Result<StreamMessage> decodeStreamMessage(std::string_view text);

} // namespace ioc::protocol
