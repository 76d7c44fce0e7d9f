// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventJournal.h"

#include <gtest/gtest.h>

using namespace ioc::server;

namespace {
EncodedMessage msg(std::int64_t seq)
{
    return std::make_shared<const StreamItem>(StreamItem{std::to_string(seq), seq, {}});
}
EventJournal filled(std::int64_t first, std::int64_t count, std::size_t capacity)
{
    EventJournal j(first, capacity);
    for (std::int64_t s = first; s < first + count; ++s)
        j.append(s, msg(s));
    return j;
}
} // namespace

TEST(EventJournal, ReplaysExactlyWhatWasMissed)
{
    auto j = filled(1, 10, 100);
    auto missed = j.since(7);
    ASSERT_TRUE(missed);
    ASSERT_EQ(missed->size(), 3u);
    EXPECT_EQ((*missed)[0]->text, "8");
    EXPECT_EQ((*missed)[2]->text, "10");
    EXPECT_TRUE(j.since(10)->empty());
    EXPECT_EQ(j.since(0)->size(), 10u);
}

TEST(EventJournal, ExplicitResyncWhenNoLongerHeld)
{
    auto j = filled(1, 10, 4); // holds 7..10
    EXPECT_FALSE(j.since(5));
    EXPECT_TRUE(j.since(6));
    EXPECT_EQ(j.since(6)->size(), 4u);
}

TEST(EventJournal, FutureSeqMeansResync)
{
    auto j = filled(1, 3, 10);
    EXPECT_FALSE(j.since(4));
}

TEST(EventJournal, SeqFromBeforeARestartMeansResync)
{
    // After a restart the journal starts far beyond anything the old process issued.
    EventJournal j(1'000'000'100, 10);
    EXPECT_FALSE(j.since(57));
    EXPECT_TRUE(j.since(1'000'000'099)); // the snapshot's seq right after start
    j.append(1'000'000'100, msg(1));
    EXPECT_EQ(j.since(1'000'000'099)->size(), 1u);
}
