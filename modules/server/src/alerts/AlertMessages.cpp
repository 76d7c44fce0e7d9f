// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertMessages.h"

#include <cmath>
#include <cstdio>

namespace ioc::server {

namespace {
constexpr auto kLocalOffset = std::chrono::hours(7);

std::string withUnit(double v, const std::string& unit)
{
    return unit.empty() ? formatAlertNumber(v) : formatAlertNumber(v) + " " + unit;
}
} // namespace

std::string formatAlertNumber(double v)
{
    char buf[64];
    if (std::abs(v - std::round(v)) < 1e-9)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else
        std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

std::string localClock(domain::TimePoint t)
{
    const auto local = t + kLocalOffset;
    const auto sinceMidnight = local - std::chrono::floor<std::chrono::days>(local);
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(sinceMidnight).count();
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(minutes / 60),
                  static_cast<int>(minutes % 60));
    return buf;
}

domain::AlertText thresholdMessage(const protocol::SeriesInfo& s, const domain::Level& l, double v)
{
    const bool above = l.direction == domain::Level::Direction::Above;
    return {s.label.vi + ": " + withUnit(v, s.unit) +
                (above ? " (ngưỡng trên " : " (ngưỡng dưới ") + withUnit(l.raiseAt, s.unit) + ")",
            s.label.en + ": " + withUnit(v, s.unit) +
                (above ? " (limit above " : " (limit below ") + withUnit(l.raiseAt, s.unit) + ")"};
}

domain::AlertText rateMessage(const protocol::SeriesInfo& s, const domain::AlertRule& r,
                              double change)
{
    const auto minutes = formatAlertNumber(static_cast<double>(r.window.count()) / 60.0);
    const bool up = change >= 0;
    return {
        s.label.vi + (up ? ": tăng " : ": giảm ") + withUnit(std::abs(change), s.unit) + " trong " +
            minutes + " phút (ngưỡng " + withUnit(std::abs(r.level.raiseAt), s.unit) + ")",
        s.label.en + (up ? ": rose " : ": fell ") + withUnit(std::abs(change), s.unit) + " in " +
            minutes + " min (limit " + withUnit(std::abs(r.level.raiseAt), s.unit) + ")"};
}

domain::AlertText missingMessage(const SourceInfo& s, domain::Seconds silentFor)
{
    // Minutes once it is worth counting them; a fast sensor goes silent in seconds.
    const bool inMinutes = silentFor.count() >= 120;
    const auto amount = std::to_string(inMinutes ? silentFor.count() / 60 : silentFor.count());
    const auto interval = std::to_string(s.expectedIntervalS);
    return {s.label.vi + ": không có dữ liệu " + amount + (inMinutes ? " phút" : " giây") +
                " (chu kỳ cập nhật " + interval + " giây)",
            s.label.en + ": no data for " + amount + (inMinutes ? " min" : " s") +
                " (expected every " + interval + " s)"};
}

domain::AlertText combinationMessage(const domain::AlertRule& r, const std::string& unitNameVi,
                                     const std::string& unitNameEn,
                                     const std::vector<CombinationReading>& readings)
{
    domain::AlertText t{r.label.vi + " — " + unitNameVi + ":",
                        r.label.en + " — " + unitNameEn + ":"};
    bool first = true;
    for (const auto& reading : readings) {
        const auto sep = first ? " " : "; ";
        t.vi +=
            sep + reading.series->label.vi + " " + withUnit(reading.value, reading.series->unit);
        t.en +=
            sep + reading.series->label.en + " " + withUnit(reading.value, reading.series->unit);
        first = false;
    }
    return t;
}

domain::AlertText forecastMessage(const protocol::SeriesInfo& s, const domain::Level& l,
                                  double latest, double forecast, domain::TimePoint at)
{
    const auto when = localClock(at);
    return {"Dự báo " + s.label.vi + " đạt " + withUnit(forecast, s.unit) + " lúc " + when +
                " (ngưỡng " + withUnit(l.raiseAt, s.unit) + "), hiện " + withUnit(latest, s.unit),
            "Forecast: " + s.label.en + " reaches " + withUnit(forecast, s.unit) + " at " + when +
                " (limit " + withUnit(l.raiseAt, s.unit) + "), now " + withUnit(latest, s.unit)};
}

} // namespace ioc::server
