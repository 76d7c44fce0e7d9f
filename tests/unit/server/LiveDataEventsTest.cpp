// SPDX-License-Identifier: GPL-3.0-or-later
// Incident messages share the series' numbered stream: consecutive seqs, held for resume.
#include "LiveData.h"

#include "ioc/protocol/Stream.h"

#include <gtest/gtest.h>

using namespace ioc;
using namespace ioc::server;

namespace {
struct Texts : StreamSubscriber
{
    std::vector<std::pair<std::int64_t, std::string>> got;
    void deliver(EncodedBatch messages) override
    {
        for (const auto& m : messages->messages)
            got.emplace_back(m->seq, m->text);
    }
};

std::string incidentMessage(std::int64_t seq, const char *ref)
{
    return protocol::encodeStreamMessage(
        {seq, protocol::RecordUpdate{"incident", "created", boost::json::object{{"ref", ref}}}});
}
} // namespace

TEST(LiveDataEvents, IncidentMessagesTakeTheNextSeqsAndAreHeldForResume)
{
    protocol::SeriesInfo a;
    a.id = "a";
    a.expectedIntervalS = 10;
    domain::ManualClock clock(domain::TimePoint{std::chrono::seconds{1'800'000'000}});
    LiveData live({a}, clock);
    live.applyPoints(std::vector<IncomingPoint>{{"a", 1, clock.now()}});
    auto live1 = std::make_shared<Texts>();
    live.subscribe(live1, std::nullopt);
    EXPECT_EQ(
        live.publishEvent([](std::int64_t seq) { return incidentMessage(seq, "HP-2026-000001"); }),
        2);
    EXPECT_EQ(
        live.publishEvent([](std::int64_t seq) { return incidentMessage(seq, "HP-2026-000002"); }),
        3);
    EXPECT_EQ(live.lastSeq(), 3);
    ASSERT_EQ(live1->got.size(), 2u);
    auto decoded = protocol::decodeStreamMessage(live1->got[1].second);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded->seq, 3);
    EXPECT_EQ(std::get<protocol::RecordUpdate>(decoded->body).record.at("ref"),
              "HP-2026-000002");

    auto resumed = std::make_shared<Texts>();
    live.subscribe(resumed, 1); // missed both incident messages
    ASSERT_EQ(resumed->got.size(), 2u);
    EXPECT_EQ(resumed->got[0].first, 2);
}
