// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../incidents/IncidentService.h"
#include "../incidents/UnitDirectory.h"
#include "PhotoStore.h"

#include "ioc/domain/CitizenReport.h"
#include "ioc/domain/DuplicateGrouping.h"
#include "ioc/domain/ReportStats.h"
#include "ioc/domain/ReportValidation.h"
#include "ioc/storage/CitizenReportRepository.h"

#include <functional>
#include <map>
#include <mutex>
#include <variant>

namespace ioc::server {

// A refused or failed operation: the HTTP status and the JSON error it answers with.
struct ReportError
{
    int status = 400;
    std::string code;
    std::string message;
};
template<class T> using ReportOutcome = std::variant<T, ReportError>;

// What a channel sends, parsed (photos decoded from base64, not yet checked).
struct IntakeRequest
{
    std::string channel;
    std::string channelRef;
    domain::ReportDraft draft;
    domain::TimePoint observedAt;
    std::string contactName;
    std::string contactPhone;
};

struct ReportDetail
{
    storage::CitizenReportRecord report;
    std::vector<storage::ReportPhoto> photos;
    std::vector<storage::ReportEvent> events;
    std::vector<std::int64_t> duplicates; // likely duplicates among reports near in time
};

struct IntakeOutcome
{
    ReportDetail detail;
    bool replayed = false;
};

// One officer action (domain::ReportAction) and what it needs.
struct ReportActionRequest
{
    domain::ReportAction action = domain::ReportAction::Triage;
    std::string
        text; // reject: reason; record_answer: the unit's answer; answer/accept: public text
    std::string note; // internal, never shown to the channel
    // forward
    std::string unit;
    std::string focalPoint;
    std::string message;
    std::optional<domain::TimePoint> deadline;
    // merge: into another report or an incident (id or ref)
    std::optional<std::int64_t> intoReport;
    std::string intoIncident;
    // make_incident: optional overrides of what the report suggests
    std::string title;
    std::optional<domain::Severity> severity;
};

// The triage queue: reports most urgent and newest first, with their duplicate groups.
struct ReportQueue
{
    struct Item
    {
        storage::CitizenReportRecord report;
        int urgency = 1;
        int group = -1; // index into `groups`, -1 when alone
        int photoCount = 0;
    };
    std::vector<Item> items;
    std::vector<std::vector<std::int64_t>> groups;
};

// Citizen reports (issue 13): intake from channel systems, the officers' triage actions, the
// public status the channel reads back, and the leaders' figures. Every change runs in one
// transaction with its audit entry on its own SQLite connection (full sync), then is published.
// Photo files are written before the transaction commits and removed again if it fails, so a
// refused or failed intake leaves nothing behind. Thread-safe: one operation at a time.
class CitizenReportService
{
public:
    // change: received or the action's name.
    using Publish =
        std::function<void(const storage::CitizenReportRecord&, std::string_view change)>;

    struct Options
    {
        domain::ReportLimits limits;
        domain::DuplicateThresholds duplicates;
        std::chrono::hours answerTarget{72}; // on time without a forward deadline
    };

    CitizenReportService(storage::Database db, PhotoStore photos, const UnitDirectory& units,
                         IncidentService *incidents, const domain::Clock& clock, Publish publish,
                         Options options);

    // `actor`: the key's audit name. Replays (same channel and report id) answer the stored one.
    ReportOutcome<IntakeOutcome> intake(IntakeRequest request, const std::string& actor,
                                        const std::string& actorRole);
    ReportOutcome<ReportDetail> get(std::int64_t id);
    ReportQueue queue(const storage::ReportFilter& filter);
    ReportOutcome<ReportDetail> act(std::int64_t id, const ReportActionRequest& request,
                                    const domain::Actor& actor);
    // The report as its own channel may see it; 404 for another channel's report.
    ReportOutcome<storage::CitizenReportRecord> forChannel(std::int64_t id,
                                                           const std::string& channel);
    domain::ReportStatsResult stats(domain::TimePoint from, domain::TimePoint to);
    // The file of photo `position` (1-based) and its MIME type.
    std::optional<std::pair<std::filesystem::path, std::string>>
    photoFile(std::int64_t id, int position, bool thumbnail);

    const UnitDirectory& units() const { return m_units; }
    const Options& options() const { return m_options; }
    domain::TimePoint now() const { return m_clock.now(); }

private:
    ReportDetail detailLocked(const storage::CitizenReportRecord& r);
    std::optional<ReportError> applyLocked(storage::CitizenReportRecord& r,
                                           const ReportActionRequest& q,
                                           const domain::Actor& actor);
    std::optional<ReportError> makeIncident(storage::CitizenReportRecord& r,
                                            const ReportActionRequest& q,
                                            const domain::Actor& actor);

    std::mutex m_mutex;
    storage::Database m_db;
    storage::CitizenReportRepository m_repo;
    PhotoStore m_photos;
    const UnitDirectory& m_units;
    std::vector<domain::GeoBox> m_cityBoxes;
    IncidentService *m_incidents;
    const domain::Clock& m_clock;
    Publish m_publish;
    Options m_options;
};

} // namespace ioc::server
