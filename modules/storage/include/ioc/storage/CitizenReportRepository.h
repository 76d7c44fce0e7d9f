// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/CitizenReport.h"
#include "ioc/domain/Time.h"
#include "ioc/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ioc::storage {

// One citizen report as stored (issue 13). Photos and the timeline are kept apart.
struct CitizenReportRecord
{
    std::int64_t id = 0;
    std::string channel;
    std::string channelRef;
    std::string text;
    std::string category;
    std::optional<double> lat;
    std::optional<double> lon;
    std::string address;
    std::string unitCode;
    domain::TimePoint observedAt;
    domain::TimePoint receivedAt;
    std::string contactName;
    std::string contactPhone;
    domain::ReportStatus status = domain::ReportStatus::Received;
    std::string publicDetail;
    domain::TimePoint publicUpdatedAt;
    std::optional<std::int64_t> incidentId;
    std::optional<std::int64_t> mergedInto;
    std::string forwardUnit;
    std::string forwardFocalPoint;
    std::string forwardMessage;
    std::optional<domain::TimePoint> forwardDeadline;
    std::optional<domain::TimePoint> forwardedAt;
    std::string unitAnswer;
    std::optional<domain::TimePoint> unitAnsweredAt;
    std::string unitAnsweredBy;
    std::optional<domain::TimePoint> answeredAt;
    std::string handledBy;
    domain::TimePoint updatedAt;
};

struct ReportPhoto
{
    int position = 0;
    std::string sha256;
    std::string mime;
    std::int64_t bytes = 0;
    int width = 0;
    int height = 0;
};

struct ReportEvent
{
    std::int64_t id = 0;
    domain::TimePoint at;
    std::string actor;
    std::string actorRole;
    std::string action;
    std::string fromStatus;
    std::string toStatus;
    std::string note; // internal
};

struct ReportFilter
{
    std::vector<domain::ReportStatus> statuses; // empty: any
    std::string category;
    std::string unitCode;
    std::string channel;
    std::optional<domain::TimePoint> from; // received_at >= from
    std::optional<domain::TimePoint> to;   // received_at < to
    int limit = 500;
};

class CitizenReportRepository
{
public:
    explicit CitizenReportRepository(Database& db)
        : m_db(db)
    {}

    // Stores a new report (id and timestamps as given); returns its id.
    std::int64_t insert(const CitizenReportRecord& r);
    // Writes every mutable field back (status, public detail, links, forward, answers).
    void update(const CitizenReportRecord& r);
    std::optional<CitizenReportRecord> find(std::int64_t id);
    std::optional<CitizenReportRecord> findByChannelRef(const std::string& channel,
                                                        const std::string& channelRef);
    // Newest received first.
    std::vector<CitizenReportRecord> list(const ReportFilter& filter);

    void addPhoto(std::int64_t reportId, const ReportPhoto& p);
    std::vector<ReportPhoto> photos(std::int64_t reportId);
    // Whether any report still refers to the file (a failed intake removes only unshared files).
    bool photoInUse(const std::string& sha256);

    void addEvent(std::int64_t reportId, const ReportEvent& e);
    std::vector<ReportEvent> events(std::int64_t reportId);

private:
    Database& m_db;
};

} // namespace ioc::storage
