// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCatalog.h"

#include "connectors/ConnectorConfig.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>

using namespace ioc::server;
using ioc::server::test::registryWith;
using ioc::server::test::testCatalog;

namespace {

const std::map<std::string, std::string> kEnv{{"LGSP_TOKEN", "Bearer abc"},
                                              {"MQTT_PASS", "s3cret"}};

std::optional<std::string> fakeEnv(const std::string& name)
{
    auto it = kEnv.find(name);
    return it == kEnv.end() ? std::nullopt : std::optional<std::string>(it->second);
}

ioc::protocol::Result<ConnectorConfig> parse(const std::string& connectors)
{
    static const auto catalog = testCatalog();
    return parseConnectorConfig(registryWith(connectors), catalog, fakeEnv);
}

const char *kPoller = R"({"id": "poll.water", "source": "dept.water",
    "url": "http://127.0.0.1:9000/levels", "interval_s": 30,
    "mappings": [{"series": "water.cam.level", "value": "/cam/level_m"}]})";

std::string withPoller(const std::string& poller)
{
    return R"({"pollers": [)" + poller + "]}";
}

// A valid poller with one field replaced or added.
std::string pollerWith(const std::string& field)
{
    return withPoller(R"({"id": "poll.water", "source": "dept.water",
        "url": "http://127.0.0.1:9000/levels", "interval_s": 30,
        "mappings": [{"series": "water.cam.level", "value": "/cam/level_m"}], )" +
                      field + "}");
}

std::string mqttWith(const std::string& fields,
                     const std::string& subscription =
                         R"({"topic": "hp/air/+/pm25", "series": "air.pm25", "source": "iot.air"})")
{
    return R"({"mqtt": {"host": "127.0.0.1", "client_id": "iocd", )" + fields +
           (fields.empty() ? "" : ", ") + R"("subscriptions": [)" + subscription + "]}}";
}

} // namespace

TEST(ConnectorConfig, AbsentSectionMeansNoConnectors)
{
    auto c = parse("");
    ASSERT_TRUE(c) << c.error().message;
    EXPECT_TRUE(c->empty());
    auto n = parse("null");
    ASSERT_TRUE(n);
    EXPECT_TRUE(n->empty());
}

TEST(ConnectorConfig, MinimalPollerGetsDefaults)
{
    auto c = parse(withPoller(kPoller));
    ASSERT_TRUE(c) << c.error().message;
    ASSERT_EQ(c->pollers.size(), 1u);
    const auto& p = c->pollers[0];
    EXPECT_EQ(p.id, "poll.water");
    EXPECT_EQ(p.source, "dept.water");
    EXPECT_EQ(p.endpoint.host, "127.0.0.1");
    EXPECT_EQ(p.endpoint.port, "9000");
    EXPECT_EQ(p.endpoint.target, "/levels");
    EXPECT_EQ(p.interval.count(), 30);
    EXPECT_EQ(p.timeout.count(), 10);
    EXPECT_EQ(p.connectTimeout.count(), 10);
    EXPECT_EQ(p.maxBodyBytes, 4u * 1024 * 1024);
    EXPECT_EQ(p.backoff.initial.count(), 1000);
    EXPECT_EQ(p.backoff.max.count(), 300000);
    EXPECT_FALSE(p.recordsPointer);
    ASSERT_EQ(p.mappings.size(), 1u);
    EXPECT_EQ(p.mappings[0].valuePointer, "/cam/level_m");
    EXPECT_FALSE(p.mappings[0].observedAtPointer); // "now"
    EXPECT_EQ(p.mappings[0].scale, 1);
    EXPECT_FALSE(c->mqtt);
}

