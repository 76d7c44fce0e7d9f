// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Handover.h"
#include "ioc/domain/ShiftRota.h"
#include "ioc/domain/Time.h"
#include "ioc/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ioc::storage {

// What the outgoing officer signs.
struct NewHandover
{
    domain::ShiftInstance shift;
    domain::ShiftInstance nextShift;
    std::string signedBy;
    domain::TimePoint signedAt;
    std::string notes;
    std::vector<domain::HandoverItem> items;
    domain::TimePoint escalationDeadline;
};

struct ItemAcknowledgement
{
    std::string itemKey;
    std::string by;
    domain::TimePoint at;
};

// An item queried back to the outgoing officer, and the answer once given.
struct HandoverQuery
{
    std::int64_t id = 0;
    std::string itemKey;
    std::string comment;
    std::string by;
    domain::TimePoint at;
    std::string answer;
    std::string answeredBy;
    std::optional<domain::TimePoint> answeredAt;
};

struct HandoverAnnotation
{
    std::int64_t id = 0;
    std::string text;
    std::string by;
    domain::TimePoint at;
};

struct HandoverRecord
{
    std::int64_t id = 0;
    NewHandover fields;
    domain::HandoverStatus status = domain::HandoverStatus::Signed;
    std::optional<domain::TimePoint> escalatedAt;
    std::string acknowledgedBy;
    std::optional<domain::TimePoint> acknowledgedAt;
    std::string ackMode; // "items" or "all"
    std::vector<ItemAcknowledgement> acknowledgements;
    std::vector<HandoverQuery> queries;
    std::vector<HandoverAnnotation> annotations;
};

// A shift that ended with no handover signed, as escalated to the supervisors.
struct MissedHandover
{
    domain::ShiftInstance shift;
    domain::TimePoint escalatedAt;
};

// Filters of GET /api/v1/handovers; newest shift first.
struct HandoverFilter
{
    std::string text;                      // diacritics-insensitive: notes, items, annotations
    std::optional<domain::TimePoint> from; // shift_start >= from
    std::optional<domain::TimePoint> to;   // shift_start < to
    std::string officer;                   // signed or acknowledged by
    int limit = 50;
};

// Handovers in SQLite (issue 6). Methods do not open transactions: the service holds one around
// each check-and-write with its audit entry. The schema's triggers refuse any edit of what was
// signed, and any change at all once acknowledged (annotations live in their own table).
class HandoverRepository
{
public:
    explicit HandoverRepository(Database& db)
        : m_db(db)
    {}

    // nullopt when the shift already has a handover.
    std::optional<std::int64_t> insert(const NewHandover& h);
    // Without its items and history when `full` is false (lists).
    std::optional<HandoverRecord> get(std::int64_t id, bool full = true);
    std::optional<HandoverRecord> findByShift(const std::string& shiftId, const std::string& date);
    // The newest handover of a shift that started before `shiftStart` (what carries forward).
    std::optional<HandoverRecord> latestBefore(domain::TimePoint shiftStart);
    std::vector<HandoverRecord> list(const HandoverFilter& filter);

    void acknowledge(std::int64_t id, const std::vector<std::string>& keys, const std::string& by,
                     const std::string& mode, domain::TimePoint at);
    std::int64_t addQuery(std::int64_t id, const std::string& itemKey, const std::string& comment,
                          const std::string& by, domain::TimePoint at);
    // false when there is no such unanswered query on that handover.
    bool answerQuery(std::int64_t id, std::int64_t queryId, const std::string& answer,
                     const std::string& by, domain::TimePoint at);
    std::int64_t annotate(std::int64_t id, const std::string& text, const std::string& by,
                          domain::TimePoint at);

    // Signed, not acknowledged, not yet escalated, past the deadline.
    std::vector<std::int64_t> dueForEscalation(domain::TimePoint now);
    void markEscalated(std::int64_t id, domain::TimePoint at);

    // Shifts without a handover: recorded once each (false when already recorded).
    bool isMissingRecorded(const domain::ShiftInstance& shift);
    bool recordMissing(const domain::ShiftInstance& shift, domain::TimePoint escalatedAt);
    // Recorded shifts that ended at or after `since` and still have no handover, newest first.
    std::vector<MissedHandover> stillMissing(domain::TimePoint since);

private:
    void appendSearch(std::int64_t id, const std::string& column, const std::string& text);

    Database& m_db;
};

} // namespace ioc::storage
