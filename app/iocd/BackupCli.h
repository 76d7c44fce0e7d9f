// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace ioc::app {

// `iocd backup` (online, while the server runs) and `iocd restore` (only while it does not).
bool isBackupCommand(const std::vector<std::string>& args);
int runBackupCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
std::string backupUsage();

} // namespace ioc::app
