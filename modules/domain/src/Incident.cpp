// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Incident.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <utility>

namespace ioc::domain {

namespace {
template<class E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, std::string_view>, N>& table,
                        std::string_view s)
{
    for (const auto& [value, name] : table)
        if (name == s)
            return value;
    return std::nullopt;
}
template<class E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value)
{
    for (const auto& [v, name] : table)
        if (v == value)
            return name;
    return table[0].second;
}

constexpr std::array kStatuses{
    std::pair{IncidentStatus::New, std::string_view{"new"}},
    std::pair{IncidentStatus::Acknowledged, std::string_view{"acknowledged"}},
    std::pair{IncidentStatus::InProgress, std::string_view{"in_progress"}},
    std::pair{IncidentStatus::ResolutionProposed, std::string_view{"resolution_proposed"}},
    std::pair{IncidentStatus::Closed, std::string_view{"closed"}},
};
constexpr std::array kActions{
    std::pair{IncidentAction::Acknowledge, std::string_view{"acknowledge"}},
    std::pair{IncidentAction::Start, std::string_view{"start"}},
    std::pair{IncidentAction::ProposeResolution, std::string_view{"propose_resolution"}},
    std::pair{IncidentAction::Approve, std::string_view{"approve"}},
    std::pair{IncidentAction::Reject, std::string_view{"reject"}},
    std::pair{IncidentAction::Reopen, std::string_view{"reopen"}},
};
constexpr std::array kSourceKinds{
    std::pair{IncidentSourceKind::Officer, std::string_view{"officer"}},
    std::pair{IncidentSourceKind::Alert, std::string_view{"alert"}},
    std::pair{IncidentSourceKind::CitizenReport, std::string_view{"citizen_report"}},
    std::pair{IncidentSourceKind::Department, std::string_view{"department"}},
};

struct SeverityInfo
{
    std::string_view name, vi, en, colour;
};
// Green, amber, orange, red: the order people read without a legend.
constexpr std::array<SeverityInfo, 4> kSeverities{{
    {"low", "Thấp", "Low", "#2E7D32"},
    {"medium", "Trung bình", "Medium", "#F9A825"},
    {"high", "Cao", "High", "#EF6C00"},
    {"critical", "Khẩn cấp", "Critical", "#C62828"},
}};
const SeverityInfo& info(Severity s)
{
    return kSeverities[static_cast<std::size_t>(toInt(s) - 1)];
}
} // namespace

std::string_view toString(IncidentStatus s)
{
    return nameOf(kStatuses, s);
}
std::optional<IncidentStatus> incidentStatusFromString(std::string_view s)
{
    return lookup(kStatuses, s);
}
std::string_view toString(IncidentAction a)
{
    return nameOf(kActions, a);
}
std::optional<IncidentAction> incidentActionFromString(std::string_view s)
{
    return lookup(kActions, s);
}
std::string_view toString(IncidentSourceKind k)
{
    return nameOf(kSourceKinds, k);
}
std::optional<IncidentSourceKind> incidentSourceKindFromString(std::string_view s)
{
    return lookup(kSourceKinds, s);
}

std::optional<Severity> severityFromInt(std::int64_t level)
{
    if (level < 1 || level > 4)
        return std::nullopt;
    return static_cast<Severity>(level);
}
int toInt(Severity s)
{
    return static_cast<int>(s);
}
std::string_view severityName(Severity s)
{
    return info(s).name;
}
std::string_view severityLabelVi(Severity s)
{
    return info(s).vi;
}
std::string_view severityLabelEn(Severity s)
{
    return info(s).en;
}
std::string_view severityColour(Severity s)
{
    return info(s).colour;
}

std::string formatIncidentRef(int year, std::int64_t number)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "HP-%04d-%06lld", year, static_cast<long long>(number));
    return buf;
}

std::optional<IncidentRef> parseIncidentRef(std::string_view text)
{
    // "HP-" YYYY "-" at least six digits (a busy year may pass 999,999 and grow a digit).
    if (text.size() < 14 || text.substr(0, 3) != "HP-" || text[7] != '-')
        return std::nullopt;
    IncidentRef ref;
    auto y = std::from_chars(text.data() + 3, text.data() + 7, ref.year);
    if (y.ec != std::errc{} || y.ptr != text.data() + 7)
        return std::nullopt;
    auto n = std::from_chars(text.data() + 8, text.data() + text.size(), ref.number);
    if (n.ec != std::errc{} || n.ptr != text.data() + text.size() || ref.number <= 0)
        return std::nullopt;
    return ref;
}

int incidentRefYear(TimePoint createdAt)
{
    using namespace std::chrono;
    const auto local = floor<days>(createdAt + hours(7));
    return static_cast<int>(year_month_day{sys_days{local}}.year());
}

} // namespace ioc::domain
