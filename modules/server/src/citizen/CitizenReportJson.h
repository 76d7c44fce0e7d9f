// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CitizenReportService.h"

#include <boost/json/object.hpp>

#include <map>
#include <string>
#include <variant>

namespace ioc::server {

// The intake body (docs/api.md "Citizen reports"); `channel` is the key's. Photos are base64
// strings in "photos"; their size is checked before they are decoded.
std::variant<IntakeRequest, ReportError> parseIntake(std::string_view body,
                                                     const std::string& channel,
                                                     domain::TimePoint now,
                                                     const domain::ReportLimits& limits);
std::variant<ReportActionRequest, ReportError> parseReportAction(std::string_view body);
// status=open (default: received, triaged, forwarded) | all | comma list; category, unit,
// channel, from, to (RFC 3339), limit (1..2000).
std::variant<storage::ReportFilter, ReportError>
parseReportFilter(const std::map<std::string, std::string>& query);

// The report's fields (no photos, timeline or queue data); contact only when `showContact`.
boost::json::object reportRecordJson(const storage::CitizenReportRecord& r,
                                     const UnitDirectory& units, bool showContact);
// Contact details only when `showContact` (officers and supervisors).
boost::json::object reportSummaryJson(const ReportQueue::Item& item, const UnitDirectory& units,
                                      bool showContact);
boost::json::object reportDetailJson(const ReportDetail& d, const UnitDirectory& units,
                                     bool showContact);
// What a channel sees: public status and message, never notes, contact or who handled it.
boost::json::object publicStatusJson(const storage::CitizenReportRecord& r);
boost::json::object reportStatsJson(const domain::ReportStatsResult& s, domain::TimePoint from,
                                    domain::TimePoint to, const UnitDirectory& units);
boost::json::object reportCategoriesJson();

} // namespace ioc::server
