// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCatalog.h"

#include "connectors/JsonPointer.h"
#include "connectors/PointMapper.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <gtest/gtest.h>

using namespace ioc::server;
namespace bj = boost::json;
using ioc::domain::TimePoint;

namespace {

const TimePoint kNow = *ioc::domain::parseRfc3339("2026-11-28T11:30:00Z");

PollerConfig poller(const std::string& connectors)
{
    static const auto catalog = test::testCatalog();
    auto c = parseConnectorConfig(test::registryWith(connectors), catalog,
                                  [](const std::string&) { return std::nullopt; });
    EXPECT_TRUE(c) << c.error().message;
    return c->pollers.at(0);
}

MqttSubscription subscription(const std::string& sub)
{
    static const auto catalog = test::testCatalog();
    auto c = parseConnectorConfig(test::registryWith(R"({"mqtt": {"host": "h", "client_id": "c",
        "subscriptions": [)" + sub + "]}}"),
                                  catalog, [](const std::string&) { return std::nullopt; });
    EXPECT_TRUE(c) << c.error().message;
    return c->mqtt->subscriptions.at(0);
}

const bj::object& point(const MappedPoints& m, std::size_t i)
{
    return m.points.at(i).as_object();
}

} // namespace

TEST(JsonPointer, ResolvesObjectsArraysAndEscapes)
{
    const auto doc = bj::parse(R"({"a": {"b/c": [10, {"~x": 7}]}, "": 1})");
    ASSERT_NE(resolveJsonPointer(doc, "/a/b~1c/0"), nullptr);
    EXPECT_EQ(resolveJsonPointer(doc, "/a/b~1c/0")->as_int64(), 10);
    EXPECT_EQ(resolveJsonPointer(doc, "/a/b~1c/1/~0x")->as_int64(), 7);
    EXPECT_EQ(resolveJsonPointer(doc, "/")->as_int64(), 1);
    EXPECT_EQ(resolveJsonPointer(doc, ""), &doc);
    EXPECT_EQ(resolveJsonPointer(doc, "/a/b~1c/2"), nullptr);
    EXPECT_EQ(resolveJsonPointer(doc, "/a/missing"), nullptr);
    EXPECT_EQ(resolveJsonPointer(doc, "/a/b~1c/x"), nullptr);
    EXPECT_EQ(resolveJsonPointer(doc, "a"), nullptr);
    EXPECT_TRUE(jsonPointerError("a"));
    EXPECT_TRUE(jsonPointerError("/a~"));
    EXPECT_FALSE(jsonPointerError(""));
    EXPECT_FALSE(jsonPointerError("/a~0~1/0"));
}

TEST(PointMapper, PicksValuesAndTimesWithPointersAndScales)
{
    const auto p = poller(R"({"pollers": [{"id": "p", "source": "dept.water", "url": "http://h/",
        "interval_s": 60, "mappings": [
          {"series": "water.cam.level", "value": "/tram/0/muc_nuoc_cm", "observed_at": "/tram/0/luc", "scale": 0.01},
          {"series": "water.lach_tray.level", "value": "/tram/1/muc_nuoc_cm"}]}]})");
    const auto doc = bj::parse(R"({"tram": [
        {"muc_nuoc_cm": 245, "luc": "2026-11-28T11:25:00+07:00"},
        {"muc_nuoc_cm": "180.5"}]})");
    auto m = mapPollResponse(doc, p, kNow);
    ASSERT_TRUE(m);
    EXPECT_TRUE(m->rejections.empty());
    ASSERT_EQ(m->points.size(), 2u);
    EXPECT_EQ(point(*m, 0).at("series").as_string(), "water.cam.level");
    EXPECT_DOUBLE_EQ(point(*m, 0).at("value").as_double(), 2.45);
    EXPECT_EQ(point(*m, 0).at("observed_at").as_string(), "2026-11-28T11:25:00+07:00");
    EXPECT_DOUBLE_EQ(point(*m, 1).at("value").as_double(), 180.5); // numeric text becomes a number
    EXPECT_EQ(point(*m, 1).at("observed_at").as_string(), "2026-11-28T11:30:00Z"); // "now"
}

