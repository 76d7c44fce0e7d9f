// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/CitizenReport.h"

#include "ioc/domain/TextFold.h"

#include <algorithm>
#include <array>

namespace ioc::domain {

namespace {
constexpr std::array kStatusNames{"received", "triaged",  "forwarded", "incident",
                                  "merged",   "rejected", "answered",  "closed"};
constexpr std::array kActionNames{"triage",        "forward", "make_incident",
                                  "merge",         "reject",  "record_answer",
                                  "accept_answer", "answer",  "close"};

constexpr std::array kCategories{
    ReportCategory{"flooding", 3, "flooding", "Ngập úng", "Flooding"},
    ReportCategory{"fire", 4, "fire", "Cháy, nổ", "Fire or explosion"},
    ReportCategory{"traffic", 3, "traffic_accident", "Giao thông, tai nạn", "Traffic, accident"},
    ReportCategory{"security", 3, "public_order", "An ninh, trật tự", "Security, public order"},
    ReportCategory{"environment", 2, "environment_pollution", "Môi trường, rác thải",
                   "Environment, waste"},
    ReportCategory{"infrastructure", 2, "infrastructure", "Hạ tầng, đường sá",
                   "Infrastructure, roads"},
    ReportCategory{"lighting", 1, "infrastructure", "Chiếu sáng công cộng", "Street lighting"},
    ReportCategory{"trees", 2, "infrastructure", "Cây xanh", "Trees"},
    ReportCategory{"urban_order", 1, "public_order", "Trật tự đô thị, lấn chiếm",
                   "Urban order, encroachment"},
    ReportCategory{"other", 1, "other", "Khác", "Other"},
};

Refusal refuse(Refusal::Kind kind, std::string code, std::string message)
{
    return Refusal{kind, std::move(code), std::move(message)};
}

bool blank(std::string_view s)
{
    return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}
} // namespace

std::string_view toString(ReportStatus s)
{
    return kStatusNames[static_cast<std::size_t>(s)];
}

std::optional<ReportStatus> reportStatusFromString(std::string_view s)
{
    for (std::size_t i = 0; i < kStatusNames.size(); ++i)
        if (s == kStatusNames[i])
            return static_cast<ReportStatus>(i);
    return std::nullopt;
}

std::string_view toString(ReportAction a)
{
    return kActionNames[static_cast<std::size_t>(a)];
}

std::optional<ReportAction> reportActionFromString(std::string_view s)
{
    for (std::size_t i = 0; i < kActionNames.size(); ++i)
        if (s == kActionNames[i])
            return static_cast<ReportAction>(i);
    return std::nullopt;
}

bool isOpen(ReportStatus s)
{
    return s == ReportStatus::Received || s == ReportStatus::Triaged ||
           s == ReportStatus::Forwarded;
}

std::variant<ReportStatus, Refusal> decideReportAction(const ReportState& state,
                                                       ReportAction action, const Actor& actor,
                                                       std::string_view text)
{
    if (!mayWorkIncidents(actor.role))
        return refuse(Refusal::Kind::Role, "role_not_allowed",
                      "only officers and supervisors act on citizen reports");
    using S = ReportStatus;
    const bool untouched = state.status == S::Received || state.status == S::Triaged;
    auto wrongState = [&] {
        return refuse(Refusal::Kind::State, "invalid_transition",
                      "cannot " + std::string(toString(action)) + " a report that is " +
                          std::string(toString(state.status)));
    };
    switch (action) {
    case ReportAction::Triage:
        if (state.status != S::Received)
            return wrongState();
        return S::Triaged;
    case ReportAction::Forward:
        if (!untouched)
            return wrongState();
        return S::Forwarded;
    case ReportAction::MakeIncident:
        if (!untouched)
            return wrongState();
        return S::Incident;
    case ReportAction::Merge:
        if (!untouched)
            return wrongState();
        return S::Merged;
    case ReportAction::Reject:
        if (!untouched)
            return wrongState();
        if (blank(text))
            return refuse(Refusal::Kind::Invalid, "reason_required",
                          "a rejection needs a reason the citizen will read");
        return S::Rejected;
    case ReportAction::RecordAnswer:
        if (state.status != S::Forwarded)
            return wrongState();
        if (blank(text))
            return refuse(Refusal::Kind::Invalid, "answer_required", "the answer is empty");
        return S::Forwarded;
    case ReportAction::AcceptAnswer:
        if (state.status != S::Forwarded)
            return wrongState();
        if (!state.unitAnswered)
            return refuse(Refusal::Kind::State, "no_answer_yet",
                          "the unit has not answered this report yet");
        return S::Answered;
    case ReportAction::Answer:
        if (state.status != S::Incident && state.status != S::Merged)
            return wrongState();
        if (blank(text))
            return refuse(Refusal::Kind::Invalid, "answer_required", "the answer is empty");
        return S::Answered;
    case ReportAction::Close:
        if (state.status != S::Answered && state.status != S::Rejected)
            return wrongState();
        return S::Closed;
    }
    return wrongState();
}

PublicStatus publicStatusFor(ReportStatus s, std::string_view detail)
{
    const std::string d(detail);
    switch (s) {
    case ReportStatus::Received:
    case ReportStatus::Triaged:
        return {"received", "Trung tâm IOC Hải Phòng đã tiếp nhận phản ánh và đang xem xét."};
    case ReportStatus::Forwarded:
        return {"in_progress", "Phản ánh đã được chuyển đến " +
                                   (d.empty() ? "đơn vị chức năng" : d) + " để xử lý."};
    case ReportStatus::Incident:
        return {"in_progress", "Phản ánh đã được ghi nhận thành sự cố và đang được xử lý."};
    case ReportStatus::Merged:
        return {"in_progress",
                "Nội dung phản ánh trùng với một vụ việc đang được xử lý; kết quả sẽ được thông "
                "báo chung."};
    case ReportStatus::Rejected:
        return {"rejected", "Phản ánh không được tiếp nhận: " + d};
    case ReportStatus::Answered:
        return {"answered", d};
    case ReportStatus::Closed:
        return {"closed", d.empty() ? std::string("Phản ánh đã được xử lý xong.") : d};
    }
    return {"received", ""};
}

std::span<const ReportCategory> reportCategories()
{
    return kCategories;
}

const ReportCategory *findReportCategory(std::string_view id)
{
    for (const auto& c : kCategories)
        if (c.id == id)
            return &c;
    return nullptr;
}

int reportUrgency(std::string_view category, std::size_t groupSize, Milliseconds waited,
                  Milliseconds staleAfter)
{
    const auto *c = findReportCategory(category);
    int u = c ? c->urgency : 1;
    if (groupSize >= 3)
        ++u;
    if (waited > staleAfter)
        ++u;
    return std::min(u, 4);
}

} // namespace ioc::domain
