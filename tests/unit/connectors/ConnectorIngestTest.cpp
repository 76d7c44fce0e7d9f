// SPDX-License-Identifier: GPL-3.0-or-later
// Connector points go through the same validation as pushed points, and their rejections are
// counted per source with their reason.
#include "TestCatalog.h"

#include "IngestService.h"
#include "LiveData.h"
#include "SourceQuality.h"
#include "connectors/PointMapper.h"

#include <boost/json/parse.hpp>

#include <gtest/gtest.h>

using namespace ioc::server;
namespace bj = boost::json;
using ioc::domain::ManualClock;

namespace {

class ConnectorIngest : public ::testing::Test
{
protected:
    ConnectorIngest()
        : clock(*ioc::domain::parseRfc3339("2026-11-28T11:30:00Z"))
        , catalog(test::testCatalog())
        , live(infos(), clock)
        , quality(catalog, clock)
        , ingest(live, catalog, quality, clock)
    {}

    std::vector<ioc::protocol::SeriesInfo> infos() const
    {
        std::vector<ioc::protocol::SeriesInfo> out;
        for (const auto& s : catalog.series)
            out.push_back(s.info);
        return out;
    }

    const SourceQualityReport& report(const std::string& source)
    {
        m_reports = quality.reports();
        for (const auto& r : m_reports)
            if (r.id == source)
                return r;
        throw std::runtime_error("no source " + source);
    }

    std::optional<double> valueOf(const std::string& series)
    {
        for (const auto& s : live.snapshot().series)
            if (s.info.id == series)
                return s.current.value;
        return std::nullopt;
    }

    ManualClock clock;
    SeriesCatalog catalog;
    LiveData live;
    SourceQuality quality;
    IngestService ingest;
    std::vector<SourceQualityReport> m_reports;
};

} // namespace

TEST_F(ConnectorIngest, MappedPointsAreValidatedLikePushedOnes)
{
    const auto points = bj::parse(R"([
        {"series": "water.cam.level", "observed_at": "2026-11-28T11:29:00Z", "value": 2.5},
        {"series": "air.pm25", "observed_at": "2026-11-28T11:29:00Z", "value": 1},
        {"series": "water.lach_tray.level", "observed_at": "2026-11-28T13:00:00Z", "value": 1},
        {"series": "water.lach_tray.level", "observed_at": "yesterday", "value": 1},
        {"series": "water.lach_tray.level", "observed_at": "2026-11-28T11:29:00Z", "value": "high"},
        {"series": "nope", "observed_at": "2026-11-28T11:29:00Z", "value": 1}])")
                            .as_array();
    std::vector<PointVerdict> producer{
        {0, "water.cam.level", "missing_field", "value pointer '/x' found nothing"}};
    auto outcome = ingest.ingestPoints("dept.water", points, producer);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->accepted, 1u);
    EXPECT_EQ(outcome->rejected, 6u);
    const std::vector<std::string> reasons{
        "",          "wrong_source",   "future_time",  "bad_time",
        "bad_value", "unknown_series", "missing_field"};
    ASSERT_EQ(outcome->points.size(), reasons.size());
    for (std::size_t i = 0; i < reasons.size(); ++i)
        EXPECT_EQ(outcome->points[i].reason, reasons[i]) << i;
    EXPECT_EQ(valueOf("water.cam.level"), 2.5);

    const auto& r = report("dept.water");
    EXPECT_EQ(r.accepted, 1);
    EXPECT_EQ(r.rejected, 6);
    EXPECT_EQ(r.rejectedByReason.at("missing_field"), 1);
    EXPECT_EQ(r.rejectedByReason.at("future_time"), 1);
    EXPECT_EQ(r.lastRejection, "missing_field: value pointer '/x' found nothing");
}

TEST_F(ConnectorIngest, UnknownSourceIsAnError)
{
    auto outcome = ingest.ingestPoints("dept.nope", bj::array{});
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().code, "unknown_source");
}

TEST_F(ConnectorIngest, WholeDeliveryRejectionsAreCounted)
{
    ingest.recordRejection("iot.air", "bad_payload", "payload is not valid JSON");
    ingest.recordRejection("iot.air", "bad_payload", "payload is not a number: 'x'");
    const auto& r = report("iot.air");
    EXPECT_EQ(r.rejected, 2);
    EXPECT_EQ(r.rejectedByReason.at("bad_payload"), 2);
    EXPECT_EQ(r.lastRejection, "bad_payload: payload is not a number: 'x'");
    EXPECT_EQ(r.accepted, 0);
    EXPECT_FALSE(r.lastReceivedAt);
}

TEST_F(ConnectorIngest, MqttMessageEndToEndThroughTheMapper)
{
    auto config =
        parseConnectorConfig(test::registryWith(R"({"mqtt": {"host": "h", "client_id": "c",
        "subscriptions": [{"topic": "hp/air/+/pm25", "series_from_topic": "air.{3}.pm25", "source": "iot.air"}]}})"),
                             catalog, [](const std::string&) { return std::nullopt; });
    ASSERT_TRUE(config) << config.error().message;
    const auto& sub = config->mqtt->subscriptions[0];
    auto good = mapMqttMessage(sub, "hp/air/s1/pm25", "17.5", clock.now());
    auto outcome = ingest.ingestPoints(sub.source, good.points, good.rejections);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->accepted, 1u);
    EXPECT_EQ(valueOf("air.s1.pm25"), 17.5);

    auto unknown = mapMqttMessage(sub, "hp/air/s9/pm25", "1", clock.now());
    outcome = ingest.ingestPoints(sub.source, unknown.points, unknown.rejections);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->points.at(0).reason, "unknown_series");

    auto bad = mapMqttMessage(sub, "hp/air/s1/pm25", "abc", clock.now());
    outcome = ingest.ingestPoints(sub.source, bad.points, bad.rejections);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->points.at(0).reason, "bad_payload");
    EXPECT_EQ(report("iot.air").rejectedByReason.at("bad_payload"), 1);
    EXPECT_EQ(report("iot.air").rejectedByReason.at("unknown_series"), 1);
    EXPECT_EQ(valueOf("air.s1.pm25"), 17.5);
}

TEST_F(ConnectorIngest, ConnectorStatusIsKeptPerSourceAndConnector)
{
    ConnectorStatus a;
    a.id = "poll.water";
    a.kind = "poller";
    a.state = ConnectorStatus::State::Failing;
    a.lastError = "HTTP 500";
    a.consecutiveFailures = 2;
    quality.setConnectorStatus("dept.water", a);
    a.consecutiveFailures = 3;
    quality.setConnectorStatus("dept.water", a); // replaces, does not add
    ConnectorStatus b;
    b.id = "mqtt";
    b.kind = "mqtt";
    quality.setConnectorStatus("dept.water", b);
    quality.setConnectorStatus("dept.nope", b); // ignored
    const auto& r = report("dept.water");
    ASSERT_EQ(r.connectors.size(), 2u);
    EXPECT_EQ(r.connectors[0].consecutiveFailures, 3);
    EXPECT_EQ(r.connectors[0].lastError, "HTTP 500");
    EXPECT_EQ(toString(r.connectors[0].state), "failing");
    EXPECT_EQ(toString(r.connectors[1].state), "pending");
    EXPECT_TRUE(report("iot.air").connectors.empty());
}
