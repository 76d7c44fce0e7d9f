// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Appending JSON values straight to a string, for the hot paths (the stream encoder runs once
// per published change) where building a Boost.JSON DOM first would cost ten times more.
// Output is compact and parses back exactly with any JSON reader.
namespace ioc::protocol::json {

// A quoted string: '"', '\\' and control characters escaped (\n, \t, … or \u00XX), every other
// byte, UTF-8 included, copied as it is.
void appendString(std::string& out, std::string_view text);
// The shortest text that reads back as the same double; null when absent or not finite (JSON
// has no NaN or infinity, and the store never holds one).
void appendNumber(std::string& out, std::optional<double> value);
void appendInt(std::string& out, std::int64_t value);

} // namespace ioc::protocol::json
