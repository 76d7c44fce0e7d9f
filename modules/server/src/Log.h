// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <string_view>
#include <utility>

namespace ioc::server {

enum class LogLevel { Debug, Info, Warning, Error };

using LogField = std::pair<std::string_view, std::string_view>;

// One line per event, key=value, to stderr (the journal picks it up under systemd):
//   2026-11-28T11:30:00.123Z level=info event=listening address=127.0.0.1 port=8686
void log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields = {});
void setLogLevel(LogLevel minimum);

} // namespace ioc::server
