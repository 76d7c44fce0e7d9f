// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Checklist.h"
#include "ioc/domain/Incident.h"
#include "ioc/protocol/Result.h"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace ioc::server {

// An incident category and its standard operating procedure (issue 5 item 8).
struct IncidentCategory
{
    std::string id;
    std::string domain; // default monitoring domain
    std::string labelVi;
    std::string labelEn;
    domain::Severity defaultSeverity = domain::Severity::Medium;
    std::chrono::minutes responseTime{60}; // default response deadline after logging
    std::vector<domain::ChecklistStep> checklist;
};

struct IncidentCategories
{
    std::vector<IncidentCategory> categories;
    const IncidentCategory *find(std::string_view id) const;
};

// Parses resources/config/incident-categories.json (format in docs/configuration.md).
protocol::Result<IncidentCategories> parseIncidentCategories(std::string_view json);
// The shipped default, compiled in.
std::string_view builtinIncidentCategories();

} // namespace ioc::server
