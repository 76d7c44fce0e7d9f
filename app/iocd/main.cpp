// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminCli.h"
#include "IocdOptions.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    using ioc::app::IocdCommandLine;
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (ioc::app::isAdminCommand(args))
        return ioc::app::runAdminCommand(args, std::cout, std::cerr);
    auto cl = ioc::app::parseIocdCommandLine(args);
    switch (cl.action) {
    case IocdCommandLine::Action::Help:
        std::cout << ioc::app::iocdUsage() << '\n' << ioc::app::adminUsage();
        return 0;
    case IocdCommandLine::Action::Version:
        std::cout << "iocd " << ioc::server::version() << '\n';
        return 0;
    case IocdCommandLine::Action::Error:
        std::cerr << "iocd: " << cl.error << "\n\n" << ioc::app::iocdUsage();
        return 2;
    case IocdCommandLine::Action::Serve:
        break;
    }
    cl.server.handleSignals = true;
    ioc::server::Server server(cl.server);
    auto port = server.start();
    if (!port) {
        std::cerr << "iocd: " << port.error().message << '\n';
        return 1;
    }
    if (const auto pw = server.takeFirstAdminPassword(); !pw.empty())
        std::cout << "iocd: first start: created user 'admin' with password (shown once): " << pw
                  << std::endl;
    // Scripts and tests read the real port from this line (with --listen ADDR:0).
    std::cout << "iocd listening on " << cl.server.address << ':' << *port << std::endl;
    server.wait();
    server.stop();
    return 0;
}