TEST(PointMapper, MissingPointersAreRejectionsNamingThePointer)
{
    const auto p = poller(R"({"pollers": [{"id": "p", "source": "dept.water", "url": "http://h/",
        "interval_s": 60, "mappings": [
          {"series": "water.cam.level", "value": "/cam"},
          {"series": "water.lach_tray.level", "value": "/lt", "observed_at": "/t"}]}]})");
    auto m = mapPollResponse(bj::parse(R"({"lt": 3})"), p, kNow);
    ASSERT_TRUE(m);
    EXPECT_TRUE(m->points.empty());
    ASSERT_EQ(m->rejections.size(), 2u);
    EXPECT_EQ(m->rejections[0].index, 0u);
    EXPECT_EQ(m->rejections[0].series, "water.cam.level");
    EXPECT_EQ(m->rejections[0].reason, "missing_field");
    EXPECT_EQ(m->rejections[0].message, "value pointer '/cam' found nothing");
    EXPECT_EQ(m->rejections[1].index, 1u);
    EXPECT_EQ(m->rejections[1].message, "observed_at pointer '/t' found nothing");
}

TEST(PointMapper, NonNumbersPassThroughForIngestToJudge)
{
    const auto p = poller(R"({"pollers": [{"id": "p", "source": "dept.water", "url": "http://h/",
        "interval_s": 60, "mappings": [{"series": "water.cam.level", "value": "/v", "scale": 2}]}]})");
    for (const char *body :
         {R"({"v": "n/a"})", R"({"v": null})", R"({"v": [1]})", R"({"v": "inf"})"}) {
        auto m = mapPollResponse(bj::parse(body), p, kNow);
        ASSERT_TRUE(m);
        ASSERT_EQ(m->points.size(), 1u) << body;
        EXPECT_FALSE(point(*m, 0).at("value").is_number()) << body;
    }
}

TEST(PointMapper, RecordsAreFoundByKey)
{
    const auto p = poller(R"({"pollers": [{"id": "p", "source": "dept.water", "url": "http://h/",
        "interval_s": 60, "records": "/data/items", "key": "/station/code", "mappings": [
          {"series": "water.cam.level", "record": "CAM", "value": "/level", "observed_at": "/at"},
          {"series": "water.lach_tray.level", "record": "17", "value": "/level"}]}]})");
    const auto doc = bj::parse(R"({"data": {"items": [
        {"station": {"code": 17}, "level": 1.5},
        {"station": {"code": "CAM"}, "level": 2.25, "at": "2026-11-28T11:00:00Z"},
        {"station": {"code": "CAM"}, "level": 99},
        {"no_station": true}]}})");
    auto m = mapPollResponse(doc, p, kNow);
    ASSERT_TRUE(m);
    ASSERT_EQ(m->points.size(), 2u);
    EXPECT_DOUBLE_EQ(point(*m, 0).at("value").as_double(), 2.25); // the first CAM record wins
    EXPECT_EQ(point(*m, 0).at("observed_at").as_string(), "2026-11-28T11:00:00Z");
    EXPECT_DOUBLE_EQ(point(*m, 1).at("value").as_double(), 1.5); // integer key matched as text

    auto missing = mapPollResponse(bj::parse(R"({"data": {"items": []}})"), p, kNow);
    ASSERT_TRUE(missing);
    ASSERT_EQ(missing->rejections.size(), 2u);
    EXPECT_EQ(missing->rejections[0].reason, "missing_record");
    EXPECT_EQ(missing->rejections[0].message, "no record with key 'CAM'");

    auto notArray = mapPollResponse(bj::parse(R"({"data": {"items": {}}})"), p, kNow);
    ASSERT_FALSE(notArray);
    EXPECT_EQ(notArray.error().code, "bad_upstream_json");
}

