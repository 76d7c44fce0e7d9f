// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ioc::console {

// Which parts of the console a role sees. The server enforces every permission itself
// (docs/security.md); this only keeps views a role cannot use out of its way.
struct RoleAccess
{
    bool workstation = false; // the live board and map, with interaction
    bool audit = false;       // the audit log view
    bool approvals = false;   // the closure approval queue (four-eyes)
    bool userAdmin = false;   // user and API key management
    bool displayOnly = true;  // the wall: shows, never acts
};

// Unknown roles get the least: display only.
RoleAccess accessForRole(const QString& role);

} // namespace ioc::console
