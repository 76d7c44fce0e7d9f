// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/protocol/Stream.h"

#include <boost/json/serialize.hpp>
#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <string>
#include <vector>

using namespace ioc;
using namespace ioc::protocol;

TEST(StreamCodec, SeriesDeltaRoundTrips)
{
    SeriesValue v{"air.aqi",
                  87.0,
                  domain::TimePoint{std::chrono::seconds{1'800'000'000}},
                  {},
                  domain::Freshness::Late};
    auto m = decodeStreamMessage(encodeStreamMessage({12, SeriesDelta{v}}));
    ASSERT_TRUE(m) << m.error().message;
    EXPECT_EQ(m->seq, 12);
    auto *d = std::get_if<SeriesDelta>(&m->body);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->series.id, "air.aqi");
    EXPECT_DOUBLE_EQ(*d->series.value, 87.0);
    EXPECT_EQ(d->series.status, domain::Freshness::Late);
    EXPECT_FALSE(d->series.nextDueAt);
}

TEST(StreamCodec, ResyncCarriesReason)
{
    auto m = decodeStreamMessage(encodeStreamMessage({99, Resync{"too_slow"}}));
    ASSERT_TRUE(m);
    EXPECT_EQ(std::get<Resync>(m->body).reason, "too_slow");
}

TEST(StreamCodec, UnknownTypesAreSkippableNotErrors)
{
    auto m = decodeStreamMessage(R"({"seq":5,"type":"heartbeat","at":"2026-11-28T10:00:00Z"})");
    ASSERT_TRUE(m);
    EXPECT_EQ(std::get<UnknownMessage>(m->body).type, "heartbeat");
}

TEST(StreamCodec, RejectsBadInput)
{
    for (const char *bad :
         {"", "null", "[1]", R"({"type":"series"})", R"({"seq":1})", R"({"seq":1,"type":"series"})",
          R"({"seq":1,"type":"series","series":{"id":"x","status":"fresh","value":"1"}})",
          R"({"seq":-0.5,"type":"resync"})"})
        EXPECT_FALSE(decodeStreamMessage(bad)) << bad;
}

TEST(StreamCodec, RejectsNonFiniteAndDeepNesting)
{
    EXPECT_FALSE(decodeStreamMessage(
        R"({"seq":1,"type":"series","series":{"id":"x","status":"fresh","value":1e999}})"));
    std::string deep(100, '[');
    EXPECT_FALSE(decodeStreamMessage(deep + std::string(100, ']')));
}

TEST(StreamCodec, SeriesBatchRoundTripsAndIsChecked)
{
    SeriesBatch batch{40,
                      {SeriesValue{"a", 1.0, {}, {}, domain::Freshness::Fresh},
                       SeriesValue{"b", 2.0, {}, {}, domain::Freshness::Stale}}};
    auto m = decodeStreamMessage(encodeStreamMessage({57, batch}));
    ASSERT_TRUE(m) << m.error().message;
    EXPECT_EQ(m->seq, 57);
    const auto& b = std::get<SeriesBatch>(m->body);
    EXPECT_EQ(b.fromSeq, 40);
    ASSERT_EQ(b.series.size(), 2u);
    EXPECT_EQ(b.series[1].status, domain::Freshness::Stale);
    EXPECT_FALSE(
        decodeStreamMessage(R"({"seq":5,"type":"series_batch","from_seq":9,"series":[]})"));
    EXPECT_FALSE(decodeStreamMessage(R"({"seq":5,"type":"series_batch","series":[]})"));
}

namespace {
SeriesValue sample(std::string id, std::optional<double> value, std::int64_t ms)
{
    const domain::TimePoint t{std::chrono::milliseconds{ms}};
    return SeriesValue{std::move(id), value, t, t + std::chrono::seconds{60},
                       domain::Freshness::Fresh};
}

void expectSameValue(const SeriesValue& got, const SeriesValue& want)
{
    EXPECT_EQ(got.id, want.id);
    EXPECT_EQ(got.value.has_value(), want.value.has_value());
    if (got.value && want.value) {
        // Boost.JSON's default number parser may be off by an ulp; the text itself is exact
        // (NumbersRoundTripExactly reads it back with from_chars).
        EXPECT_DOUBLE_EQ(*got.value, *want.value) << want.id;
    }
    EXPECT_EQ(got.observedAt, want.observedAt);
    EXPECT_EQ(got.nextDueAt, want.nextDueAt);
    EXPECT_EQ(got.status, want.status);
}
} // namespace

TEST(StreamCodec, IdsOfAnyUtf8AndControlCharactersAreEscaped)
{
    std::string allControls;
    for (int c = 1; c < 0x20; ++c)
        allControls += char(c);
    for (const std::string& id :
         {std::string("a\"b\\c/d"), std::string("Hải Phòng – trạm số 1 🌧"), allControls,
          std::string("tab\there\nnew\rline\bback\fform"), std::string("nul\0byte", 8),
          std::string(",\"type\":\"series\",\"series\":"), std::string()}) {
        const SeriesValue v = sample(id, 1.5, 1'800'000'000'123);
        const auto text = encodeStreamMessage({7, SeriesDelta{v}});
        auto m = decodeStreamMessage(text);
        ASSERT_TRUE(m) << m.error().message << " in " << text;
        expectSameValue(std::get<SeriesDelta>(m->body).series, v);
        EXPECT_EQ(text.find('\n'), std::string::npos);
    }
    auto r = decodeStreamMessage(encodeStreamMessage({8, Resync{"quote \" and \\ and \x01"}}));
    ASSERT_TRUE(r);
    EXPECT_EQ(std::get<Resync>(r->body).reason, "quote \" and \\ and \x01");
}

TEST(StreamCodec, NumbersRoundTripExactly)
{
    for (const double d : {0.0, -0.0, 1.0, -1.0, 0.1, 87.0, 1e21, 1e-7, 123456789.123456789,
                           -2.2250738585072014e-308, 1.7976931348623157e308, 4.9e-324,
                           9007199254740993.0, 1e100, 1e20, 1.8e19, -9.3e18}) {
        const SeriesValue v = sample("x", d, 0);
        const auto text = encodeStreamMessage({1, SeriesDelta{v}});
        auto m = decodeStreamMessage(text);
        ASSERT_TRUE(m) << d;
        expectSameValue(std::get<SeriesDelta>(m->body).series, v);
        // The shortest text that reads back as exactly the same double.
        const auto at = text.find("\"value\":") + 8;
        double back = 0;
        ASSERT_EQ(std::from_chars(text.data() + at, text.data() + text.size(), back).ec,
                  std::errc{});
        EXPECT_EQ(back, d) << text;
    }
    SeriesValue none{"x", std::nullopt, std::nullopt, std::nullopt, domain::Freshness::NoData};
    auto m = decodeStreamMessage(encodeStreamMessage({2, SeriesDelta{none}}));
    ASSERT_TRUE(m);
    expectSameValue(std::get<SeriesDelta>(m->body).series, none);
    // Never NaN or infinity on the wire (the store rejects them; the encoder still guards).
    const auto text = encodeStreamMessage({3, SeriesDelta{sample("x", INFINITY, 0)}});
    EXPECT_NE(text.find("\"value\":null"), std::string::npos) << text;
}

TEST(StreamCodec, EncodesTheSameFieldsAsTheSnapshotObject)
{
    // The stream and the snapshot describe a value with the same object: same keys, same order.
    const SeriesValue v = sample("air.aqi", 87.0, 1'800'000'000'005);
    const auto text = encodeStreamMessage({12, SeriesDelta{v}});
    EXPECT_EQ(text, "{\"seq\":12,\"type\":\"series\",\"series\":{\"id\":\"air.aqi\",\"value\":87,"
                    "\"observed_at\":\"2027-01-15T08:00:00.005Z\",\"next_due_at\":"
                    "\"2027-01-15T08:01:00.005Z\",\"status\":\"fresh\"}}");
}

TEST(StreamCodec, BatchesAreJoinedFromEncodedDeltas)
{
    std::vector<SeriesValue> values;
    std::vector<std::string> deltas;
    for (int i = 0; i < 5; ++i) {
        values.push_back(sample(i % 2 ? "b \"quoted\"" : "a", i * 1.25, 1'800'000'000'000 + i));
        deltas.push_back(encodeStreamMessage({100 + i, SeriesDelta{values.back()}}));
    }
    std::vector<std::string_view> objects;
    for (const auto& d : deltas) {
        objects.push_back(seriesObjectOf(d));
        ASSERT_FALSE(objects.back().empty()) << d;
    }
    auto m = decodeStreamMessage(encodeSeriesBatch(100, 104, objects));
    ASSERT_TRUE(m) << m.error().message;
    EXPECT_EQ(m->seq, 104);
    const auto& b = std::get<SeriesBatch>(m->body);
    EXPECT_EQ(b.fromSeq, 100);
    ASSERT_EQ(b.series.size(), values.size()); // every value, a series more than once
    for (std::size_t i = 0; i < values.size(); ++i)
        expectSameValue(b.series[i], values[i]);
    // The same text as encoding the batch from values.
    EXPECT_EQ(encodeSeriesBatch(100, 104, objects),
              encodeStreamMessage({104, SeriesBatch{100, values}}));
    EXPECT_TRUE(seriesObjectOf(encodeStreamMessage({5, Resync{"x"}})).empty());
    EXPECT_TRUE(seriesObjectOf("").empty());
}

TEST(StreamCodec, RecordUpdateRoundTrips)
{
    boost::json::object summary{{"id", 12}, {"ref", "HP-2026-000012"}, {"status", "closed"}};
    const auto text = encodeStreamMessage({77, RecordUpdate{"incident", "transition", summary}});
    EXPECT_EQ(text, R"({"seq":77,"type":"incident","change":"transition","incident":)" +
                        boost::json::serialize(summary) + "}");
    auto m = decodeStreamMessage(text);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->seq, 77);
    ASSERT_TRUE(std::holds_alternative<RecordUpdate>(m->body));
    const auto& u = std::get<RecordUpdate>(m->body);
    EXPECT_EQ(u.type, "incident");
    EXPECT_EQ(u.change, "transition");
    EXPECT_EQ(u.record.at("ref").as_string(), "HP-2026-000012");

    // Any kind of record travels the same way.
    auto alert =
        decodeStreamMessage(R"({"seq":9,"type":"alert","change":"raised","alert":{"id":3}})");
    ASSERT_TRUE(alert);
    const auto& a = std::get<RecordUpdate>(alert->body);
    EXPECT_EQ(a.type, "alert");
    EXPECT_EQ(a.change, "raised");
    EXPECT_EQ(a.record.at("id").as_int64(), 3);

    EXPECT_FALSE(decodeStreamMessage(R"({"seq":1,"type":"incident","incident":3})"));
    EXPECT_FALSE(decodeStreamMessage(R"({"seq":1,"type":"incident"})"));
    EXPECT_FALSE(decodeStreamMessage(R"({"seq":1,"type":"alert","alert":[1]})"));
    // A type without its record stays unknown; so does a type named like a reserved key.
    auto bare = decodeStreamMessage(R"({"seq":2,"type":"heartbeat"})");
    ASSERT_TRUE(bare);
    EXPECT_TRUE(std::holds_alternative<UnknownMessage>(bare->body));
    auto reserved = decodeStreamMessage(R"({"seq":3,"type":"change","change":"x"})");
    ASSERT_TRUE(reserved);
    EXPECT_TRUE(std::holds_alternative<UnknownMessage>(reserved->body));
}
