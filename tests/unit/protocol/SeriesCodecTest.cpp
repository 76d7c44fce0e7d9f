// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/protocol/Series.h"

#include <gtest/gtest.h>

using namespace ioc;
using namespace ioc::protocol;
using namespace std::chrono;

namespace {
SeriesState sampleState()
{
    SeriesState s;
    s.info = {"traffic.lach_tray.speed", {"Tốc độ nút Lạch Tray", "Speed, Lach Tray"},
              "security_traffic", "km/h", "sensor.traffic", 20.8518, 106.6887, "11359", 10};
    s.current.id = s.info.id;
    s.current.value = 31.5;
    s.current.observedAt = sys_days{2026y / November / 28} + 10h;
    s.current.nextDueAt = *s.current.observedAt + 10s;
    s.current.status = domain::Freshness::Fresh;
    return s;
}
} // namespace

TEST(SnapshotCodec, RoundTripsEveryField)
{
    SeriesState empty;
    empty.info = {"city.cpi", {"CPI", "CPI"}, "socio_economic", "%", "dept.stats", {}, {}, "", 86400};
    empty.current.id = "city.cpi";
    const auto body = encodeSnapshot({42, {sampleState(), empty}});
    auto decoded = decodeSnapshot(body);
    ASSERT_TRUE(decoded) << decoded.error().message;
    ASSERT_EQ(decoded->seq, 42);
    ASSERT_EQ(decoded->series.size(), 2u);
    const auto& a = decoded->series[0];
    EXPECT_EQ(a.info.label.vi, "Tốc độ nút Lạch Tray");
    EXPECT_EQ(a.info.unitCode, "11359");
    EXPECT_DOUBLE_EQ(*a.info.lat, 20.8518);
    EXPECT_EQ(a.info.expectedIntervalS, 10);
    EXPECT_DOUBLE_EQ(*a.current.value, 31.5);
    EXPECT_EQ(a.current.observedAt, sampleState().current.observedAt);
    EXPECT_EQ(a.current.status, domain::Freshness::Fresh);
    const auto& b = decoded->series[1];
    EXPECT_FALSE(b.current.value);
    EXPECT_FALSE(b.info.lat);
    EXPECT_EQ(b.info.unitCode, "");
    EXPECT_EQ(b.current.status, domain::Freshness::NoData);
}

TEST(SnapshotCodec, UsesTheDocumentedFieldNames)
{
    const auto body = encodeSnapshot({7, {sampleState()}});
    for (const char* key : {"\"seq\":7", "\"series\":[", "\"id\":", "\"label\":{\"vi\":", "\"domain\":",
                            "\"unit\":", "\"value\":", "\"observed_at\":\"2026-11-28T10:00:00Z\"",
                            "\"source\":", "\"status\":\"fresh\"", "\"next_due_at\":"})
        EXPECT_NE(body.find(key), std::string::npos) << key;
}

TEST(SnapshotCodec, RejectsWrongShapes)
{
    EXPECT_EQ(decodeSnapshot("{").error().code, "malformed_json");
    EXPECT_EQ(decodeSnapshot("[]").error().code, "bad_type");
    EXPECT_FALSE(decodeSnapshot(R"({"seq":"1","series":[]})"));
    EXPECT_FALSE(decodeSnapshot(R"({"seq":1,"series":{}})"));
    EXPECT_FALSE(decodeSnapshot(R"({"seq":1,"series":[{"id":"x"}]})"));
    EXPECT_FALSE(decodeSnapshot(
        R"({"seq":1,"series":[{"id":"x","status":"weird","label":{"vi":"x"},"domain":"d"}]})"));
}

TEST(DomainsCodec, RoundTrips)
{
    const std::vector<Domain> in{{"health", {"Y tế", "Health"}, "14.3.đ", 5}};
    auto out = decodeDomains(encodeDomains(in));
    ASSERT_TRUE(out);
    ASSERT_EQ(out->size(), 1u);
    EXPECT_EQ((*out)[0].label.vi, "Y tế");
    EXPECT_EQ((*out)[0].article, "14.3.đ");
    EXPECT_EQ((*out)[0].order, 5);
}
