// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/HandoverFacts.h"

#include "StorageTime.h"

#include <algorithm>

namespace ioc::storage {

using namespace columns;

std::vector<domain::IncidentFact> incidentFactsSince(Database& db, domain::TimePoint since)
{
    Statement q(db, "SELECT ref, title, status, severity, assignee, response_deadline, "
                    "forward_deadline, created_at, updated_at, closed_at, proposed_by "
                    "FROM incidents WHERE drill = 0 AND (status <> 'closed' OR updated_at >= ?1 "
                    "OR closed_at >= ?1) ORDER BY id");
    q.bind(1, ms(since));
    std::vector<domain::IncidentFact> out;
    while (q.step()) {
        domain::IncidentFact f;
        f.ref = q.text(0);
        f.title = q.text(1);
        f.status =
            domain::incidentStatusFromString(q.text(2)).value_or(domain::IncidentStatus::New);
        f.severity = domain::severityFromInt(q.int64(3)).value_or(domain::Severity::Medium);
        f.assignee = optionalText(q, 4);
        const auto response = optionalTime(q, 5), forward = optionalTime(q, 6);
        if (response && forward)
            f.deadline = std::min(*response, *forward);
        else
            f.deadline = response ? response : forward;
        f.createdAt = fromMs(q.int64(7));
        f.updatedAt = fromMs(q.int64(8));
        f.closedAt = optionalTime(q, 9);
        f.proposedBy = optionalText(q, 10);
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace ioc::storage
