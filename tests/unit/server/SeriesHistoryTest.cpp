// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesHistory.h"

#include <gtest/gtest.h>

using namespace ioc;
using namespace ioc::server;
using namespace std::chrono;

namespace {
const domain::TimePoint kT0 = sys_days{2026y / November / 28};
}

TEST(SeriesHistory, MemoryStaysBoundedWhateverTheRate)
{
    SeriesHistory h({100, 60s, 10});
    for (int i = 0; i < 100000; ++i)
        h.add("s", kT0 + milliseconds(i * 100), i);
    EXPECT_EQ(h.rawSize("s"), 100u);
    EXPECT_EQ(h.bucketSize("s"), 10u);
}

TEST(SeriesHistory, OlderThanRawComesFromBucketAverages)
{
    SeriesHistory h({5, 60s, 100});
    // Minute 0: values 0..9 (avg 4.5); minute 1: 10 points, only the last 5 stay raw.
    for (int i = 0; i < 10; ++i)
        h.add("s", kT0 + seconds(i * 6), i);
    for (int i = 0; i < 10; ++i)
        h.add("s", kT0 + 60s + seconds(i * 6), 100 + i);
    const auto pts = h.points("s", kT0, kT0 + 2min);
    ASSERT_EQ(pts.size(), 6u);
    EXPECT_EQ(pts[0].t, kT0 + 30s); // middle of minute 0
    EXPECT_DOUBLE_EQ(pts[0].v, 4.5);
    EXPECT_DOUBLE_EQ(pts[1].v, 105);
    EXPECT_DOUBLE_EQ(pts[5].v, 109);
}

TEST(SeriesHistory, LatePointsKeepOrder)
{
    SeriesHistory h;
    h.add("s", kT0 + 10s, 1);
    h.add("s", kT0 + 30s, 3);
    h.add("s", kT0 + 20s, 2);
    const auto pts = h.points("s", kT0, kT0 + 1min);
    ASSERT_EQ(pts.size(), 3u);
    EXPECT_DOUBLE_EQ(pts[1].v, 2);
}

TEST(SeriesHistory, AggregatesIntoSteps)
{
    SeriesHistory h;
    for (int i = 0; i < 60; ++i)
        h.add("s", kT0 + seconds(i), i);
    const auto bins = h.aggregate("s", kT0, kT0 + 1min, 20s);
    ASSERT_EQ(bins.size(), 3u);
    EXPECT_DOUBLE_EQ(bins[0].min, 0);
    EXPECT_DOUBLE_EQ(bins[0].max, 19);
    EXPECT_DOUBLE_EQ(bins[0].avg(), 9.5);
    EXPECT_EQ(bins[2].count, 20u);
}

TEST(SeriesHistory, UnknownSeriesAndEmptyRangesAreEmpty)
{
    SeriesHistory h;
    h.add("s", kT0, 1);
    EXPECT_TRUE(h.points("x", kT0, kT0 + 1h).empty());
    EXPECT_TRUE(h.points("s", kT0 + 1s, kT0 + 1h).empty());
    EXPECT_TRUE(h.points("s", kT0 + 1h, kT0).empty());
}
