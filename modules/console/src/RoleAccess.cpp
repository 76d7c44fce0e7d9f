// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleAccess.h"

namespace ioc::console {

RoleAccess accessForRole(const QString& role)
{
    if (role == QLatin1String("officer"))
        return {.workstation = true, .displayOnly = false};
    if (role == QLatin1String("supervisor"))
        return {.workstation = true, .audit = true, .approvals = true, .displayOnly = false};
    if (role == QLatin1String("admin"))
        return {.workstation = true, .audit = true, .userAdmin = true, .displayOnly = false};
    return {};
}

} // namespace ioc::console
