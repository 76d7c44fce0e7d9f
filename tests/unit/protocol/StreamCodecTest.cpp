// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/protocol/Stream.h"

#include <gtest/gtest.h>

using namespace ioc;
using namespace ioc::protocol;

TEST(StreamCodec, SeriesDeltaRoundTrips)
{
    SeriesValue v{"air.aqi", 87.0, domain::TimePoint{std::chrono::seconds{1'800'000'000}}, {},
                  domain::Freshness::Late};
    auto m = decodeStreamMessage(encodeStreamMessage({12, SeriesDelta{v}}));
    ASSERT_TRUE(m) << m.error().message;
    EXPECT_EQ(m->seq, 12);
    auto* d = std::get_if<SeriesDelta>(&m->body);
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
    auto m = decodeStreamMessage(R"({"seq":5,"type":"handover","handover":{}})");
    ASSERT_TRUE(m);
    EXPECT_EQ(std::get<UnknownMessage>(m->body).type, "handover");
}

TEST(StreamCodec, RejectsBadInput)
{
    for (const char* bad : {"", "null", "[1]", R"({"type":"series"})", R"({"seq":1})",
                            R"({"seq":1,"type":"series"})",
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
    SeriesBatch batch{40, {SeriesValue{"a", 1.0, {}, {}, domain::Freshness::Fresh},
                           SeriesValue{"b", 2.0, {}, {}, domain::Freshness::Stale}}};
    auto m = decodeStreamMessage(encodeStreamMessage({57, batch}));
    ASSERT_TRUE(m) << m.error().message;
    EXPECT_EQ(m->seq, 57);
    const auto& b = std::get<SeriesBatch>(m->body);
    EXPECT_EQ(b.fromSeq, 40);
    ASSERT_EQ(b.series.size(), 2u);
    EXPECT_EQ(b.series[1].status, domain::Freshness::Stale);
    EXPECT_FALSE(decodeStreamMessage(R"({"seq":5,"type":"series_batch","from_seq":9,"series":[]})"));
    EXPECT_FALSE(decodeStreamMessage(R"({"seq":5,"type":"series_batch","series":[]})"));
}

TEST(StreamCodec, IncidentUpdateRoundTrips)
{
    boost::json::object summary{{"id", 12}, {"ref", "HP-2026-000012"}, {"status", "closed"}};
    const auto text = encodeStreamMessage({77, IncidentUpdate{"transition", summary}});
    auto m = decodeStreamMessage(text);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->seq, 77);
    ASSERT_TRUE(std::holds_alternative<IncidentUpdate>(m->body));
    const auto& u = std::get<IncidentUpdate>(m->body);
    EXPECT_EQ(u.change, "transition");
    EXPECT_EQ(u.incident.at("ref").as_string(), "HP-2026-000012");
    EXPECT_FALSE(decodeStreamMessage(R"({"seq":1,"type":"incident","incident":3})"));
}
