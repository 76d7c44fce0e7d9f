// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ioc::domain {

// What a video wall screen shows over time: its pages rotate, each for its own dwell time;
// a time-of-day schedule (e.g. a day and a night set) narrows which pages are in play.
struct PlaylistPage
{
    std::string id;
    Seconds dwell{60};
};

// Pages in play from `fromMinute` (inclusive) to `toMinute` (exclusive), minutes of the local
// day; a slot whose end is not after its start wraps past midnight (22:00–06:00).
struct ScheduleSlot
{
    int fromMinute = 0;
    int toMinute = 0;
    std::vector<std::string> pages;
};

struct Playlist
{
    std::vector<PlaylistPage> pages;
    std::vector<ScheduleSlot> schedule; // empty: every page, all day
};

// Which page shows now and since when.
struct RotationState
{
    std::size_t page = 0;
    TimePoint since{};
};

// "HH:MM" (00:00–23:59, or 24:00 as the end of the day) as minutes of the day; nullopt if
// malformed.
std::optional<int> parseMinuteOfDay(std::string_view text);

// Whether `minute` lies in the slot (wrapping past midnight when to <= from).
bool slotCovers(const ScheduleSlot& slot, int minute);

// Indices of the pages in play at `minute`, in playlist order: those of the first slot covering
// it; every page when there is no schedule or no slot covers the minute (a screen never goes
// blank because the schedule has a hole).
std::vector<std::size_t> pagesInPlay(const Playlist& playlist, int minute);

// The next state: the current page stays until its dwell is over, then the next page in play
// follows (cyclically); a page that left play (schedule changed) gives way at once to the first
// page in play. A playlist of one page never changes.
RotationState advanceRotation(const Playlist& playlist, RotationState state, TimePoint now,
                              int minute);

// The shift on duty at `minute`: shifts start at the given minutes (any order) and last until
// the next one starts, the last wrapping past midnight. nullopt when there are none.
std::optional<std::size_t> shiftAt(const std::vector<int>& shiftStarts, int minute);

} // namespace ioc::domain
