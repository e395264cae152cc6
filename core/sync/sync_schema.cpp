#include "sync/sync_schema.h"

#include "vault/migrations.h"

#include <array>

namespace its::sync {

namespace {

constexpr const char *kV1 = R"sql(
CREATE TABLE sync_device (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  device_id TEXT NOT NULL,
  label TEXT NOT NULL,
  sign_public BLOB NOT NULL,
  sign_secret BLOB NOT NULL,
  circle_id TEXT,
  review_public BLOB,
  target_url TEXT,
  enrolled_at_ms INTEGER
);
CREATE TABLE sync_outbox (
  walk_id TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  path TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued','uploading','synced','failed','superseded')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_ms INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  queued_at_ms INTEGER NOT NULL,
  updated_at_ms INTEGER NOT NULL,
  PRIMARY KEY (walk_id, revision)
);
CREATE INDEX sync_outbox_due ON sync_outbox(state, next_attempt_ms);
-- The sealed bytes apart from the state row: state changes then rewrite a small row only.
CREATE TABLE sync_outbox_envelope (
  path TEXT PRIMARY KEY REFERENCES sync_outbox(path) ON DELETE CASCADE,
  envelope BLOB NOT NULL
);
CREATE TABLE sync_review_circle (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  circle_id TEXT NOT NULL,
  box_public BLOB NOT NULL,
  box_secret BLOB NOT NULL,
  target_url TEXT NOT NULL,
  created_at_ms INTEGER NOT NULL
);
CREATE TABLE sync_roster (
  device_id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  sign_public BLOB NOT NULL,
  enrolled_at_ms INTEGER NOT NULL,
  revoked_at_ms INTEGER
);
CREATE TABLE sync_received (
  path TEXT PRIMARY KEY,
  device_id TEXT,
  sha256 TEXT,
  status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected', 'unknown_signer', 'unverified')),
  reason TEXT,
  seen_at_ms INTEGER NOT NULL
);
CREATE TABLE sync_summaries (
  walk_id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  journey_id TEXT NOT NULL,
  journey_name TEXT NOT NULL,
  finished_at_ms INTEGER NOT NULL,
  summary_json TEXT NOT NULL,
  envelope_path TEXT NOT NULL,
  received_at_ms INTEGER NOT NULL
);
CREATE INDEX sync_summaries_journey ON sync_summaries(journey_id, finished_at_ms);
CREATE INDEX sync_summaries_device ON sync_summaries(device_id, finished_at_ms);
CREATE INDEX sync_summaries_finished ON sync_summaries(finished_at_ms);
)sql";

// Enrollment requests the CCO rejected: never pending again, never accepted (the device would
// have to enroll with a new key, which is a new device id).
constexpr const char *kV2 = R"sql(
CREATE TABLE sync_rejected_request (
  device_id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  sign_public BLOB NOT NULL,
  rejected_at_ms INTEGER NOT NULL
);
)sql";

// The review keeps the photos that travel with a summary apart from its JSON (which keeps only
// their captions), so compiling hundreds of summaries never parses images. A newer revision of
// a walk replaces its photos.
constexpr const char *kV3 = R"sql(
CREATE TABLE sync_received_photos (
  walk_id TEXT NOT NULL,
  photo_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  contact_id TEXT NOT NULL,
  caption TEXT NOT NULL,
  mime TEXT NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (walk_id, photo_id)
);
)sql";

constexpr std::array<Migration, 3> kSteps{{{1, kV1}, {2, kV2}, {3, kV3}}};

} // namespace

void migrateSyncSchema(Database &db)
{
    runMigrations(db, "sync", kSteps);
}

QByteArray columnBytes(const Statement &statement, int column)
{
    const std::vector<unsigned char> bytes = statement.columnBlob(column);
    return QByteArray(reinterpret_cast<const char *>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

} // namespace its::sync