TEST(ConnectorConfig, FullPollerWithRecordsHeadersAndSecretsFromEnvironment)
{
    auto c = parse(withPoller(R"({"id": "poll.water", "source": "dept.water",
        "url": "https://lgsp.example/api/levels?tinh=31", "interval_s": 300, "timeout_s": 20,
        "connect_timeout_s": 5, "max_body_bytes": 65536, "backoff_initial_s": 0.5, "backoff_max_s": 60,
        "headers": {"Accept-Language": "vi"}, "headers_env": {"Authorization": "LGSP_TOKEN"},
        "records": "/data/items", "key": "/ma_tram",
        "mappings": [{"series": "water.cam.level", "record": "CAM", "value": "/muc_nuoc_cm",
                      "observed_at": "/thoi_gian", "scale": 0.01},
                     {"series": "water.lach_tray.level", "record": "LT", "value": "/muc_nuoc_cm",
                      "observed_at": "now"}]})"));
    ASSERT_TRUE(c) << c.error().message;
    const auto& p = c->pollers[0];
    EXPECT_TRUE(p.endpoint.tls);
    EXPECT_EQ(p.endpoint.port, "443");
    EXPECT_EQ(p.timeout.count(), 20);
    EXPECT_EQ(p.connectTimeout.count(), 5);
    EXPECT_EQ(p.maxBodyBytes, 65536u);
    EXPECT_EQ(p.backoff.initial.count(), 500);
    EXPECT_EQ(p.backoff.max.count(), 60000);
    ASSERT_EQ(p.headers.size(), 2u);
    EXPECT_EQ(p.headers[0], (std::pair<std::string, std::string>{"Accept-Language", "vi"}));
    EXPECT_EQ(p.headers[1], (std::pair<std::string, std::string>{"Authorization", "Bearer abc"}));
    EXPECT_EQ(p.recordsPointer, "/data/items");
    EXPECT_EQ(p.keyPointer, "/ma_tram");
    ASSERT_EQ(p.mappings.size(), 2u);
    EXPECT_EQ(p.mappings[0].record, "CAM");
    EXPECT_EQ(p.mappings[0].observedAtPointer, "/thoi_gian");
    EXPECT_DOUBLE_EQ(p.mappings[0].scale, 0.01);
    EXPECT_FALSE(p.mappings[1].observedAtPointer);
}

TEST(ConnectorConfig, MqttWithBothPayloadKinds)
{
    auto c = parse(R"({"mqtt": {"host": "broker.local", "port": 8883, "client_id": "iocd-1",
        "username": "iocd", "password_env": "MQTT_PASS", "keepalive_s": 20,
        "backoff_initial_s": 2, "backoff_max_s": 120,
        "subscriptions": [
          {"topic": "hp/air/+/pm25", "series_from_topic": "air.{3}.pm25", "source": "iot.air", "qos": 0},
          {"topic": "hp/air/main", "series": "air.pm25", "source": "iot.air", "scale": 0.1,
           "payload": {"value": "/pm25", "observed_at": "/ts"}}]}})");
    ASSERT_TRUE(c) << c.error().message;
    ASSERT_TRUE(c->mqtt);
    const auto& m = *c->mqtt;
    EXPECT_EQ(m.host, "broker.local");
    EXPECT_EQ(m.port, 8883);
    EXPECT_EQ(m.clientId, "iocd-1");
    EXPECT_EQ(m.password, "s3cret");
    EXPECT_EQ(m.keepalive.count(), 20);
    EXPECT_EQ(m.backoff.initial.count(), 2000);
    ASSERT_EQ(m.subscriptions.size(), 2u);
    EXPECT_TRUE(m.subscriptions[0].payload.number);
    EXPECT_EQ(m.subscriptions[0].seriesPattern, "air.{3}.pm25");
    EXPECT_EQ(m.subscriptions[0].qos, 0);
    EXPECT_FALSE(m.subscriptions[1].payload.number);
    EXPECT_EQ(m.subscriptions[1].payload.valuePointer, "/pm25");
    EXPECT_EQ(m.subscriptions[1].payload.observedAtPointer, "/ts");
    EXPECT_EQ(m.subscriptions[1].qos, 1);
    EXPECT_DOUBLE_EQ(m.subscriptions[1].scale, 0.1);
}

TEST(ConnectorConfig, MqttDefaults)
{
    auto c = parse(mqttWith(""));
    ASSERT_TRUE(c) << c.error().message;
    EXPECT_EQ(c->mqtt->port, 1883);
    EXPECT_EQ(c->mqtt->keepalive.count(), 30);
    EXPECT_FALSE(c->mqtt->password);
    EXPECT_TRUE(c->mqtt->subscriptions[0].payload.number);
}

struct BadCase
{
    const char *name;
    std::string connectors;
    std::string expected; // part of the error message
};

class ConnectorConfigBad : public ::testing::TestWithParam<BadCase>
{};

