// SPDX-License-Identifier: GPL-3.0-or-later
#include "WallLogging.h"

Q_LOGGING_CATEGORY(lcWall, "ioc.wall")
