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
    Migration{2, "series history",
              R"sql(
CREATE TABLE series_points (
  series_id  TEXT NOT NULL,
  t          INTEGER NOT NULL, -- observed_at, Unix milliseconds, UTC
  v          REAL NOT NULL,
  PRIMARY KEY (series_id, t)
) WITHOUT ROWID;
CREATE INDEX series_points_t ON series_points(t);
)sql"},
};
} // namespace

std::span<const Migration> iocdMigrations()
{
    return kMigrations;
}

} // namespace ioc::storage
