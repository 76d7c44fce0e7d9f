// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveData.h"

#include "ioc/protocol/Stream.h"

#include <gtest/gtest.h>

#include <thread>

using namespace ioc;
using namespace ioc::server;
using namespace std::chrono;

namespace {
struct Recorder : StreamSubscriber
{
    std::vector<protocol::StreamMessage> got;
    std::vector<std::string> joined;
    std::size_t batches = 0;
    void deliver(EncodedBatch messages) override
    {
        ++batches;
        joined.push_back(messages->joined);
        for (const auto& m : messages->messages) {
            auto decoded = protocol::decodeStreamMessage(m->text);
            ASSERT_TRUE(decoded);
            EXPECT_EQ(decoded->seq, m->seq);
            got.push_back(*decoded);
        }
    }
};

std::vector<protocol::SeriesInfo> twoSeries()
{
    protocol::SeriesInfo a, b;
    a.id = "a";
    a.expectedIntervalS = 10;
    b.id = "b";
    b.expectedIntervalS = 60;
    return {a, b};
}

const domain::TimePoint kStart = sys_days{2026y / November / 28} + 3h;
} // namespace

TEST(LiveData, SnapshotAndStreamAgreeOnSeq)
{
    domain::ManualClock clock(kStart);
    LiveData live(twoSeries(), clock);
    live.applyPoints(std::vector<IncomingPoint>{{"a", 1, kStart}, {"b", 2, kStart}});
    auto snap = live.snapshot();
    EXPECT_EQ(snap.seq, 2);
    auto rec = std::make_shared<Recorder>();
    live.subscribe(rec, snap.seq);
    live.applyPoints(std::vector<IncomingPoint>{{"a", 3, kStart + 1s}});
    ASSERT_EQ(rec->got.size(), 1u);
    EXPECT_EQ(rec->got[0].seq, 3);
    EXPECT_DOUBLE_EQ(*std::get<protocol::SeriesDelta>(rec->got[0].body).series.value, 3);
}

TEST(LiveData, SeveralValuesArriveAlsoAsOneSharedFrame)
{
    domain::ManualClock clock(kStart);
    LiveData live(twoSeries(), clock);
    auto rec = std::make_shared<Recorder>();
    live.subscribe(rec, std::nullopt);
    live.applyPoints(std::vector<IncomingPoint>{{"a", 1, kStart}, {"b", 2, kStart}});
    live.applyPoints(std::vector<IncomingPoint>{{"a", 3, kStart + 1s}});
    ASSERT_EQ(rec->joined.size(), 2u);
    // The frame every client keeping up is sent: the same values, the same seqs.
    auto frame = protocol::decodeStreamMessage(rec->joined[0]);
    ASSERT_TRUE(frame);
    EXPECT_EQ(frame->seq, 2);
    const auto& batch = std::get<protocol::SeriesBatch>(frame->body);
    EXPECT_EQ(batch.fromSeq, 1);
    ASSERT_EQ(batch.series.size(), 2u);
    EXPECT_EQ(batch.series[0].id, "a");
    EXPECT_DOUBLE_EQ(*batch.series[1].value, 2);
    // One value needs no joining: it goes as its own message.
    EXPECT_TRUE(rec->joined[1].empty());
}

TEST(LiveData, ResumeDeliversBacklogThenLiveInOrder)
{
    domain::ManualClock clock(kStart);
    LiveData live(twoSeries(), clock);
    for (int i = 0; i < 5; ++i)
        live.applyPoints(std::vector<IncomingPoint>{{"a", double(i), kStart + seconds(i)}});
    auto rec = std::make_shared<Recorder>();
    live.subscribe(rec, 2);
    live.applyPoints(std::vector<IncomingPoint>{{"b", 9, kStart}});
    ASSERT_EQ(rec->got.size(), 4u);
    for (std::size_t i = 0; i < rec->got.size(); ++i)
        EXPECT_EQ(rec->got[i].seq, std::int64_t(i) + 3);
}

TEST(LiveData, TooOldSinceGetsResync)
{
    domain::ManualClock clock(kStart);
    LiveDataOptions opts;
    opts.journalCapacity = 2;
    LiveData live(twoSeries(), clock, opts);
    for (int i = 0; i < 5; ++i)
        live.applyPoints(std::vector<IncomingPoint>{{"a", double(i), kStart + seconds(i)}});
    auto rec = std::make_shared<Recorder>();
    live.subscribe(rec, 1);
    ASSERT_EQ(rec->got.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<protocol::Resync>(rec->got[0].body));
}

TEST(LiveData, IgnoresUnknownSeriesAndOlderPoints)
{
    domain::ManualClock clock(kStart);
    LiveData live(twoSeries(), clock);
    EXPECT_EQ(live.applyPoints(std::vector<IncomingPoint>{{"zzz", 1, kStart}}), 0u);
    EXPECT_EQ(live.applyPoints(std::vector<IncomingPoint>{{"a", 1, kStart}}), 1u);
    EXPECT_EQ(live.applyPoints(std::vector<IncomingPoint>{{"a", 2, kStart - 1s}}), 0u);
    EXPECT_DOUBLE_EQ(*live.snapshot().series[0].current.value, 1);
}

