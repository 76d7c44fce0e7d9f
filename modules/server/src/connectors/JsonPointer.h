// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace ioc::server {

// RFC 6901 JSON pointers ("/data/0/level", "" for the whole document), as used by connector
// mappings to pick values out of an upstream's JSON.

// Why `pointer` is not a valid JSON pointer, or nothing when it is.
std::optional<std::string> jsonPointerError(std::string_view pointer);

// The value `pointer` names in `root`, or nullptr when there is none (or the pointer is invalid).
const boost::json::value *resolveJsonPointer(const boost::json::value& root,
                                             std::string_view pointer);

} // namespace ioc::server
