// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentService.h"

#include "ioc/protocol/Result.h"

#include <boost/json/object.hpp>

#include <map>
#include <string>

// The JSON form of incidents (docs/api.md "Incidents"): what the routes answer and the stream's
// "incident" messages carry.
namespace ioc::server {

// The list item and stream summary; `overdue` is judged at `now`.
boost::json::object incidentSummaryJson(const storage::IncidentRecord& r,
                                        const UnitDirectory& units, domain::TimePoint now);
// Summary plus timeline, forwards, checklist (with labels and who ticked or skipped what) and the
// actions the asking actor may take now.
boost::json::object incidentDetailJson(const IncidentDetail& d,
                                       const IncidentCategories& categories,
                                       const UnitDirectory& units, const domain::Actor& viewer,
                                       domain::TimePoint now);
boost::json::object categoriesJson(const IncidentCategories& categories);
boost::json::object unitsJson(const UnitDirectory& units);

// Request bodies and query strings; errors name the field.
struct IncidentDraft
{
    storage::NewIncident incident;
    bool severityGiven = false; // otherwise the category's default severity applies
};
protocol::Result<IncidentDraft> parseNewIncident(std::string_view body);
protocol::Result<storage::IncidentFilter>
parseIncidentFilter(const std::map<std::string, std::string>& query);
protocol::Result<storage::NewForward> parseNewForward(std::string_view body);

struct TransitionRequest
{
    domain::IncidentAction action = domain::IncidentAction::Acknowledge;
    std::string comment;
    std::map<std::string, std::string> skipped; // step id → reason
};
protocol::Result<TransitionRequest> parseTransitionRequest(std::string_view body);

} // namespace ioc::server
