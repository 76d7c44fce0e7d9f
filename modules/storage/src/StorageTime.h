// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"
#include "ioc/storage/Statement.h"

#include <optional>
#include <string>

// Unix-millisecond columns and optional values, shared by the handover repositories.
namespace ioc::storage::columns {

inline std::int64_t ms(domain::TimePoint t)
{
    return t.time_since_epoch().count();
}
inline domain::TimePoint fromMs(std::int64_t v)
{
    return domain::TimePoint{domain::Milliseconds{v}};
}
inline std::optional<domain::TimePoint> optionalTime(const Statement& q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return fromMs(q.int64(column));
}
inline std::string optionalText(const Statement& q, int column)
{
    return q.isNull(column) ? std::string{} : q.text(column);
}
inline void bindTime(Statement& s, int index, const std::optional<domain::TimePoint>& t)
{
    if (t)
        s.bind(index, ms(*t));
    else
        s.bindNull(index);
}

} // namespace ioc::storage::columns
