// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Overdue.h"

namespace ioc::domain {

std::optional<TimePoint> earliestOpenForwardDeadline(std::span<const ForwardDeadline> forwards)
{
    std::optional<TimePoint> earliest;
    for (const auto& f : forwards)
        if (!f.answeredAt && (!earliest || f.deadline < *earliest))
            earliest = f.deadline;
    return earliest;
}

bool isOverdue(IncidentStatus status, std::optional<TimePoint> responseDeadline,
               std::span<const ForwardDeadline> forwards, TimePoint now)
{
    if (status == IncidentStatus::Closed)
        return false;
    if (responseDeadline && *responseDeadline < now)
        return true;
    const auto forward = earliestOpenForwardDeadline(forwards);
    return forward && *forward < now;
}

} // namespace ioc::domain
