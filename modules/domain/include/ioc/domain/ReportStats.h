// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/CitizenReport.h"
#include "ioc/domain/Time.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ioc::domain {

// What the figures need to know about one report.
struct ReportFacts
{
    std::string unitCode; // commune-level unit of the place; empty when unknown
    std::string category;
    ReportStatus status = ReportStatus::Received;
    TimePoint receivedAt;
    std::optional<TimePoint> answeredAt; // public answer given (answered or rejected)
    std::string forwardUnit;             // the department / focal point it was forwarded to
    std::optional<TimePoint> forwardDeadline;
    std::optional<TimePoint> unitAnsweredAt;
};

// Figures for leaders. A report is "handled" once the citizen has a public answer (answered,
// rejected, or closed after either); it is "on time" when that answer came before its deadline:
// the forward deadline when it was forwarded, otherwise `answerTarget` after it was received.
// "Overdue" reports are forwarded, not answered by the unit, and past the forward deadline at
// `now`, counted by the unit they were forwarded to.
struct ReportCounts
{
    std::int64_t received = 0;
    std::int64_t handled = 0;
    std::int64_t handledOnTime = 0;
    std::int64_t open = 0;
};
struct ReportStatsResult
{
    ReportCounts total;
    std::optional<double> medianAnswerSeconds;
    std::map<std::string, std::int64_t> overdueByUnit;
    std::map<std::string, ReportCounts> byUnit; // commune-level unit code ("" = unknown)
    std::map<std::string, ReportCounts> byCategory;
};

ReportStatsResult computeReportStats(const std::vector<ReportFacts>& reports, TimePoint now,
                                     Milliseconds answerTarget = std::chrono::hours(72));

} // namespace ioc::domain
