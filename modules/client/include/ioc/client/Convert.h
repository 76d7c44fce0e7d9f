// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <string>

// Conversions from the wire's std types to Qt's, kept in one place.
namespace ioc::client {

inline QString toQString(const std::string& s)
{
    return QString::fromStdString(s);
}

inline QDateTime toQDateTime(domain::TimePoint t)
{
    return QDateTime::fromMSecsSinceEpoch(t.time_since_epoch().count(), QTimeZone::utc());
}

// An absent time becomes an invalid QDateTime.
inline QDateTime toQDateTime(const std::optional<domain::TimePoint>& t)
{
    return t ? toQDateTime(*t) : QDateTime{};
}

} // namespace ioc::client
