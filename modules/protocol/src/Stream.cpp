// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/protocol/Stream.h"

#include "ioc/protocol/Json.h"
#include "ioc/protocol/JsonText.h"

#include <boost/json/serialize.hpp>

namespace ioc::protocol {

namespace {

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

constexpr std::string_view kSeqKey = "{\"seq\":";
constexpr std::string_view kSeriesMiddle = ",\"type\":\"series\",\"series\":";

void appendTime(std::string& out, const std::optional<domain::TimePoint>& t)
{
    if (!t) {
        out += "null";
        return;
    }
    out += '"';
    domain::appendRfc3339(out, *t);
    out += '"';
}

// Same fields and order as toJson(SeriesValue), which the snapshot uses.
void appendSeriesValue(std::string& out, const SeriesValue& v)
{
    out += "{\"id\":";
    json::appendString(out, v.id);
    out += ",\"value\":";
    json::appendNumber(out, v.value);
    out += ",\"observed_at\":";
    appendTime(out, v.observedAt);
    out += ",\"next_due_at\":";
    appendTime(out, v.nextDueAt);
    out += ",\"status\":";
    json::appendString(out, domain::toString(v.status));
    out += '}';
}

// Id, two timestamps, number, status and punctuation: enough that one allocation does.
std::size_t sizeHint(const SeriesValue& v)
{
    return v.id.size() + 150;
}

void beginBatch(std::string& out, std::int64_t fromSeq, std::int64_t seq)
{
    out += kSeqKey;
    json::appendInt(out, seq);
    out += ",\"type\":\"series_batch\",\"from_seq\":";
    json::appendInt(out, fromSeq);
    out += ",\"series\":[";
}

} // namespace

std::string encodeStreamMessage(const StreamMessage& message)
{
    std::string out;
    std::visit(Overloaded{
                   [&](const SeriesDelta& d) {
                       out.reserve(sizeHint(d.series) + 48);
                       out += kSeqKey;
                       json::appendInt(out, message.seq);
                       out += kSeriesMiddle;
                       appendSeriesValue(out, d.series);
                       out += '}';
                   },
                   [&](const SeriesBatch& b) {
                       std::size_t hint = 80;
                       for (const auto& v : b.series)
                           hint += sizeHint(v);
                       out.reserve(hint);
                       beginBatch(out, b.fromSeq, message.seq);
                       for (std::size_t i = 0; i < b.series.size(); ++i) {
                           if (i)
                               out += ',';
                           appendSeriesValue(out, b.series[i]);
                       }
                       out += "]}";
                   },
                   [&](const Resync& r) {
                       out += kSeqKey;
                       json::appendInt(out, message.seq);
                       out += ",\"type\":\"resync\",\"reason\":";
                       json::appendString(out, r.reason);
                       out += '}';
                   },
                   [&](const UnknownMessage& u) {
                       out += kSeqKey;
                       json::appendInt(out, message.seq);
                       out += ",\"type\":";
                       json::appendString(out, u.type);
                       out += '}';
                   },
                   [&](const RecordUpdate& r) {
                       // Rare (people's actions), so the DOM serialiser is fine here.
                       out += kSeqKey;
                       json::appendInt(out, message.seq);
                       out += ",\"type\":";
                       json::appendString(out, r.type);
                       out += ",\"change\":";
                       json::appendString(out, r.change);
                       out += ',';
                       json::appendString(out, r.type);
                       out += ':';
                       out += boost::json::serialize(r.record);
                       out += '}';
                   },
               },
               message.body);
    return out;
}

std::string_view seriesObjectOf(std::string_view encoded)
{
    if (!encoded.starts_with(kSeqKey) || !encoded.ends_with("}}"))
        return {};
    const auto middle = encoded.find(kSeriesMiddle, kSeqKey.size());
    // The seq is at most 20 characters: the marker cannot be further in a delta we wrote.
    if (middle == std::string_view::npos || middle > kSeqKey.size() + 20)
        return {};
    const auto begin = middle + kSeriesMiddle.size();
    return encoded.substr(begin, encoded.size() - 1 - begin);
}

std::string encodeSeriesBatch(std::int64_t fromSeq, std::int64_t seq,
                              std::span<const std::string_view> objects)
{
    std::size_t size = 80 + objects.size();
    for (const auto o : objects)
        size += o.size();
    std::string out;
    out.reserve(size);
    beginBatch(out, fromSeq, seq);
    for (std::size_t i = 0; i < objects.size(); ++i) {
        if (i)
            out += ',';
        out += objects[i];
    }
    out += "]}";
    return out;
}

Result<StreamMessage> decodeStreamMessage(std::string_view text)
{
    auto v = json::parse(text);
    if (!v)
        return v.error();
    auto o = json::requireObject(*v, "stream message");
    if (!o)
        return o.error();
    auto seq = json::requireInt(**o, "seq");
    if (!seq)
        return seq.error();
    auto type = json::requireString(**o, "type");
    if (!type)
        return type.error();
    StreamMessage m;
    m.seq = *seq;
    if (*type == "series") {
        auto it = (*o)->find("series");
        if (it == (*o)->end())
            return Error{"bad_field", "field 'series' is missing"};
        auto value = seriesValueFromJson(it->value());
        if (!value)
            return value.error();
        m.body = SeriesDelta{std::move(*value)};
    } else if (*type == "series_batch") {
        auto from = json::requireInt(**o, "from_seq");
        if (!from)
            return from.error();
        if (*from > m.seq)
            return Error{"bad_field", "'from_seq' must not exceed 'seq'"};
        auto arr = json::requireArray(**o, "series");
        if (!arr)
            return arr.error();
        SeriesBatch batch{*from, {}};
        batch.series.reserve((*arr)->size());
        for (const auto& item : **arr) {
            auto value = seriesValueFromJson(item);
            if (!value)
                return value.error();
            batch.series.push_back(std::move(*value));
        }
        m.body = std::move(batch);
    } else if (*type == "resync") {
        m.body = Resync{json::optionalString(**o, "reason").value_or("")};
    } else if (auto it = (*o)->find(*type);
               it != (*o)->end() && *type != "seq" && *type != "type" && *type != "change") {
        if (!it->value().is_object())
            return Error{"bad_field", "field '" + std::string(*type) + "' must be an object"};
        m.body = RecordUpdate{std::string(*type), json::optionalString(**o, "change").value_or(""),
                              it->value().get_object()};
    } else if (*type == "incident") {
        return Error{"bad_field", "field 'incident' is missing"};
    } else {
        m.body = UnknownMessage{*type};
    }
    return m;
}

} // namespace ioc::protocol
