// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"
#include "ioc/storage/Database.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ioc::storage {

// One alert: raised by a rule for one series, source or unit; acknowledged by a person;
// cleared when its condition ends. Never deleted.
struct AlertRecord
{
    std::int64_t id = 0;
    std::string ruleId;
    std::string instanceKey;
    std::string kind;
    int severity = 2;
    std::string state = "active"; // active | acknowledged | cleared
    std::string seriesId, sourceId, unitCode;
    std::optional<double> value, threshold;
    std::string labelVi, labelEn, messageVi, messageEn;
    std::string suggestedCategory;
    bool earlyWarning = false;
    domain::TimePoint raisedAt;
    std::optional<domain::TimePoint> acknowledgedAt;
    std::string acknowledgedBy, ackComment;
    std::optional<domain::TimePoint> clearedAt, renotifyAt;
    std::optional<std::int64_t> incidentId;
};

struct AlertEvent
{
    std::int64_t id = 0;
    std::int64_t alertId = 0;
    domain::TimePoint at;
    std::string change;
    std::string actor;
    std::optional<double> value;
    std::string comment;
};

struct SourceUrge
{
    std::int64_t id = 0;
    std::string sourceId;
    domain::TimePoint at;
    std::string by;
    std::string note;
};

struct UrgeSummary
{
    std::int64_t count = 0;
    std::optional<SourceUrge> last;
};

struct AlertFilter
{
    std::optional<std::string> state; // nullopt: all
    std::optional<int> severity;
    int limit = 500;
};

class AlertRepository
{
public:
    explicit AlertRepository(Database& db)
        : m_db(db)
    {}

    // Sets r.id.
    void insert(AlertRecord& r);
    void update(const AlertRecord& r);
    std::optional<AlertRecord> get(std::int64_t id);
    // Newest first.
    std::vector<AlertRecord> list(const AlertFilter& filter);
    // Active and acknowledged, oldest first.
    std::vector<AlertRecord> open();
    std::int64_t count();

    void addEvent(const AlertEvent& e);
    std::vector<AlertEvent> events(std::int64_t alertId);

    SourceUrge addUrge(const std::string& source, domain::TimePoint at, const std::string& by,
                       const std::string& note);
    // Newest first.
    std::vector<SourceUrge> urges(const std::string& source, int limit);
    std::map<std::string, UrgeSummary> urgeSummaries();

    void saveRuleSet(domain::TimePoint at, const std::string& by, const std::string& rules);
    std::optional<std::string> latestRuleSet();

private:
    Database& m_db;
};

} // namespace ioc::storage
