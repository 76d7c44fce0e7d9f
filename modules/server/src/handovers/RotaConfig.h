// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/ShiftRota.h"
#include "ioc/protocol/Result.h"

#include <string_view>

namespace ioc::server {

// The shift rota file of `iocd --shift-rota FILE` (docs/handover.md): shifts, who is on duty,
// and the handover timings.
struct RotaConfig
{
    domain::ShiftRota rota = domain::ShiftRota::standard();
    domain::Seconds escalateAfter{30 * 60}; // unacknowledged this long after the change: escalate
    domain::Minutes draftLead{30};          // the console drafts by itself this close to the end
};

protocol::Result<RotaConfig> parseRotaConfig(std::string_view json);

// 06–14, 14–22, 22–06 Asia/Ho_Chi_Minh; with `demo`, the demo officers and supervisors are on
// every shift so a handover can be signed and taken over by hand.
RotaConfig builtinRotaConfig(bool demo);

} // namespace ioc::server
