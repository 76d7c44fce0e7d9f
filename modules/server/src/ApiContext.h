// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKeys.h"
#include "IngestService.h"
#include "LiveData.h"
#include "Router.h"
#include "SeriesCatalog.h"
#include "Simulator.h"
#include "SourceQuality.h"
#include "auth/AuthService.h"
#include "citizen/CitizenReportService.h"
#include "incidents/IncidentService.h"
#include "alerts/AlertService.h"
#include "handovers/HandoverService.h"

#include "ioc/domain/Time.h"

#include <atomic>
#include <cstddef>

namespace ioc::server {

// What route handlers may reach: built in Server, outlives every session.
struct ApiContext
{
    LiveData& live;
    const SeriesCatalog& catalog;
    const domain::Clock& clock;
    domain::TimePoint startedAt;
    std::atomic<std::size_t>& streamClients;
    IngestService& ingest;
    SourceQuality& quality;
    const ApiKeys& apiKeys;
    Simulator* simulator; // only with --demo
    AuthService& auth;
    IncidentService* incidents = nullptr;
    AlertService* alerts = nullptr;
    CitizenReportService* citizenReports = nullptr;
    HandoverService* handovers = nullptr;
};

void addSystemRoutes(Router& router, ApiContext& ctx);
void addSeriesRoutes(Router& router, ApiContext& ctx);
void addIngestRoutes(Router& router, ApiContext& ctx);
void addDemoRoutes(Router& router, ApiContext& ctx);
void addAuthRoutes(Router& router, ApiContext& ctx);
void addIncidentRoutes(Router& router, ApiContext& ctx);
void addAlertRoutes(Router& router, ApiContext& ctx);
void addCitizenReportRoutes(Router& router, ApiContext& ctx);
void addHandoverRoutes(Router& router, ApiContext& ctx);

} // namespace ioc::server
