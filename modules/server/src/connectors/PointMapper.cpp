// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointMapper.h"

#include "JsonPointer.h"
#include "TopicFilter.h"

#include "ioc/protocol/Json.h"

#include <charconv>
#include <cmath>
#include <map>

namespace ioc::server {

namespace bj = boost::json;

namespace {

PointVerdict rejection(std::size_t index, std::string series, std::string reason,
                       std::string message)
{
    return {index, std::move(series), std::move(reason), std::move(message)};
}

// Numbers are scaled; numeric strings become numbers; anything else goes on unchanged so that
// IngestService refuses it with the same reason a pushed point would get.
bj::value scaledValue(const bj::value& raw, double scale)
{
    if (raw.is_number())
        return raw.to_number<double>() * scale;
    if (raw.is_string())
        if (auto d = parseNumberText(raw.get_string()))
            return *d * scale;
    return raw;
}

bj::object makePoint(const std::string& series, const bj::value *observedAt,
                     domain::TimePoint receivedAt, const bj::value& value, double scale)
{
    return {
        {"series", series},
        {"observed_at", observedAt ? *observedAt : bj::value(domain::formatRfc3339(receivedAt))},
        {"value", scaledValue(value, scale)}};
}

std::string keyText(const bj::value& v)
{
    if (v.is_string())
        return std::string(v.get_string());
    if (v.is_int64())
        return std::to_string(v.get_int64());
    if (v.is_uint64())
        return std::to_string(v.get_uint64());
    return {};
}

} // namespace

std::optional<double> parseNumberText(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' ||
                             text.front() == '\r'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' ||
                             text.back() == '\r'))
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double d = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
    // from_chars accepts "inf" and "nan": those are not measurements.
    if (ec != std::errc{} || p != text.data() + text.size() || !std::isfinite(d))
        return std::nullopt;
    return d;
}

protocol::Result<MappedPoints>
mapPollResponse(const bj::value& document, const PollerConfig& poller, domain::TimePoint receivedAt)
{
    std::map<std::string, const bj::value *, std::less<>> records;
    if (poller.recordsPointer) {
        const auto *list = resolveJsonPointer(document, *poller.recordsPointer);
        if (!list || !list->is_array())
            return protocol::Error{"bad_upstream_json", "records pointer '" +
                                                            *poller.recordsPointer +
                                                            "' does not name an array"};
        for (const auto& r : list->get_array()) {
            const auto *key = resolveJsonPointer(r, poller.keyPointer);
            if (key && !keyText(*key).empty())
                records.emplace(keyText(*key), &r); // first record with a key wins
        }
    }
    MappedPoints out;
    for (std::size_t i = 0; i < poller.mappings.size(); ++i) {
        const auto& m = poller.mappings[i];
        const bj::value *base = &document;
        if (poller.recordsPointer) {
            auto it = records.find(m.record);
            if (it == records.end()) {
                out.rejections.push_back(rejection(i, m.series, "missing_record",
                                                   "no record with key '" + m.record + "'"));
                continue;
            }
            base = it->second;
        }
        const auto *value = resolveJsonPointer(*base, m.valuePointer);
        if (!value) {
            out.rejections.push_back(
                rejection(i, m.series, "missing_field",
                          "value pointer '" + m.valuePointer + "' found nothing"));
            continue;
        }
        const bj::value *observed = nullptr;
        if (m.observedAtPointer) {
            observed = resolveJsonPointer(*base, *m.observedAtPointer);
            if (!observed) {
                out.rejections.push_back(
                    rejection(i, m.series, "missing_field",
                              "observed_at pointer '" + *m.observedAtPointer + "' found nothing"));
                continue;
            }
        }
        out.points.push_back(makePoint(m.series, observed, receivedAt, *value, m.scale));
    }
    return out;
}

MappedPoints mapMqttMessage(const MqttSubscription& subscription, std::string_view topic,
                            std::string_view payload, domain::TimePoint receivedAt)
{
    MappedPoints out;
    std::string series = subscription.series;
    if (!subscription.seriesPattern.empty()) {
        auto expanded = expandSeriesPattern(subscription.seriesPattern, topic);
        if (!expanded) {
            out.rejections.push_back(rejection(0, "", "unknown_series",
                                               "topic '" + std::string(topic) +
                                                   "' does not fill '" +
                                                   subscription.seriesPattern + "'"));
            return out;
        }
        series = std::move(*expanded);
    }
    if (subscription.payload.number) {
        auto d = parseNumberText(payload);
        if (!d) {
            const auto shown = payload.substr(0, 40);
            out.rejections.push_back(rejection(0, series, "bad_payload",
                                               "payload is not a number: '" + std::string(shown) +
                                                   (payload.size() > shown.size() ? "…'" : "'")));
            return out;
        }
        out.points.push_back(
            makePoint(series, nullptr, receivedAt, bj::value(*d), subscription.scale));
        return out;
    }
    auto doc = protocol::json::parse(payload);
    if (!doc) {
        out.rejections.push_back(rejection(0, series, "bad_payload", "payload is not valid JSON"));
        return out;
    }
    const auto *value = resolveJsonPointer(*doc, subscription.payload.valuePointer);
    if (!value) {
        out.rejections.push_back(
            rejection(0, series, "missing_field",
                      "value pointer '" + subscription.payload.valuePointer + "' found nothing"));
        return out;
    }
    const bj::value *observed = nullptr;
    if (subscription.payload.observedAtPointer) {
        observed = resolveJsonPointer(*doc, *subscription.payload.observedAtPointer);
        if (!observed) {
            out.rejections.push_back(rejection(0, series, "missing_field",
                                               "observed_at pointer '" +
                                                   *subscription.payload.observedAtPointer +
                                                   "' found nothing"));
            return out;
        }
    }
    out.points.push_back(makePoint(series, observed, receivedAt, *value, subscription.scale));
    return out;
}

} // namespace ioc::server
