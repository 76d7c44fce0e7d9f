// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HandoverService.h"

#include "ioc/protocol/Result.h"

#include <boost/json/object.hpp>

#include <map>
#include <string>

// The wire forms of docs/api.md "Shift handover".
namespace ioc::server {

boost::json::object shiftJson(const RotaConfig& config, const domain::ShiftInstance& s);
boost::json::object dutyJson(const domain::DutyAssignment& d);
boost::json::object handoverItemJson(const domain::HandoverItem& i);
// Without items, queries and annotations: what lists and stream messages carry.
boost::json::object handoverSummaryJson(const RotaConfig& config, const storage::HandoverRecord& r);
// {"shift":{…},"escalated_at"}: a shift that ended with no handover signed.
boost::json::object missedHandoverJson(const RotaConfig& config, const storage::MissedHandover& m);
boost::json::object handoverDetailJson(const RotaConfig& config, const storage::HandoverRecord& r);
boost::json::object draftJson(const RotaConfig& config, const HandoverDraft& d,
                              domain::TimePoint now);
boost::json::object standingOrderJson(const storage::StandingOrderRecord& o, domain::TimePoint now);

protocol::Result<SignRequest> parseSignRequest(std::string_view body);
protocol::Result<domain::AckRequest> parseAckRequest(std::string_view body);
protocol::Result<storage::NewStandingOrder> parseNewStandingOrder(std::string_view body,
                                                                  domain::TimePoint now);
protocol::Result<storage::HandoverFilter>
parseHandoverFilter(const std::map<std::string, std::string>& query);

} // namespace ioc::server
