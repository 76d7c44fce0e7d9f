// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/storage/Migrations.h"

#include <span>

namespace ioc::storage {

// iocd's schema history, oldest first. Append only: a released migration is never edited.
std::span<const Migration> iocdMigrations();

} // namespace ioc::storage
