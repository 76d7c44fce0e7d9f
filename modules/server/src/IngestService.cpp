// SPDX-License-Identifier: GPL-3.0-or-later
#include "IngestService.h"

#include "ioc/protocol/Json.h"

#include <boost/json/serialize.hpp>

#include <cmath>

namespace ioc::server {

namespace bj = boost::json;
namespace json = protocol::json;
using protocol::Error;

IngestService::IngestService(LiveData& live, const SeriesCatalog& catalog, SourceQuality& quality,
                             const domain::Clock& clock, IngestLimits limits)
    : m_live(live)
    , m_quality(quality)
    , m_clock(clock)
    , m_limits(limits)
{
    for (const auto& s : catalog.series)
        m_sourceBySeries.emplace(s.info.id, s.info.source);
    for (const auto& s : catalog.sources)
        m_sources.insert(s.id);
}

const std::string* IngestService::sourceOf(std::string_view series) const
{
    auto it = m_sourceBySeries.find(series);
    return it == m_sourceBySeries.end() ? nullptr : &it->second;
}

protocol::Result<IngestOutcome>
IngestService::ingestJson(std::string_view body, const std::function<bool(std::string_view)>& mayIngest)
{
    auto doc = json::parse(body);
    if (!doc)
        return doc.error();
    auto root = json::requireObject(*doc, "ingest body");
    if (!root)
        return root.error();
    auto source = json::requireString(**root, "source");
    if (!source)
        return source.error();
    if (!m_sources.contains(*source))
        return Error{"unknown_source", "no source '" + *source + "' is configured"};
    if (!mayIngest(*source))
        return Error{"forbidden_source", "this API key may not push data for '" + *source + "'"};
    auto points = json::requireArray(**root, "points");
    if (!points)
        return points.error();
    return validateAndCommit(*source, **points, {});
}

protocol::Result<IngestOutcome> IngestService::ingestPoints(const std::string& source,
                                                            const bj::array& points,
                                                            std::vector<PointVerdict> producerRejections)
{
    if (!m_sources.contains(source))
        return Error{"unknown_source", "no source '" + source + "' is configured"};
    return validateAndCommit(source, points, std::move(producerRejections));
}

void IngestService::recordRejection(const std::string& source, const std::string& reason,
                                    const std::string& message)
{
    m_quality.recordBatch(source, 0, {{reason, 1}}, reason + ": " + message);
}

protocol::Result<IngestOutcome>
IngestService::validateAndCommit(const std::string& source, const bj::array& points,
                                 std::vector<PointVerdict> producerRejections)
{
    if (points.size() > m_limits.maxPointsPerBatch)
        return Error{"too_many_points", "at most " + std::to_string(m_limits.maxPointsPerBatch) +
                                            " points per batch"};

    const auto latestAllowed = m_clock.now() + m_limits.maxFutureSkew;
    IngestOutcome outcome;
    outcome.source = source;
    outcome.points.reserve(points.size() + producerRejections.size());
    std::vector<IncomingPoint> good;
    good.reserve(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        PointVerdict v;
        v.index = i;
        auto reject = [&](std::string reason, std::string message) {
            v.reason = std::move(reason);
            v.message = std::move(message);
        };
        const auto& item = points[i];
        if (!item.is_object()) {
            reject("bad_point", "a point must be an object {series, observed_at, value}");
        } else {
            const auto& o = item.get_object();
            auto series = json::requireString(o, "series");
            auto observed = json::requireTime(o, "observed_at");
            auto valueIt = o.find("value");
            if (series)
                v.series = *series;
            if (!series) {
                reject("bad_series", series.error().message);
            } else if (const auto* owner = sourceOf(*series); !owner) {
                reject("unknown_series", "no series '" + *series + "' is configured");
            } else if (*owner != source) {
                reject("wrong_source", "series '" + *series + "' belongs to source '" + *owner + "'");
            } else if (!observed) {
                reject("bad_time", observed.error().message);
            } else if (*observed > latestAllowed) {
                reject("future_time", "observed_at is more than " +
                                          std::to_string(m_limits.maxFutureSkew.count()) +
                                          " s in the future");
            } else if (valueIt == o.end() || !valueIt->value().is_number()) {
                reject("bad_value", "field 'value' must be a number");
            } else if (const double d = valueIt->value().to_number<double>(); !std::isfinite(d)) {
                reject("bad_value", "field 'value' must be finite");
            } else {
                good.push_back({*series, d, *observed});
            }
        }
        outcome.points.push_back(std::move(v));
    }
    for (auto& v : producerRejections)
        outcome.points.push_back(std::move(v));
    commit(source, good, outcome);
    return outcome;
}

void IngestService::commit(const std::string& source, const std::vector<IncomingPoint>& points,
                           IngestOutcome& outcome)
{
    m_live.applyPoints(points);
    if (m_observer && !points.empty())
        m_observer(points);
    std::map<std::string, std::int64_t> byReason;
    std::string last;
    for (const auto& v : outcome.points) {
        if (!v.reason.empty()) {
            ++byReason[v.reason];
            last = v.reason + ": " + v.message;
        }
    }
    outcome.accepted = points.size();
    outcome.rejected = outcome.points.size() - points.size();
    m_quality.recordBatch(source, static_cast<std::int64_t>(outcome.accepted), byReason, last);
}

void IngestService::ingestTrusted(const std::vector<IncomingPoint>& points)
{
    std::map<std::string, std::vector<IncomingPoint>> bySource;
    for (const auto& p : points)
        if (const auto* s = sourceOf(p.seriesId))
            bySource[*s].push_back(p);
    for (const auto& [source, batch] : bySource) {
        IngestOutcome outcome;
        commit(source, batch, outcome);
    }
}

std::string encodeIngestOutcome(const IngestOutcome& outcome)
{
    bj::array points;
    points.reserve(outcome.points.size());
    for (const auto& v : outcome.points) {
        bj::object p{{"index", v.index}, {"series", v.series}};
        if (v.reason.empty()) {
            p["status"] = "accepted";
        } else {
            p["status"] = "rejected";
            p["reason"] = v.reason;
            p["message"] = v.message;
        }
        points.push_back(std::move(p));
    }
    return bj::serialize(bj::object{{"source", outcome.source},
                                    {"accepted", outcome.accepted},
                                    {"rejected", outcome.rejected},
                                    {"points", std::move(points)}});
}

} // namespace ioc::server
