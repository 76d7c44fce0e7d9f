// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Handover.h"

#include <array>
#include <utility>

namespace ioc::domain {

namespace {
constexpr std::array kKinds{
    std::pair{HandoverItemKind::IncidentActivity, std::string_view("incident_activity")},
    std::pair{HandoverItemKind::OpenIncident, std::string_view("open_incident")},
    std::pair{HandoverItemKind::AwaitingApproval, std::string_view("awaiting_approval")},
    std::pair{HandoverItemKind::Alert, std::string_view("alert")},
    std::pair{HandoverItemKind::Source, std::string_view("source")},
    std::pair{HandoverItemKind::StandingOrder, std::string_view("standing_order")},
    std::pair{HandoverItemKind::CarriedForward, std::string_view("carried_forward")},
    std::pair{HandoverItemKind::Free, std::string_view("free")},
};
} // namespace

std::string_view toString(HandoverItemKind k)
{
    for (const auto& [kind, name] : kKinds)
        if (kind == k)
            return name;
    return "free";
}

std::optional<HandoverItemKind> handoverItemKindFromString(std::string_view s)
{
    for (const auto& [kind, name] : kKinds)
        if (name == s)
            return kind;
    return std::nullopt;
}

std::string_view toString(HandoverStatus s)
{
    return s == HandoverStatus::Signed ? "signed" : "acknowledged";
}

std::optional<HandoverStatus> handoverStatusFromString(std::string_view s)
{
    if (s == "signed")
        return HandoverStatus::Signed;
    if (s == "acknowledged")
        return HandoverStatus::Acknowledged;
    return std::nullopt;
}

} // namespace ioc::domain
