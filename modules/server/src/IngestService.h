// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LiveData.h"
#include "SeriesCatalog.h"
#include "SourceQuality.h"

#include "ioc/protocol/Result.h"

#include <boost/json/array.hpp>

#include <functional>
#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ioc::server {

struct IngestLimits
{
    std::size_t maxPointsPerBatch = 10000;
    // Clocks drift; a sensor a little ahead is fine, a year ahead is a bug upstream.
    domain::Seconds maxFutureSkew{300};
};

struct PointVerdict
{
    std::size_t index = 0;
    std::string series;
    std::string reason; // empty when accepted
    std::string message;
};

struct IngestOutcome
{
    std::string source;
    std::size_t accepted = 0;
    std::size_t rejected = 0;
    std::vector<PointVerdict> points;
};

// The one way data enters the store: push (POST /ingest), pollers, MQTT and the simulator all
// come through here, so validation and quality accounting are the same for everyone.
class IngestService
{
public:
    IngestService(LiveData& live, const SeriesCatalog& catalog, SourceQuality& quality,
                  const domain::Clock& clock, IngestLimits limits = {});

    // Parses and validates a push body; whole-batch problems are an Error, point problems are
    // per-point verdicts. The source must already be authorised by the caller.
    protocol::Result<IngestOutcome> ingestJson(std::string_view body,
                                               const std::function<bool(std::string_view)>& mayIngest);

    // Points a connector (poller, MQTT) assembled for its configured source, each an object
    // {series, observed_at, value} validated exactly like a pushed point. Points the producer
    // already found unusable (say, a JSON pointer that matched nothing) come as verdicts with a
    // reason and are counted alongside.
    protocol::Result<IngestOutcome> ingestPoints(const std::string& source,
                                                 const boost::json::array& points,
                                                 std::vector<PointVerdict> producerRejections = {});

    // A delivery refused before any point could be read from it (malformed upstream JSON, an
    // undecodable payload): counted against the source with its reason, like a rejected point.
    void recordRejection(const std::string& source, const std::string& reason,
                         const std::string& message);

    // Points from a trusted in-process producer, grouped by their series' source.
    void ingestTrusted(const std::vector<IncomingPoint>& points);

    const std::string* sourceOf(std::string_view series) const;

    // Called after every commit with the accepted points (the alert rules judge them). Set once,
    // before any ingest starts.
    void setCommitObserver(std::function<void(std::span<const IncomingPoint>)> observer)
    {
        m_observer = std::move(observer);
    }

private:
    protocol::Result<IngestOutcome> validateAndCommit(const std::string& source,
                                                      const boost::json::array& points,
                                                      std::vector<PointVerdict> producerRejections);
    void commit(const std::string& source, const std::vector<IncomingPoint>& points,
                IngestOutcome& outcome);

    LiveData& m_live;
    SourceQuality& m_quality;
    const domain::Clock& m_clock;
    IngestLimits m_limits;
    std::map<std::string, std::string, std::less<>> m_sourceBySeries;
    std::set<std::string, std::less<>> m_sources;
    std::function<void(std::span<const IncomingPoint>)> m_observer;
};

std::string encodeIngestOutcome(const IngestOutcome& outcome);

} // namespace ioc::server
