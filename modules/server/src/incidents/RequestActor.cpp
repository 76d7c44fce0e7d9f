// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestActor.h"

namespace ioc::server {

std::optional<domain::Actor> requestActor(const HttpRequest& request)
{
    const auto& p = request.principal;
    if (!p || !p->isUser())
        return std::nullopt;
    return domain::Actor{p->userId, p->username, p->role};
}

} // namespace ioc::server
