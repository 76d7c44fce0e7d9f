// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace ioc::app {

// `iocd user …` and `iocd audit …`: offline administration on the data directory. Every change is
// written to the audit log with the operating-system user as the actor.
bool isAdminCommand(const std::vector<std::string>& args);
int runAdminCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
std::string adminUsage();

} // namespace ioc::app