TEST_P(ConnectorConfigBad, IsRefusedNamingTheEntry)
{
    const auto& c = GetParam();
    auto r = parse(c.connectors);
    ASSERT_FALSE(r) << c.name;
    EXPECT_EQ(r.error().code, "bad_connector") << r.error().message;
    EXPECT_NE(r.error().message.find(c.expected), std::string::npos)
        << c.name << ": got \"" << r.error().message << "\", expected it to contain \""
        << c.expected << "\"";
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ConnectorConfigBad,
    ::testing::Values(
        BadCase{"section not object", "[1]", "connectors must be a JSON object"},
        BadCase{"unknown section key", R"({"poller": []})", "connectors: unknown field 'poller'"},
        BadCase{"pollers not array", R"({"pollers": {}})", "'pollers' must be an array"},
        BadCase{"poller not object", R"({"pollers": [3]})",
                "connectors.pollers[0] must be a JSON object"},
        BadCase{"poller without id", withPoller(R"({"source": "dept.water"})"),
                "connectors.pollers[0]: 'id' is required"},
        BadCase{"unknown poller field", pollerWith(R"("interval": 5)"),
                "connectors.pollers[0] (poll.water): unknown field 'interval'"},
        BadCase{
            "unknown source",
            withPoller(
                R"({"id": "p", "source": "dept.nope", "url": "http://h/", "interval_s": 5, "mappings": []})"),
            "connectors.pollers[0] (p): 'source' must name a defined source ('dept.nope' is not)"},
        BadCase{
            "bad url",
            withPoller(
                R"({"id": "p", "source": "dept.water", "url": "ftp://h/", "interval_s": 5, "mappings": []})"),
            "(p): 'url' 'ftp://h/': must start with http:// or https://"},
        BadCase{"no interval",
                withPoller(
                    R"({"id": "p", "source": "dept.water", "url": "http://h/", "mappings": []})"),
                "(p): 'interval_s' is required"},
        BadCase{
            "zero interval",
            withPoller(
                R"({"id": "p", "source": "dept.water", "url": "http://h/", "interval_s": 0, "mappings": []})"),
            "'interval_s' must be an integer from 1 to 604800"},
        BadCase{
            "fractional interval",
            withPoller(
                R"({"id": "p", "source": "dept.water", "url": "http://h/", "interval_s": 1.5, "mappings": []})"),
            "'interval_s' must be an integer"},
        BadCase{"string timeout", pollerWith(R"("timeout_s": "5")"),
                "'timeout_s' must be an integer"},
        BadCase{"connect timeout above total",
                pollerWith(R"("timeout_s": 5, "connect_timeout_s": 6)"),
                "'connect_timeout_s' must be an integer from 1 to 'timeout_s'"},
        BadCase{"body limit too large", pollerWith(R"("max_body_bytes": 1000000000)"),
                "'max_body_bytes' must be an integer from 1 to 67108864"},
        BadCase{"backoff max below initial",
                pollerWith(R"("backoff_initial_s": 10, "backoff_max_s": 5)"),
                "'backoff_max_s' must be at least 'backoff_initial_s'"},
        BadCase{"headers not object", pollerWith(R"("headers": ["a"])"),
                "'headers' must be an object of strings"},
        BadCase{"bad header name", pollerWith(R"("headers": {"Bad Name": "x"})"),
                "header name 'Bad Name' is not a valid HTTP token"},
        BadCase{"header injection", pollerWith(R"("headers": {"X-A": "a\r\nX-B: b"})"),
                "header 'X-A' contains control characters"},
        BadCase{"header value not string", pollerWith(R"("headers": {"X-A": 1})"),
                "'headers.X-A' must be a string"},
        BadCase{"missing env for header", pollerWith(R"("headers_env": {"Authorization": "NOPE"})"),
                "environment variable 'NOPE' named by 'headers_env.Authorization' is not set"},
        BadCase{"records without key", pollerWith(R"("records": "/items")"), "'key' is required"},
        BadCase{"bad records pointer", pollerWith(R"("records": "items", "key": "/id")"),
                "'records': a JSON pointer must be empty or start with '/'"},
        BadCase{"duplicate poller id",
                R"({"pollers": [)" + std::string(kPoller) + "," + kPoller + "]}",
                "connectors.pollers[1]: poller id 'poll.water' is used twice"},
        BadCase{"no mappings",
                withPoller(
                    R"({"id": "p", "source": "dept.water", "url": "http://h/", "interval_s": 5})"),
                "(p): 'mappings' must be an array"},
        BadCase{
            "empty mappings",
            withPoller(
                R"({"id": "p", "source": "dept.water", "url": "http://h/", "interval_s": 5, "mappings": []})"),
            "(p): 'mappings' must not be empty"},
        BadCase{
            "mapping unknown series",
            withPoller(R"({"id": "p", "source": "dept.water", "url": "http://h/", "interval_s": 5,
                    "mappings": [{"series": "nope", "value": "/v"}]})"),
            "connectors.pollers[0] (p).mappings[0]: 'series' must name a defined series ('nope' is "
            "not)"},
        BadCase{
            "mapping series of another source",
            withPoller(R"({"id": "p", "source": "dept.water", "url": "http://h/", "interval_s": 5,
                    "mappings": [{"series": "air.pm25", "value": "/v"}]})"),
            "series 'air.pm25' belongs to source 'iot.air', not 'dept.water'"},
        BadCase{
            "mapping without value",
            withPoller(R"({"id": "p", "source": "dept.water", "url": "http://h/", "interval_s": 5,
                    "mappings": [{"series": "water.cam.level"}]})"),
            ".mappings[0]: 'value' is required"},
        BadCase{
            "mapping bad pointer escape",
            withPoller(R"({"id": "p", "source": "dept.water", "url": "http://h/", "interval_s": 5,
                    "mappings": [{"series": "water.cam.level", "value": "/a~2"}]})"),
            "'~' in a JSON pointer must be followed by 0 or 1"},
        BadCase{
            "mapping bad observed_at",
            withPoller(R"({"id": "p", "source": "dept.water", "url": "http://h/", "interval_s": 5,
                    "mappings": [{"series": "water.cam.level", "value": "/v", "observed_at": "later"}]})"),
            "'observed_at' must be \"now\" or a JSON pointer"},
        BadCase{
            "mapping zero scale",
            withPoller(R"({"id": "p", "source": "dept.water", "url": "http://h/", "interval_s": 5,
                    "mappings": [{"series": "water.cam.level", "value": "/v", "scale": 0}]})"),
            "'scale' must not be 0"},
        BadCase{
            "record without records",
            withPoller(R"({"id": "p", "source": "dept.water", "url": "http://h/", "interval_s": 5,
                    "mappings": [{"series": "water.cam.level", "value": "/v", "record": "CAM"}]})"),
            "'record' needs 'records' and 'key' on the poller"},
        BadCase{
            "records mapping without record",
            withPoller(R"({"id": "p", "source": "dept.water", "url": "http://h/", "interval_s": 5,
                    "records": "/items", "key": "/id", "mappings": [{"series": "water.cam.level", "value": "/v"}]})"),
            ".mappings[0]: 'record' is required"},
        BadCase{"mqtt not object", R"({"mqtt": 1})", "connectors.mqtt must be a JSON object"},
        BadCase{"mqtt without host", R"({"mqtt": {"client_id": "x", "subscriptions": []}})",
                "connectors.mqtt: 'host' is required"},
        BadCase{"mqtt without client id", R"({"mqtt": {"host": "h", "subscriptions": []}})",
                "connectors.mqtt: 'client_id' is required"},
        BadCase{"mqtt bad port", mqttWith(R"("port": 70000)"),
                "'port' must be an integer from 1 to 65535"},
        BadCase{"mqtt short keepalive", mqttWith(R"("keepalive_s": 1)"),
                "'keepalive_s' must be an integer from 5"},
        BadCase{"mqtt unknown field", mqttWith(R"("tls": true)"),
                "connectors.mqtt: unknown field 'tls'"},
        BadCase{"mqtt password without user", mqttWith(R"("password_env": "MQTT_PASS")"),
                "'password_env' needs 'username'"},
        BadCase{"mqtt password env missing", mqttWith(R"("username": "u", "password_env": "NOPE")"),
                "environment variable 'NOPE' named by 'password_env' is not set"},
        BadCase{"mqtt empty subscriptions",
                R"({"mqtt": {"host": "h", "client_id": "x", "subscriptions": []}})",
                "'subscriptions' must not be empty"},
        BadCase{"subscription bad filter",
                mqttWith("", R"({"topic": "hp/#/x", "series": "air.pm25", "source": "iot.air"})"),
                "connectors.mqtt.subscriptions[0]: 'topic': '#' must be the last level"},
        BadCase{"subscription no series", mqttWith("", R"({"topic": "hp/x", "source": "iot.air"})"),
                "subscriptions[0]: either 'series' or 'series_from_topic' is required"},
        BadCase{
            "subscription both series",
            mqttWith(
                "",
                R"({"topic": "hp/+", "series": "air.pm25", "series_from_topic": "{2}", "source": "iot.air"})"),
            "give 'series' or 'series_from_topic', not both"},
        BadCase{
            "subscription wrong source series",
            mqttWith("", R"({"topic": "hp/x", "series": "water.cam.level", "source": "iot.air"})"),
            "series 'water.cam.level' belongs to source 'dept.water', not 'iot.air'"},
        BadCase{"subscription unknown source",
                mqttWith("", R"({"topic": "hp/x", "series": "air.pm25", "source": "iot.nope"})"),
                "subscriptions[0]: 'source' must name a defined source"},
        BadCase{
            "subscription pattern beyond filter",
            mqttWith("",
                     R"({"topic": "hp/+", "series_from_topic": "air.{3}", "source": "iot.air"})"),
            "'series_from_topic': {3} is beyond the 2 levels of the topic filter"},
        BadCase{
            "subscription bad payload kind",
            mqttWith(
                "",
                R"({"topic": "hp/x", "series": "air.pm25", "source": "iot.air", "payload": "text"})"),
            "'payload' must be \"number\" or"},
        BadCase{
            "subscription payload without value",
            mqttWith(
                "",
                R"({"topic": "hp/x", "series": "air.pm25", "source": "iot.air", "payload": {}})"),
            "subscriptions[0].payload: 'value' is required"},
        BadCase{
            "subscription bad qos",
            mqttWith("",
                     R"({"topic": "hp/x", "series": "air.pm25", "source": "iot.air", "qos": 3})"),
            "'qos' must be an integer from 0 to 2"}),
    [](const ::testing::TestParamInfo<BadCase>& info) {
        std::string n = info.param.name;
        for (auto& c : n)
            if (!std::isalnum(static_cast<unsigned char>(c)))
                c = '_';
        return n;
    });

