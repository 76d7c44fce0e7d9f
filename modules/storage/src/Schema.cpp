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
    Migration{3, "users, sessions and the audit log",
              R"sql(
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL DEFAULT '',
  role          TEXT NOT NULL CHECK (role IN ('officer', 'supervisor', 'wall', 'admin')),
  password_hash TEXT NOT NULL,            -- Argon2id, libsodium crypto_pwhash_str format
  disabled      INTEGER NOT NULL DEFAULT 0,
  demo          INTEGER NOT NULL DEFAULT 0, -- seeded by --demo; never in production
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);
CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  at        INTEGER NOT NULL,  -- Unix milliseconds, UTC
  actor     TEXT NOT NULL,
  role      TEXT NOT NULL,
  action    TEXT NOT NULL,
  target    TEXT NOT NULL,
  details   TEXT NOT NULL,     -- JSON
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL
);
)sql"},
    Migration{4, "login sessions, API keys, login throttling",
              R"sql(
-- The bearer token itself is never stored: only its SHA-256, so a copy of the file logs nobody in.
CREATE TABLE sessions (
  token_sha256 TEXT PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users(id),
  created_at   INTEGER NOT NULL,  -- Unix milliseconds, UTC
  expires_at   INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  revoked_at   INTEGER,           -- logout, user disabled or password reset
  remote       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE api_keys (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL DEFAULT '',
  kind        TEXT NOT NULL CHECK (kind IN ('source', 'agency')),
  key_sha256  TEXT NOT NULL UNIQUE,
  scope       TEXT NOT NULL,      -- comma-separated source ids (source) or series ids (agency)
  created_at  INTEGER NOT NULL,
  revoked_at  INTEGER
);
-- Failed logins per account ("user:NAME") and per address ("addr:IP"), kept across restarts so
-- restarting iocd does not reset a lockout.
CREATE TABLE login_failures (
  key          TEXT PRIMARY KEY,
  failures     INTEGER NOT NULL,
  first_at     INTEGER NOT NULL,
  last_at      INTEGER NOT NULL,
  locked_until INTEGER NOT NULL DEFAULT 0
);
)sql"},
};
} // namespace

std::span<const Migration> iocdMigrations()
{
    return kMigrations;
}

} // namespace ioc::storage
