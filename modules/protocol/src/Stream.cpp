// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/protocol/Stream.h"

#include "ioc/protocol/Json.h"

#include <boost/json/serialize.hpp>

namespace ioc::protocol {

namespace bj = boost::json;

namespace {
template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;
} // namespace

std::string encodeStreamMessage(const StreamMessage& message)
{
    bj::object o{{"seq", message.seq}};
    std::visit(Overloaded{
                   [&](const SeriesDelta& d) {
                       o["type"] = "series";
                       o["series"] = toJson(d.series);
                   },
                   [&](const SeriesBatch& b) {
                       o["type"] = "series_batch";
                       o["from_seq"] = b.fromSeq;
                       bj::array a;
                       a.reserve(b.series.size());
                       for (const auto& v : b.series)
                           a.push_back(toJson(v));
                       o["series"] = std::move(a);
                   },
                   [&](const Resync& r) {
                       o["type"] = "resync";
                       o["reason"] = r.reason;
                   },
                   [&](const UnknownMessage& u) { o["type"] = u.type; },
                   [&](const IncidentUpdate& i) {
                       o["type"] = "incident";
                       o["change"] = i.change;
                       o["incident"] = i.incident;
                   },
               },
               message.body);
    return bj::serialize(o);
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
    } else if (*type == "incident") {
        auto it = (*o)->find("incident");
        if (it == (*o)->end() || !it->value().is_object())
            return Error{"bad_field", "field 'incident' must be an object"};
        m.body = IncidentUpdate{json::optionalString(**o, "change").value_or(""),
                                it->value().get_object()};
    } else {
        m.body = UnknownMessage{*type};
    }
    return m;
}

} // namespace ioc::protocol
