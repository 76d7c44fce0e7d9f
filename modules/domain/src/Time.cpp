// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Time.h"

#include <charconv>
#include <cstdio>

namespace ioc::domain {

using namespace std::chrono;

TimePoint SystemClock::now() const
{
    return time_point_cast<milliseconds>(system_clock::now());
}

std::string formatRfc3339(TimePoint t)
{
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss<milliseconds> tod{t - day};
    char buf[40];
    const int y = int(ymd.year());
    const unsigned mo = unsigned(ymd.month()), d = unsigned(ymd.day());
    const long h = tod.hours().count(), mi = tod.minutes().count(), s = tod.seconds().count();
    const long ms = tod.subseconds().count();
    if (ms == 0)
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02ldZ", y, mo, d, h, mi, s);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02ld.%03ldZ", y, mo, d, h, mi, s,
                      ms);
    return buf;
}

namespace {

bool readInt(std::string_view text, std::size_t pos, std::size_t len, int& out)
{
    if (pos + len > text.size())
        return false;
    for (std::size_t i = pos; i < pos + len; ++i)
        if (text[i] < '0' || text[i] > '9')
            return false;
    std::from_chars(text.data() + pos, text.data() + pos + len, out);
    return true;
}

} // namespace

std::optional<TimePoint> parseRfc3339(std::string_view text)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!readInt(text, 0, 4, y) || text.size() < 20 || text[4] != '-' || !readInt(text, 5, 2, mo) ||
        text[7] != '-' || !readInt(text, 8, 2, d) ||
        (text[10] != 'T' && text[10] != 't' && text[10] != ' ') || !readInt(text, 11, 2, h) ||
        text[13] != ':' || !readInt(text, 14, 2, mi) || text[16] != ':' || !readInt(text, 17, 2, s))
        return std::nullopt;
    const year_month_day ymd{year{y}, month{unsigned(mo)}, day{unsigned(d)}};
    if (!ymd.ok() || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    std::size_t pos = 19;
    milliseconds frac{0};
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        int digits = 0;
        long value = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (digits < 3) {
                value = value * 10 + (text[pos] - '0');
            }
            ++digits;
            ++pos;
        }
        if (digits == 0 || digits > 9)
            return std::nullopt;
        for (int i = digits; i < 3; ++i)
            value *= 10;
        frac = milliseconds{value};
    }
    if (pos >= text.size())
        return std::nullopt;
    minutes offset{0};
    if (text[pos] == 'Z' || text[pos] == 'z') {
        ++pos;
    } else if (text[pos] == '+' || text[pos] == '-') {
        int oh = 0, om = 0;
        if (!readInt(text, pos + 1, 2, oh) || pos + 3 >= text.size() || text[pos + 3] != ':' ||
            !readInt(text, pos + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offset = hours{oh} + minutes{om};
        if (text[pos] == '-')
            offset = -offset;
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    // A leap second (":60") is folded into the next second, as most systems do.
    return TimePoint{sys_days{ymd}.time_since_epoch()} + hours{h} + minutes{mi} + seconds{s} +
           frac - offset;
}

} // namespace ioc::domain