namespace {
std::string fixture(const std::string& name)
{
    const char* dir = std::getenv("IOC_TEST_DATA");
    return std::string(dir ? dir : "tests/data") + "/connectors/" + name;
}

std::string httpsPollerWithCa(const std::string& url, const std::string& caFile)
{
    return withPoller(R"({"id": "poll.lgsp", "source": "dept.water", "url": ")" + url +
                      R"(", "interval_s": 60, "ca_file": ")" + caFile + R"(",
        "mappings": [{"series": "water.cam.level", "value": "/v"}]})");
}
} // namespace

TEST(ConnectorConfig, PrivateCaForHttps)
{
    auto c = parse(httpsPollerWithCa("https://lgsp.local/api", fixture("test-ca.pem")));
    ASSERT_TRUE(c) << c.error().message;
    EXPECT_EQ(c->pollers[0].caFile, fixture("test-ca.pem"));
    EXPECT_EQ(c->pollers[0].caPem.rfind("-----BEGIN CERTIFICATE-----", 0), 0u);
}

TEST(ConnectorConfig, PrivateCaRefusals)
{
    struct Case
    {
        std::string url, file, expected;
    };
    for (const auto& [url, file, expected] :
         {Case{"http://lgsp.local/api", fixture("test-ca.pem"), "'ca_file' needs an https url"},
          Case{"https://lgsp.local/api", fixture("missing.pem"), "'ca_file': cannot read"},
          Case{"https://lgsp.local/api", fixture("not-a-certificate.pem"),
               "'ca_file': no usable PEM certificate in"}}) {
        auto r = parse(httpsPollerWithCa(url, file));
        ASSERT_FALSE(r) << file;
        EXPECT_NE(r.error().message.find("connectors.pollers[0] (poll.lgsp): " + expected),
                  std::string::npos)
            << r.error().message;
    }
}
