#include "vault_schema.h"

#include <array>

namespace its {
namespace {

// SQLite 3.15.2 (SQLCipher 3.4.1): no UPSERT, RETURNING, window functions or STRICT.
// Time points are stored as (wall_ms, mono_ms, anchor) triples; see timing/time_point.h.
constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE templates (
  id TEXT PRIMARY KEY NOT NULL,
  revision INTEGER NOT NULL,
  name TEXT NOT NULL,
  sector TEXT NOT NULL,
  language TEXT NOT NULL,
  channels TEXT NOT NULL,            -- comma-separated channel ids, e.g. "phone,email"
  json TEXT NOT NULL,                -- intheirshoes.template JSON
  imported_at_ms INTEGER NOT NULL
);

CREATE TABLE walks (
  id TEXT PRIMARY KEY NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1,
  template_id TEXT NOT NULL,
  template_name TEXT NOT NULL,
  sector TEXT NOT NULL,
  language TEXT NOT NULL,
  template_json TEXT NOT NULL,       -- snapshot: later template edits do not rewrite history
  persona TEXT NOT NULL,
  started_wall_ms INTEGER NOT NULL,
  started_mono_ms INTEGER NOT NULL,
  started_anchor TEXT NOT NULL,
  finished_wall_ms INTEGER,
  finished_mono_ms INTEGER,
  finished_anchor TEXT,
  status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'finished')),
  recommend INTEGER CHECK (recommend BETWEEN 0 AND 10),
  effort INTEGER CHECK (effort BETWEEN 1 AND 7),
  ces_scale_version TEXT NOT NULL DEFAULT 'ces2-7pt',
  would_stay INTEGER CHECK (would_stay IN (0, 1))
);
CREATE INDEX walks_by_start ON walks (started_wall_ms);

CREATE TABLE contacts (
  id TEXT PRIMARY KEY NOT NULL,
  walk_id TEXT NOT NULL REFERENCES walks (id) ON DELETE CASCADE,
  touchpoint_id TEXT NOT NULL,
  attempt INTEGER NOT NULL CHECK (attempt >= 1),
  outcome TEXT NOT NULL DEFAULT 'open',
  repeat_count INTEGER NOT NULL DEFAULT 0 CHECK (repeat_count >= 0),
  ordinal INTEGER NOT NULL,          -- order of contacts within the walk
  closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
);
CREATE INDEX contacts_by_walk ON contacts (walk_id, ordinal);

CREATE TABLE phase_events (
  contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  phase TEXT NOT NULL,
  wall_ms INTEGER NOT NULL,
  mono_ms INTEGER NOT NULL,
  anchor TEXT NOT NULL,
  PRIMARY KEY (contact_id, seq)
);

CREATE TABLE handoffs (
  contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  from_department TEXT NOT NULL,
  to_department TEXT NOT NULL,
  wall_ms INTEGER NOT NULL,
  mono_ms INTEGER NOT NULL,
  anchor TEXT NOT NULL,
  PRIMARY KEY (contact_id, seq)
);

CREATE TABLE observations (
  contact_id TEXT PRIMARY KEY NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  note TEXT NOT NULL DEFAULT '',
  note_shareable INTEGER NOT NULL DEFAULT 0 CHECK (note_shareable IN (0, 1)),
  private_staff_note TEXT NOT NULL DEFAULT '',   -- never leaves the device
  moment_kind TEXT NOT NULL DEFAULT 'none' CHECK (moment_kind IN ('none', 'pain_point', 'memorable')),
  moment_theme TEXT NOT NULL DEFAULT '',
  moment_severity INTEGER NOT NULL DEFAULT 0 CHECK (moment_severity BETWEEN 0 AND 3)
);

CREATE TABLE criterion_scores (
  contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  criterion_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  score INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 5),  -- NULL = not applicable
  PRIMARY KEY (contact_id, criterion_id)
);

CREATE TABLE evidence (
  id TEXT PRIMARY KEY NOT NULL,
  walk_id TEXT NOT NULL REFERENCES walks (id) ON DELETE CASCADE,
  contact_id TEXT REFERENCES contacts (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('photo', 'voice')),
  mime TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,              -- lowercase hex of the whole blob
  created_at_ms INTEGER NOT NULL
);
CREATE INDEX evidence_by_walk ON evidence (walk_id);
CREATE INDEX evidence_by_contact ON evidence (contact_id);

CREATE TABLE evidence_chunks (
  evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  data BLOB NOT NULL,                -- 256 KiB except the last
  PRIMARY KEY (evidence_id, idx)
);
)sql";

// v2: the journey's overall satisfaction question (CSAT, 1..5; NULL = not answered). A new
// step, never an edit of v1: vaults created before it are migrated when they are opened.
constexpr const char *kSchemaV2 = R"sql(
ALTER TABLE walks ADD COLUMN csat INTEGER CHECK (csat BETWEEN 1 AND 5);
)sql";

// v3: the department responsible for a pain point or memorable moment, when the executive
// set one ('' = the touchpoint's owner, which is what every older moment means).
constexpr const char *kSchemaV3 = R"sql(
ALTER TABLE observations ADD COLUMN moment_department TEXT NOT NULL DEFAULT '';
)sql";

// v4: a journey is kept in each of its languages (the Italian and the English starter journeys
// share an id), so the library can show each journey in the UI language. The key becomes
// (id, language); SQLite 3.15 cannot alter a primary key, so the table is copied.
constexpr const char *kSchemaV4 = R"sql(
CREATE TABLE templates_v4 (
  id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  name TEXT NOT NULL,
  sector TEXT NOT NULL,
  language TEXT NOT NULL,
  channels TEXT NOT NULL,
  json TEXT NOT NULL,
  imported_at_ms INTEGER NOT NULL,
  PRIMARY KEY (id, language)
);
INSERT INTO templates_v4 (id, revision, name, sector, language, channels, json, imported_at_ms)
  SELECT id, revision, name, sector, language, channels, json, imported_at_ms FROM templates;
DROP TABLE templates;
ALTER TABLE templates_v4 RENAME TO templates;
)sql";

// v5: each evidence item has a caption and its time on the contact's timeline (ms since the
// contact started; NULL for evidence of the walk as a whole or of unknown time).
constexpr const char *kSchemaV5 = R"sql(
ALTER TABLE evidence ADD COLUMN caption TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence ADD COLUMN contact_offset_ms INTEGER;
)sql";

// v6: a photo the executive confirmed shows no faces and no names keeps a small copy that
// travels sealed with the summary (vault/evidence_sharing.h). Deleting the photo deletes it.
constexpr const char *kSchemaV6 = R"sql(
CREATE TABLE evidence_shared (
  evidence_id TEXT PRIMARY KEY NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
  confirmed_at_ms INTEGER NOT NULL,
  mime TEXT NOT NULL,
  data BLOB NOT NULL
);
)sql";

constexpr std::array<Migration, 6> kMigrations{{{1, kSchemaV1},
                                                {2, kSchemaV2},
                                                {3, kSchemaV3},
                                                {4, kSchemaV4},
                                                {5, kSchemaV5},
                                                {6, kSchemaV6}}};

} // namespace

std::span<const Migration> vaultMigrations()
{
    return kMigrations;
}

int latestVaultSchemaVersion()
{
    return kMigrations.back().version;
}

void applyVaultSchema(Database &db)
{
    runMigrations(db, kVaultComponent, vaultMigrations());
}

} // namespace its
