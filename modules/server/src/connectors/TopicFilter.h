// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ioc::server {

// MQTT topic filters (MQTT 3.1.1 §4.7): '+' is one whole level, '#' the rest (last level only).

// Why `filter` is not a valid subscription filter, or nothing when it is.
std::optional<std::string> topicFilterError(std::string_view filter);

// Whether `topic` (a concrete topic name, no wildcards) matches `filter`. Topics starting with
// '$' (broker internals) are not matched by a filter starting with a wildcard.
bool topicMatches(std::string_view filter, std::string_view topic);

// Why a series_from_topic pattern ("water.{3}.level": {N} is level N of the topic, from 1) cannot
// work with `filter`, or nothing when it can.
std::optional<std::string> seriesPatternError(std::string_view pattern, std::string_view filter);

// The pattern filled from `topic`; nothing when the topic has no level N.
std::optional<std::string> expandSeriesPattern(std::string_view pattern, std::string_view topic);

} // namespace ioc::server
