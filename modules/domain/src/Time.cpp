// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Time.h"

#include <charconv>
#include <cstdint>
#include <cstdio>

namespace ioc::domain {

using namespace std::chrono;

TimePoint SystemClock::now() const
{
    return time_point_cast<milliseconds>(system_clock::now());
}

namespace {

// Years 0000–9999 (every date this system meets) take the hand-rolled path below; anything else
// keeps the general, slower formatting so the output is the same for every input.
std::string formatRfc3339Slow(TimePoint t)
{
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss<milliseconds> tod{t - day};
    char buf[48];
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

// Milliseconds since 1970 of 0000-01-01T00:00:00Z and of 10000-01-01T00:00:00Z.
constexpr std::int64_t kFastFromMs = -62'167'219'200'000;
constexpr std::int64_t kFastToMs = 253'402'300'800'000;

char* put2(char* p, unsigned v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
    return p + 2;
}

// Days since 1970-01-01 to a civil date (H. Hinnant's days_from_civil inverse), no tables.
void civilFromDays(std::int64_t z, int& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(std::int64_t(yoe) + era * 400 + (m <= 2 ? 1 : 0));
}

} // namespace

void appendRfc3339(std::string& out, TimePoint t)
{
    const std::int64_t total = t.time_since_epoch().count();
    if (total < kFastFromMs || total >= kFastToMs) {
        out += formatRfc3339Slow(t);
        return;
    }
    constexpr std::int64_t msPerDay = 86'400'000;
    std::int64_t days = total / msPerDay, rest = total % msPerDay;
    if (rest < 0) {
        rest += msPerDay;
        --days;
    }
    int y = 0;
    unsigned mo = 0, d = 0;
    civilFromDays(days, y, mo, d);
    const auto msOfDay = unsigned(rest);
    const unsigned ms = msOfDay % 1000, secOfDay = msOfDay / 1000;
    char buf[24];
    char* p = put2(buf, unsigned(y) / 100);
    p = put2(p, unsigned(y) % 100);
    *p++ = '-';
    p = put2(p, mo);
    *p++ = '-';
    p = put2(p, d);
    *p++ = 'T';
    p = put2(p, secOfDay / 3600);
    *p++ = ':';
    p = put2(p, secOfDay / 60 % 60);
    *p++ = ':';
    p = put2(p, secOfDay % 60);
    if (ms != 0) {
        *p++ = '.';
        *p++ = char('0' + ms / 100);
        p = put2(p, ms % 100);
    }
    *p++ = 'Z';
    out.append(buf, std::size_t(p - buf));
}

std::string formatRfc3339(TimePoint t)
{
    std::string out;
    out.reserve(24);
    appendRfc3339(out, t);
    return out;
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
