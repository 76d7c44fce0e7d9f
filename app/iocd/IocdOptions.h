// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/server/Server.h"

#include <string>
#include <vector>

namespace ioc::app {

struct IocdCommandLine
{
    enum class Action { Serve, Help, Version, Error };
    Action action = Action::Serve;
    ioc::server::ServerOptions server;
    std::string error;
};

IocdCommandLine parseIocdCommandLine(const std::vector<std::string>& args);
std::string iocdUsage();

} // namespace ioc::app