TEST(LiveData, SilentSourceTurnsStaleAndIsPublished)
{
    domain::ManualClock clock(kStart);
    LiveData live(twoSeries(), clock);
    live.applyPoints(std::vector<IncomingPoint>{{"a", 1, kStart}});
    auto rec = std::make_shared<Recorder>();
    live.subscribe(rec, std::nullopt);
    clock.advance(10s);
    live.refreshFreshness();
    EXPECT_TRUE(rec->got.empty());
    clock.advance(10s); // 20 s > 1.5 × 10 s + 2 s
    live.refreshFreshness();
    ASSERT_EQ(rec->got.size(), 1u);
    EXPECT_EQ(std::get<protocol::SeriesDelta>(rec->got[0].body).series.status,
              domain::Freshness::Late);
    clock.advance(20s);
    live.refreshFreshness();
    ASSERT_EQ(rec->got.size(), 2u);
    EXPECT_EQ(live.snapshot().series[0].current.status, domain::Freshness::Stale);
}

TEST(LiveData, DroppedSubscribersAreForgotten)
{
    domain::ManualClock clock(kStart);
    LiveData live(twoSeries(), clock);
    auto rec = std::make_shared<Recorder>();
    live.subscribe(rec, std::nullopt);
    EXPECT_EQ(live.subscriberCount(), 1u);
    rec.reset();
    live.applyPoints(std::vector<IncomingPoint>{{"a", 1, kStart}});
    EXPECT_EQ(live.subscriberCount(), 0u);
}

TEST(LiveData, DirtySetFeedsPersistenceOnce)
{
    domain::ManualClock clock(kStart);
    LiveData live(twoSeries(), clock);
    live.applyPoints(std::vector<IncomingPoint>{{"b", 5, kStart}});
    auto dirty = live.takeDirty();
    ASSERT_EQ(dirty.size(), 1u);
    EXPECT_EQ(dirty[0].id, "b");
    EXPECT_TRUE(live.takeDirty().empty());
}

TEST(LiveData, PersistenceQueueIsBoundedAndKeepsTheNewest)
{
    domain::ManualClock clock(kStart);
    LiveDataOptions opts;
    opts.maxPendingPoints = 10;
    LiveData live(twoSeries(), clock, opts);
    for (int i = 0; i < 25; ++i)
        live.applyPoints(std::vector<IncomingPoint>{{"a", double(i), kStart + seconds(i)}});
    const auto pending = live.takePendingPoints();
    ASSERT_LE(pending.size(), 10u);
    EXPECT_DOUBLE_EQ(pending.back().v, 24);
    EXPECT_EQ(live.droppedPendingPoints() + pending.size(), 25u);
    EXPECT_TRUE(live.takePendingPoints().empty());
}

TEST(LiveData, EachPublishReachesASubscriberAsOneBatch)
{
    domain::ManualClock clock(kStart);
    LiveData live(twoSeries(), clock);
    auto rec = std::make_shared<Recorder>();
    live.subscribe(rec, std::nullopt);
    live.applyPoints(std::vector<IncomingPoint>{
        {"a", 1, kStart}, {"b", 2, kStart}, {"a", 3, kStart + 1s}, {"nope", 4, kStart}});
    EXPECT_EQ(rec->batches, 1u);
    ASSERT_EQ(rec->got.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_EQ(rec->got[i].seq, std::int64_t(i + 1));
}

namespace {
void expectConsecutive(const Recorder& rec, std::int64_t first, std::int64_t last)
{
    ASSERT_EQ(rec.got.size(), std::size_t(last - first + 1));
    for (std::size_t i = 0; i < rec.got.size(); ++i)
        ASSERT_EQ(rec.got[i].seq, first + std::int64_t(i));
}
} // namespace

TEST(LiveData, ConcurrentPublishersCommitInSeqOrderAndSnapshotsResumeWithoutHoles)
{
    // Encoding happens outside the lock, so two ingesting threads race to commit: subscribers
    // must still see every seq once, in order, and a snapshot's seq must resume exactly.
    domain::ManualClock clock(kStart);
    LiveData live(twoSeries(), clock);
    auto fromStart = std::make_shared<Recorder>();
    live.subscribe(fromStart, 0);
    constexpr int perThread = 3000;
    auto feed = [&](std::string series) {
        for (int i = 0; i < perThread; ++i)
            live.applyPoints(std::vector<IncomingPoint>{
                {series, double(i), kStart + milliseconds(2 * i)},
                {series, double(i) + 0.5, kStart + milliseconds(2 * i + 1)}});
    };
    std::thread a(feed, "a"), b(feed, "b");
    std::vector<std::pair<std::int64_t, std::shared_ptr<Recorder>>> late;
    for (int i = 0; i < 20; ++i) {
        const auto snap = live.snapshot();
        auto rec = std::make_shared<Recorder>();
        live.subscribe(rec, snap.seq);
        late.emplace_back(snap.seq, rec);
    }
    a.join();
    b.join();
    const std::int64_t last = live.lastSeq();
    EXPECT_EQ(last, 4 * perThread);
    expectConsecutive(*fromStart, 1, last);
    for (const auto& [since, rec] : late)
        expectConsecutive(*rec, since + 1, last);
}

TEST(LiveData, AskedToFlushWhenManyPointsWaitThenAgainAfterTaking)
{
    domain::ManualClock clock(kStart);
    LiveDataOptions opts;
    opts.flushPendingAbove = 5;
    LiveData live(twoSeries(), clock, opts);
    int asked = 0;
    live.setPendingFullHandler([&] { ++asked; });
    for (int i = 0; i < 12; ++i)
        live.applyPoints(std::vector<IncomingPoint>{{"a", double(i), kStart + seconds(i)}});
    EXPECT_EQ(asked, 1); // once per crossing, not once per point
    EXPECT_EQ(live.takePendingPoints().size(), 12u);
    for (int i = 0; i < 5; ++i)
        live.applyPoints(std::vector<IncomingPoint>{{"b", double(i), kStart + seconds(i)}});
    EXPECT_EQ(asked, 2);
    EXPECT_EQ(live.droppedPendingPoints(), 0u);
}
