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
    // 4 and 5 were written on parallel branches; migrate() applies every version it has not
    // recorded, so a database that got 5 first still gets 4.
    Migration{5, "incidents, their timeline, forwards, checklists, idempotency keys and search",
              R"sql(
CREATE TABLE incidents (
  id                INTEGER PRIMARY KEY,       -- creation order: lists are newest first by id
  ref               TEXT NOT NULL UNIQUE,      -- "HP-2026-000123"
  ref_year          INTEGER NOT NULL,
  ref_number        INTEGER NOT NULL,
  title             TEXT NOT NULL,
  description       TEXT NOT NULL DEFAULT '',
  domain            TEXT NOT NULL,
  category          TEXT NOT NULL,
  severity          INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
  lat               REAL,
  lon               REAL,
  unit_code         TEXT,                      -- commune-level unit of the location
  source_kind       TEXT NOT NULL,
  source_ref        TEXT,                      -- id of the alert / citizen report it came from
  reporter          TEXT NOT NULL,
  assignee          TEXT,
  responsible_unit  TEXT,
  response_deadline INTEGER,                   -- Unix milliseconds, UTC
  status            TEXT NOT NULL,
  proposed_by       TEXT,                      -- author of the pending resolution proposal
  drill             INTEGER NOT NULL DEFAULT 0,
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL,
  closed_at         INTEGER,
  forward_deadline  INTEGER,                   -- earliest unanswered forward's deadline
  UNIQUE (ref_year, ref_number)
);
-- Lists are newest first (created_at, then id): each filter's index ends in created_at so a page
-- is read in order and stops early, without sorting what matched.
CREATE INDEX incidents_created ON incidents(created_at);
CREATE INDEX incidents_status ON incidents(status, created_at);
CREATE INDEX incidents_severity ON incidents(severity, created_at);
CREATE INDEX incidents_domain ON incidents(domain, created_at);
CREATE INDEX incidents_unit ON incidents(unit_code, created_at);
CREATE INDEX incidents_assignee ON incidents(assignee, created_at);
CREATE INDEX incidents_drill ON incidents(drill, created_at);
-- Open incidents with their deadlines: the overdue filter and counts read only this.
CREATE INDEX incidents_open ON incidents(created_at, response_deadline, forward_deadline)
  WHERE status <> 'closed';
CREATE TABLE incident_events (
  id          INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  at          INTEGER NOT NULL,
  actor       TEXT NOT NULL,
  actor_role  TEXT NOT NULL,
  kind        TEXT NOT NULL,  -- created, transition, note, assign, forward, answer, checklist, skipped
  action      TEXT,           -- transition: the action
  from_status TEXT,
  to_status   TEXT,
  text        TEXT NOT NULL DEFAULT '',
  ref         TEXT            -- forward id, step id or assignee, by kind
);
CREATE INDEX incident_events_incident ON incident_events(incident_id, id);
CREATE TABLE incident_forwards (
  id           INTEGER PRIMARY KEY,
  incident_id  INTEGER NOT NULL REFERENCES incidents(id),
  unit         TEXT NOT NULL,  -- department or commune-level unit (code or name)
  focal_point  TEXT NOT NULL DEFAULT '',
  message      TEXT NOT NULL DEFAULT '',
  deadline     INTEGER NOT NULL,
  forwarded_at INTEGER NOT NULL,
  forwarded_by TEXT NOT NULL,
  answered_at  INTEGER,
  answer       TEXT,
  answered_by  TEXT
);
CREATE INDEX incident_forwards_incident ON incident_forwards(incident_id);
CREATE TABLE incident_checklist (
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  step_id     TEXT NOT NULL,
  state       TEXT NOT NULL CHECK (state IN ('done', 'skipped')),
  by_user     TEXT NOT NULL,
  at          INTEGER NOT NULL,
  reason      TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (incident_id, step_id)
) WITHOUT ROWID;
CREATE TABLE incident_idempotency (
  key         TEXT PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  actor       TEXT NOT NULL,
  created_at  INTEGER NOT NULL
) WITHOUT ROWID;
-- Search copy of title, description and notes with đ/Đ already folded to d/D (the tokenizer
-- folds every other Vietnamese mark); rowid = incidents.id. Prefix indexes up to 6 letters (a
-- Vietnamese syllable is at most 7) keep search-while-typing from merging thousands of terms.
CREATE VIRTUAL TABLE incidents_fts USING fts5(
  title, description, notes, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6'
);
)sql"},
    Migration{6, "incident idempotency keys remember the request; deadline-ordered lists",
              R"sql(
-- SHA-256 of the create request a key was first used with: the same key with another body is
-- refused instead of replayed. Empty for keys stored before version 6 (not compared).
ALTER TABLE incident_idempotency ADD COLUMN request_sha256 TEXT NOT NULL DEFAULT '';
-- GET /api/v1/incidents?sort=deadline and sort=status read these forwards or backwards and stop
-- after the page. The expressions must match IncidentRepository's ORDER BY.
CREATE INDEX incidents_deadline ON incidents(response_deadline IS NULL, response_deadline, created_at);
CREATE INDEX incidents_lifecycle ON incidents(CASE status WHEN 'new' THEN 0 WHEN 'acknowledged' THEN 1
  WHEN 'in_progress' THEN 2 WHEN 'resolution_proposed' THEN 3 ELSE 4 END, created_at);
)sql"},
    Migration{7, "shift handovers, their items, acknowledgements, queries, annotations, standing "
                 "orders and search",
              R"sql(
CREATE TABLE handovers (
  id                  INTEGER PRIMARY KEY,
  shift_id            TEXT NOT NULL,          -- rota shift id, e.g. "night"
  shift_date          TEXT NOT NULL,          -- local date the shift starts, YYYY-MM-DD
  shift_start         INTEGER NOT NULL,       -- Unix milliseconds, UTC
  shift_end           INTEGER NOT NULL,
  next_shift_id       TEXT NOT NULL,
  next_shift_date     TEXT NOT NULL,
  signed_by           TEXT NOT NULL,
  signed_at           INTEGER NOT NULL,
  notes               TEXT NOT NULL DEFAULT '',
  status              TEXT NOT NULL CHECK (status IN ('signed', 'acknowledged')),
  escalation_deadline INTEGER NOT NULL,
  escalated_at        INTEGER,
  acknowledged_by     TEXT,
  acknowledged_at     INTEGER,
  ack_mode            TEXT,                   -- 'items' (one by one) or 'all' (confirmed)
  UNIQUE (shift_id, shift_date)
);
CREATE INDEX handovers_shift_start ON handovers(shift_start);
CREATE INDEX handovers_pending ON handovers(escalation_deadline) WHERE status = 'signed';
CREATE TABLE handover_items (
  handover_id  INTEGER NOT NULL REFERENCES handovers(id),
  position     INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  item_key     TEXT NOT NULL,
  title        TEXT NOT NULL,
  detail       TEXT NOT NULL DEFAULT '',
  status       TEXT NOT NULL DEFAULT '',
  owner        TEXT NOT NULL DEFAULT '',
  deadline     INTEGER,
  severity     INTEGER NOT NULL DEFAULT 0,
  activity     TEXT NOT NULL DEFAULT '',
  open         INTEGER NOT NULL,
  carried_from INTEGER,
  PRIMARY KEY (handover_id, item_key)
) WITHOUT ROWID;
CREATE TABLE handover_acknowledgements (
  handover_id INTEGER NOT NULL REFERENCES handovers(id),
  item_key    TEXT NOT NULL,
  by_user     TEXT NOT NULL,
  at          INTEGER NOT NULL,
  PRIMARY KEY (handover_id, item_key)
) WITHOUT ROWID;
CREATE TABLE handover_queries (
  id          INTEGER PRIMARY KEY,
  handover_id INTEGER NOT NULL REFERENCES handovers(id),
  item_key    TEXT NOT NULL,
  comment     TEXT NOT NULL,
  by_user     TEXT NOT NULL,
  at          INTEGER NOT NULL,
  answer      TEXT,
  answered_by TEXT,
  answered_at INTEGER
);
CREATE INDEX handover_queries_handover ON handover_queries(handover_id);
CREATE TABLE handover_annotations (
  id          INTEGER PRIMARY KEY,
  handover_id INTEGER NOT NULL REFERENCES handovers(id),
  text        TEXT NOT NULL,
  by_user     TEXT NOT NULL,
  at          INTEGER NOT NULL
);
CREATE INDEX handover_annotations_handover ON handover_annotations(handover_id);
CREATE TABLE standing_orders (
  id         INTEGER PRIMARY KEY,
  title      TEXT NOT NULL,
  text       TEXT NOT NULL DEFAULT '',
  valid_from INTEGER NOT NULL,
  valid_to   INTEGER,                         -- none: until ended
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  ended_by   TEXT,
  ended_at   INTEGER
);
-- Search copy (đ/Đ folded, as for incidents); rowid = handovers.id.
CREATE VIRTUAL TABLE handovers_fts USING fts5(
  notes, items, annotations, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6'
);
-- What was signed is the record: items and acknowledgements never change, a handover row never
-- goes away, and once acknowledged nothing but annotations (their own table) is added.
CREATE TRIGGER handover_items_no_update BEFORE UPDATE ON handover_items
BEGIN SELECT RAISE(ABORT, 'handover items are immutable'); END;
CREATE TRIGGER handover_items_no_delete BEFORE DELETE ON handover_items
BEGIN SELECT RAISE(ABORT, 'handover items are immutable'); END;
CREATE TRIGGER handover_acks_no_update BEFORE UPDATE ON handover_acknowledgements
BEGIN SELECT RAISE(ABORT, 'handover acknowledgements are immutable'); END;
CREATE TRIGGER handover_acks_no_delete BEFORE DELETE ON handover_acknowledgements
BEGIN SELECT RAISE(ABORT, 'handover acknowledgements are immutable'); END;
CREATE TRIGGER handovers_no_delete BEFORE DELETE ON handovers
BEGIN SELECT RAISE(ABORT, 'handovers are never deleted'); END;
CREATE TRIGGER handovers_signed_content BEFORE UPDATE OF shift_id, shift_date, shift_start,
  shift_end, next_shift_id, next_shift_date, signed_by, signed_at, notes ON handovers
BEGIN SELECT RAISE(ABORT, 'a signed handover cannot be edited; annotate it'); END;
CREATE TRIGGER handovers_complete BEFORE UPDATE ON handovers WHEN OLD.status = 'acknowledged'
BEGIN SELECT RAISE(ABORT, 'an acknowledged handover cannot be edited; annotate it'); END;
)sql"},
    Migration{8, "alerts, their events, source urges and edited alert rule sets",
              R"sql(
CREATE TABLE alerts (
  id                 INTEGER PRIMARY KEY,
  rule_id            TEXT NOT NULL,
  instance_key       TEXT NOT NULL,  -- the series, source or unit the rule fired for
  kind               TEXT NOT NULL,
  severity           INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
  state              TEXT NOT NULL CHECK (state IN ('active', 'acknowledged', 'cleared')),
  series_id          TEXT NOT NULL DEFAULT '',
  source_id          TEXT NOT NULL DEFAULT '',
  unit_code          TEXT NOT NULL DEFAULT '',
  value              REAL,
  threshold          REAL,
  label_vi           TEXT NOT NULL,
  label_en           TEXT NOT NULL,
  message_vi         TEXT NOT NULL,
  message_en         TEXT NOT NULL,
  suggested_category TEXT NOT NULL,
  early_warning      INTEGER NOT NULL DEFAULT 0,
  raised_at          INTEGER NOT NULL,  -- Unix milliseconds, UTC
  acknowledged_at    INTEGER,
  acknowledged_by    TEXT NOT NULL DEFAULT '',
  ack_comment        TEXT NOT NULL DEFAULT '',
  cleared_at         INTEGER,
  renotify_at        INTEGER,
  incident_id        INTEGER
);
CREATE INDEX alerts_state ON alerts(state, raised_at);
CREATE TABLE alert_events (
  id        INTEGER PRIMARY KEY,
  alert_id  INTEGER NOT NULL REFERENCES alerts(id),
  at        INTEGER NOT NULL,
  change    TEXT NOT NULL,  -- raised, acknowledged, renotified, cleared, incident
  actor     TEXT NOT NULL DEFAULT '',
  value     REAL,
  comment   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alert_events_alert ON alert_events(alert_id, id);
-- Regulation 14.2: the centre chased a unit that fell behind (who, when, what was said).
CREATE TABLE source_urges (
  id         INTEGER PRIMARY KEY,
  source_id  TEXT NOT NULL,
  at         INTEGER NOT NULL,
  by_user    TEXT NOT NULL,
  note       TEXT NOT NULL
);
CREATE INDEX source_urges_source ON source_urges(source_id, id);
-- Every rule set saved through PUT /api/v1/alert-rules; the newest is in force.
CREATE TABLE alert_rule_sets (
  id       INTEGER PRIMARY KEY,
  at       INTEGER NOT NULL,
  by_user  TEXT NOT NULL,
  rules    TEXT NOT NULL  -- the JSON document as accepted
);
)sql"},
    Migration{9, "citizen reports, their photos and timeline; channel API keys",
              R"sql(
-- API keys of citizen channel systems (kind 'channel', scope = the channel id). SQLite cannot
-- change a CHECK constraint, so the table is rebuilt with the same columns.
CREATE TABLE api_keys_v9 (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL DEFAULT '',
  kind        TEXT NOT NULL CHECK (kind IN ('source', 'agency', 'channel')),
  key_sha256  TEXT NOT NULL UNIQUE,
  scope       TEXT NOT NULL,      -- source ids (source), series ids (agency), channel id (channel)
  created_at  INTEGER NOT NULL,
  revoked_at  INTEGER
);
INSERT INTO api_keys_v9 (id, name, kind, key_sha256, scope, created_at, revoked_at)
  SELECT id, name, kind, key_sha256, scope, created_at, revoked_at FROM api_keys;
DROP TABLE api_keys;
ALTER TABLE api_keys_v9 RENAME TO api_keys;
CREATE TABLE citizen_reports (
  id                  INTEGER PRIMARY KEY,
  channel             TEXT NOT NULL,             -- channel system id (the key's scope)
  channel_ref         TEXT NOT NULL,             -- the channel's own report id: idempotency
  text                TEXT NOT NULL,
  category            TEXT NOT NULL,
  lat                 REAL,
  lon                 REAL,
  address             TEXT NOT NULL DEFAULT '',
  unit_code           TEXT,                      -- commune-level unit of the point
  observed_at         INTEGER NOT NULL,          -- Unix milliseconds, UTC
  received_at         INTEGER NOT NULL,
  contact_name        TEXT NOT NULL DEFAULT '',  -- private: officers and supervisors only
  contact_phone       TEXT NOT NULL DEFAULT '',
  status              TEXT NOT NULL,
  public_detail       TEXT NOT NULL DEFAULT '',  -- forwarded-to unit, rejection reason or answer
  public_updated_at   INTEGER NOT NULL,
  incident_id         INTEGER,                   -- made into, or merged into, this incident
  merged_into         INTEGER,                   -- merged into this report
  forward_unit        TEXT,
  forward_focal_point TEXT,
  forward_message     TEXT,
  forward_deadline    INTEGER,
  forwarded_at        INTEGER,
  unit_answer         TEXT,
  unit_answered_at    INTEGER,
  unit_answered_by    TEXT,
  answered_at         INTEGER,                   -- when the citizen got a public answer
  handled_by          TEXT,
  updated_at          INTEGER NOT NULL,
  UNIQUE (channel, channel_ref)
);
CREATE INDEX citizen_reports_received ON citizen_reports(received_at);
CREATE INDEX citizen_reports_status ON citizen_reports(status, received_at);
CREATE TABLE citizen_report_photos (
  report_id  INTEGER NOT NULL REFERENCES citizen_reports(id),
  position   INTEGER NOT NULL,
  sha256     TEXT NOT NULL,  -- file name under DATA_DIR/photos (content-addressed)
  mime       TEXT NOT NULL,
  bytes      INTEGER NOT NULL,
  width      INTEGER NOT NULL,
  height     INTEGER NOT NULL,
  PRIMARY KEY (report_id, position)
) WITHOUT ROWID;
CREATE INDEX citizen_report_photos_sha ON citizen_report_photos(sha256);
CREATE TABLE citizen_report_events (
  id          INTEGER PRIMARY KEY,
  report_id   INTEGER NOT NULL REFERENCES citizen_reports(id),
  at          INTEGER NOT NULL,
  actor       TEXT NOT NULL,
  actor_role  TEXT NOT NULL,
  action      TEXT NOT NULL,   -- received or a lifecycle action
  from_status TEXT,
  to_status   TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT ''  -- internal: never shown to the channel
);
CREATE INDEX citizen_report_events_report ON citizen_report_events(report_id, id);
)sql"},
    Migration{10, "shifts that ended without a signed handover, escalated once each",
              R"sql(
CREATE TABLE handover_missing (
  shift_id     TEXT NOT NULL,
  shift_date   TEXT NOT NULL,     -- local date the shift starts, YYYY-MM-DD
  shift_start  INTEGER NOT NULL,  -- Unix milliseconds, UTC
  shift_end    INTEGER NOT NULL,
  escalated_at INTEGER NOT NULL,
  PRIMARY KEY (shift_id, shift_date)
) WITHOUT ROWID;
CREATE INDEX handover_missing_end ON handover_missing(shift_end);
)sql"},
};
} // namespace

std::span<const Migration> iocdMigrations()
{
    return kMigrations;
}

} // namespace ioc::storage
