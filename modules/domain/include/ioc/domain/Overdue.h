// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Incident.h"
#include "ioc/domain/Time.h"

#include <optional>
#include <span>

namespace ioc::domain {

// A forward to a department or commune focal point (regulation 12.5): it must answer by its
// deadline.
struct ForwardDeadline
{
    TimePoint deadline;
    std::optional<TimePoint> answeredAt;
};

// Overdue: not closed, and either its own response deadline has passed or a forward is past its
// deadline without an answer. The SQL filter `overdue=true` mirrors exactly this rule.
bool isOverdue(IncidentStatus status, std::optional<TimePoint> responseDeadline,
               std::span<const ForwardDeadline> forwards, TimePoint now);

// The earliest deadline among unanswered forwards: what storage keeps beside the incident so the
// overdue filter needs no join.
std::optional<TimePoint> earliestOpenForwardDeadline(std::span<const ForwardDeadline> forwards);

} // namespace ioc::domain
