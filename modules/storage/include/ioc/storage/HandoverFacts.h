// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/HandoverDrafter.h"
#include "ioc/storage/Database.h"

#include <vector>

namespace ioc::storage {

// The incidents a handover drafter needs: every open one, and every one created, changed or
// closed since `since` (the start of the shift). Drills are left out: they are exercises.
std::vector<domain::IncidentFact> incidentFactsSince(Database& db, domain::TimePoint since);

} // namespace ioc::storage
