// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ioc::server {

class IncidentService;

// With --demo: a realistic handful of Hai Phong incidents in every state, some drills, some
// overdue. Idempotent (fixed idempotency keys), so a restarted demo does not duplicate them.
void seedDemoIncidents(IncidentService& incidents);

} // namespace ioc::server
