// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/WallPlaylist.h"

#include <gtest/gtest.h>

using namespace ioc::domain;
using namespace std::chrono;

namespace {

const TimePoint kStart = sys_days{2026y / November / 28} + 8h;

Playlist dayAndNight()
{
    Playlist p;
    p.pages = {{"overview", 60s}, {"traffic", 30s}, {"night", 120s}};
    p.schedule = {{6 * 60, 22 * 60, {"overview", "traffic"}}, {22 * 60, 6 * 60, {"night"}}};
    return p;
}

} // namespace

TEST(WallPlaylist, ParsesMinuteOfDay)
{
    EXPECT_EQ(parseMinuteOfDay("00:00"), 0);
    EXPECT_EQ(parseMinuteOfDay("06:30"), 390);
    EXPECT_EQ(parseMinuteOfDay("23:59"), 1439);
    EXPECT_EQ(parseMinuteOfDay("24:00"), 1440);
    for (const char *bad : {"", "6:30", "06-30", "24:01", "25:00", "12:60", "ab:cd", "06:300"})
        EXPECT_FALSE(parseMinuteOfDay(bad).has_value()) << bad;
}

TEST(WallPlaylist, SlotsWrapPastMidnight)
{
    const ScheduleSlot night{22 * 60, 6 * 60, {}};
    EXPECT_TRUE(slotCovers(night, 23 * 60));
    EXPECT_TRUE(slotCovers(night, 0));
    EXPECT_TRUE(slotCovers(night, 5 * 60 + 59));
    EXPECT_FALSE(slotCovers(night, 6 * 60));
    EXPECT_FALSE(slotCovers(night, 12 * 60));
    const ScheduleSlot wholeDay{0, 24 * 60, {}};
    EXPECT_TRUE(slotCovers(wholeDay, 0));
    EXPECT_TRUE(slotCovers(wholeDay, 1439));
}

TEST(WallPlaylist, ScheduleChoosesDayOrNightPages)
{
    const Playlist p = dayAndNight();
    EXPECT_EQ(pagesInPlay(p, 8 * 60), (std::vector<std::size_t>{0, 1}));
    EXPECT_EQ(pagesInPlay(p, 23 * 60), (std::vector<std::size_t>{2}));
    EXPECT_EQ(pagesInPlay(p, 3 * 60), (std::vector<std::size_t>{2}));
}

TEST(WallPlaylist, HoleInScheduleShowsEveryPage)
{
    Playlist p = dayAndNight();
    p.schedule.pop_back(); // nothing planned for the night
    EXPECT_EQ(pagesInPlay(p, 23 * 60), (std::vector<std::size_t>{0, 1, 2}));
    p.schedule.clear();
    EXPECT_EQ(pagesInPlay(p, 8 * 60), (std::vector<std::size_t>{0, 1, 2}));
}

TEST(WallPlaylist, EachPageStaysForItsOwnDwell)
{
    const Playlist p = dayAndNight();
    RotationState s{0, kStart};
    s = advanceRotation(p, s, kStart + 59s, 8 * 60);
    EXPECT_EQ(s.page, 0u);
    s = advanceRotation(p, s, kStart + 60s, 8 * 60);
    EXPECT_EQ(s.page, 1u);
    EXPECT_EQ(s.since, kStart + 60s);
    s = advanceRotation(p, s, kStart + 89s, 8 * 60);
    EXPECT_EQ(s.page, 1u);
    s = advanceRotation(p, s, kStart + 90s, 8 * 60);
    EXPECT_EQ(s.page, 0u) << "wraps back to the first page in play, skipping the night page";
}

TEST(WallPlaylist, ScheduleChangeSwitchesAtOnce)
{
    const Playlist p = dayAndNight();
    RotationState s{1, kStart};
    s = advanceRotation(p, s, kStart + 5s, 22 * 60);
    EXPECT_EQ(s.page, 2u);
    EXPECT_EQ(s.since, kStart + 5s);
    // A single page in play stays however long it has been shown.
    s = advanceRotation(p, s, kStart + 10h, 23 * 60);
    EXPECT_EQ(s.page, 2u);
    EXPECT_EQ(s.since, kStart + 5s);
}

TEST(WallPlaylist, EmptyPlaylistStaysOnPageZero)
{
    const RotationState s = advanceRotation(Playlist{}, {3, kStart}, kStart + 1s, 0);
    EXPECT_EQ(s.page, 0u);
}

TEST(WallPlaylist, ShiftIsTheLatestStarted)
{
    const std::vector<int> starts{18 * 60, 6 * 60};
    EXPECT_EQ(shiftAt(starts, 7 * 60), 1u);
    EXPECT_EQ(shiftAt(starts, 18 * 60), 0u);
    EXPECT_EQ(shiftAt(starts, 23 * 60), 0u);
    EXPECT_EQ(shiftAt(starts, 2 * 60), 0u) << "the night shift started yesterday";
    EXPECT_FALSE(shiftAt({}, 0).has_value());
}
