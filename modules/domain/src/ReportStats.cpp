// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/ReportStats.h"

#include <algorithm>

namespace ioc::domain {

ReportStatsResult computeReportStats(const std::vector<ReportFacts>& reports, TimePoint now,
                                     Milliseconds answerTarget)
{
    ReportStatsResult out;
    std::vector<double> answerSeconds;
    for (const auto& r : reports) {
        const bool handled = r.answeredAt.has_value();
        const TimePoint deadline =
            r.forwardDeadline ? *r.forwardDeadline : r.receivedAt + answerTarget;
        const bool onTime = handled && *r.answeredAt <= deadline;
        for (ReportCounts *c : {&out.total, &out.byUnit[r.unitCode], &out.byCategory[r.category]}) {
            ++c->received;
            c->handled += handled ? 1 : 0;
            c->handledOnTime += onTime ? 1 : 0;
            c->open += isOpen(r.status) ? 1 : 0;
        }
        if (handled)
            answerSeconds.push_back(
                std::chrono::duration<double>(*r.answeredAt - r.receivedAt).count());
        if (r.status == ReportStatus::Forwarded && !r.unitAnsweredAt && r.forwardDeadline &&
            now > *r.forwardDeadline)
            ++out.overdueByUnit[r.forwardUnit];
    }
    if (!answerSeconds.empty()) {
        std::sort(answerSeconds.begin(), answerSeconds.end());
        const auto n = answerSeconds.size();
        out.medianAnswerSeconds =
            n % 2 ? answerSeconds[n / 2] : (answerSeconds[n / 2 - 1] + answerSeconds[n / 2]) / 2;
    }
    return out;
}

} // namespace ioc::domain
