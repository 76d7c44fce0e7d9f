// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/AlertRule.h"
#include "ioc/protocol/Result.h"

#include <boost/json/object.hpp>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ioc::server {

// The alert rules document (docs/alerts.md): rules, how often an acknowledged alert that is
// still active is brought back, and which series may be forecast.
struct AlertRuleSet
{
    domain::Seconds renotifyAfter{1800};
    std::vector<std::string> forecastable; // series patterns
    std::vector<domain::AlertRule> rules;

    bool isForecastable(std::string_view series) const;
};

// Parses and validates (`categories`: known incident category ids; empty: not checked).
protocol::Result<AlertRuleSet> parseAlertRules(std::string_view json,
                                               const std::set<std::string>& categories);
boost::json::object alertRulesJson(const AlertRuleSet& set);

// resources/config/alert-rules.json, compiled in: covers the demo simulator's series.
std::string_view builtinAlertRules();

} // namespace ioc::server
