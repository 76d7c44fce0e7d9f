// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace ioc::domain {

// Wall-clock instants travel with millisecond precision: enough for operators, exact in JSON.
using TimePoint = std::chrono::sys_time<std::chrono::milliseconds>;
using Milliseconds = std::chrono::milliseconds;
using Seconds = std::chrono::seconds;

// Injected wherever "now" matters so tests never sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock
{
public:
    TimePoint now() const override;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(TimePoint start) : m_now(start) {}
    TimePoint now() const override { return m_now; }
    void set(TimePoint t) { m_now = t; }
    void advance(Milliseconds d) { m_now += d; }

private:
    TimePoint m_now;
};

// RFC 3339 in UTC with a 'Z' suffix, milliseconds only when non-zero: "2026-11-28T11:30:00Z".
std::string formatRfc3339(TimePoint t);

// Appends exactly what formatRfc3339 returns, without a temporary string: the stream encoder
// writes two timestamps per message, millions of times a minute.
void appendRfc3339(std::string& out, TimePoint t);

// Accepts RFC 3339 date-times with 'Z' or a numeric offset and up to nanosecond fractions.
std::optional<TimePoint> parseRfc3339(std::string_view text);

} // namespace ioc::domain
