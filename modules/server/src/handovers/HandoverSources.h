// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HandoverService.h"

namespace ioc::server {

class SourceQuality;

// Late, stale and silent sources as the drafter needs them, judged now against each source's
// promised interval.
HandoverService::SourceProvider handoverSourceProvider(const SourceQuality& quality,
                                                       const domain::Clock& clock);

} // namespace ioc::server
