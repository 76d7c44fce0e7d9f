// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/WallPlaylist.h"

#include <algorithm>

namespace ioc::domain {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

std::optional<int> parseMinuteOfDay(std::string_view text)
{
    if (text.size() != 5 || text[2] != ':' || !isDigit(text[0]) || !isDigit(text[1]) ||
        !isDigit(text[3]) || !isDigit(text[4]))
        return std::nullopt;
    const int hours = (text[0] - '0') * 10 + (text[1] - '0');
    const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return std::nullopt;
    return hours * 60 + minutes;
}

bool slotCovers(const ScheduleSlot& slot, int minute)
{
    const int from = slot.fromMinute % kMinutesPerDay;
    const int to = slot.toMinute % kMinutesPerDay;
    if (from < to)
        return minute >= from && minute < to;
    return minute >= from || minute < to; // wraps past midnight (or covers the whole day)
}

std::vector<std::size_t> pagesInPlay(const Playlist& playlist, int minute)
{
    std::vector<std::size_t> indices;
    for (const ScheduleSlot& slot : playlist.schedule) {
        if (!slotCovers(slot, minute))
            continue;
        for (std::size_t i = 0; i < playlist.pages.size(); ++i)
            if (std::find(slot.pages.begin(), slot.pages.end(), playlist.pages[i].id) !=
                slot.pages.end())
                indices.push_back(i);
        if (!indices.empty())
            return indices;
    }
    for (std::size_t i = 0; i < playlist.pages.size(); ++i)
        indices.push_back(i);
    return indices;
}

RotationState advanceRotation(const Playlist& playlist, RotationState state, TimePoint now,
                              int minute)
{
    const std::vector<std::size_t> inPlay = pagesInPlay(playlist, minute);
    if (inPlay.empty())
        return {0, now};
    const auto current = std::find(inPlay.begin(), inPlay.end(), state.page);
    if (current == inPlay.end())
        return {inPlay.front(), now};
    if (inPlay.size() == 1 || now - state.since < playlist.pages[state.page].dwell)
        return state;
    const auto next = std::next(current) == inPlay.end() ? inPlay.begin() : std::next(current);
    return {*next, now};
}

std::optional<std::size_t> shiftAt(const std::vector<int>& shiftStarts, int minute)
{
    if (shiftStarts.empty())
        return std::nullopt;
    // The shift that started most recently (today, or the latest one yesterday).
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < shiftStarts.size(); ++i)
        if (shiftStarts[i] <= minute && (!best || shiftStarts[i] > shiftStarts[*best]))
            best = i;
    if (best)
        return best;
    return static_cast<std::size_t>(std::max_element(shiftStarts.begin(), shiftStarts.end()) -
                                    shiftStarts.begin());
}

} // namespace ioc::domain