TEST(PointMapper, MqttNumberPayload)
{
    const auto s = subscription(
        R"({"topic": "hp/air/+/pm25", "series_from_topic": "air.{3}.pm25", "source": "iot.air", "scale": 10})");
    auto m = mapMqttMessage(s, "hp/air/s1/pm25", " 4.25\n", kNow);
    ASSERT_EQ(m.points.size(), 1u);
    EXPECT_EQ(point(m, 0).at("series").as_string(), "air.s1.pm25");
    EXPECT_DOUBLE_EQ(point(m, 0).at("value").as_double(), 42.5);
    EXPECT_EQ(point(m, 0).at("observed_at").as_string(), "2026-11-28T11:30:00Z");

    for (const char *bad : {"", "abc", "12abc", "nan", "inf", "1e999", "{\"v\":1}"}) {
        auto r = mapMqttMessage(s, "hp/air/s1/pm25", bad, kNow);
        EXPECT_TRUE(r.points.empty()) << bad;
        ASSERT_EQ(r.rejections.size(), 1u) << bad;
        EXPECT_EQ(r.rejections[0].reason, "bad_payload") << bad;
        EXPECT_EQ(r.rejections[0].series, "air.s1.pm25");
    }
}

TEST(PointMapper, MqttJsonPayload)
{
    const auto s =
        subscription(R"({"topic": "hp/air/main", "series": "air.pm25", "source": "iot.air",
        "payload": {"value": "/pm25", "observed_at": "/ts"}})");
    auto m =
        mapMqttMessage(s, "hp/air/main", R"({"pm25": 31, "ts": "2026-11-28T11:29:00Z"})", kNow);
    ASSERT_EQ(m.points.size(), 1u);
    EXPECT_EQ(point(m, 0).at("value").as_double(), 31);
    EXPECT_EQ(point(m, 0).at("observed_at").as_string(), "2026-11-28T11:29:00Z");

    auto notJson = mapMqttMessage(s, "hp/air/main", "{pm25: 31", kNow);
    ASSERT_EQ(notJson.rejections.size(), 1u);
    EXPECT_EQ(notJson.rejections[0].reason, "bad_payload");
    auto noValue = mapMqttMessage(s, "hp/air/main", R"({"ts": "2026-11-28T11:29:00Z"})", kNow);
    ASSERT_EQ(noValue.rejections.size(), 1u);
    EXPECT_EQ(noValue.rejections[0].reason, "missing_field");
    auto noTime = mapMqttMessage(s, "hp/air/main", R"({"pm25": 1})", kNow);
    ASSERT_EQ(noTime.rejections.size(), 1u);
    EXPECT_EQ(noTime.rejections[0].message, "observed_at pointer '/ts' found nothing");
}

TEST(PointMapper, MqttTopicThatCannotNameASeries)
{
    const auto s = subscription(
        R"({"topic": "hp/#", "series_from_topic": "air.{3}.pm25", "source": "iot.air"})");
    auto m = mapMqttMessage(s, "hp/air", "1", kNow);
    EXPECT_TRUE(m.points.empty());
    ASSERT_EQ(m.rejections.size(), 1u);
    EXPECT_EQ(m.rejections[0].reason, "unknown_series");
}

TEST(PointMapper, NumberText)
{
    EXPECT_EQ(parseNumberText("12"), 12.0);
    EXPECT_EQ(parseNumberText(" -3.5e2 "), -350.0);
    EXPECT_EQ(parseNumberText("+7"), 7.0);
    EXPECT_FALSE(parseNumberText("1,5"));
    EXPECT_FALSE(parseNumberText("0x10"));
    EXPECT_FALSE(parseNumberText(" "));
    EXPECT_FALSE(parseNumberText("NaN"));
}
