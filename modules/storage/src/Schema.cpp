// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/Schema.h"

#include <array>

namespace ioc::storage {

namespace {
constexpr std::array kMigrations{
    Migration{1, "series latest values",
              R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE series_latest (
  series_id    TEXT PRIMARY KEY,
  value        REAL,
  observed_at  INTEGER NOT NULL, -- Unix milliseconds, UTC
  received_at  INTEGER NOT NULL
);
)sql"},
};
} // namespace

std::span<const Migration> iocdMigrations()
{
    return kMigrations;
}

} // namespace ioc::storage
