#include "evidence_policy.h"

#include "migrations.h"
#include "vault_error.h"

#include <array>

namespace its {
namespace {

constexpr const char *kV1 = R"sql(
CREATE TABLE evidence_policy_settings (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);
CREATE TABLE contact_consents (
  contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('call_audio')),
  language TEXT NOT NULL,
  sentence TEXT NOT NULL,
  wall_ms INTEGER NOT NULL,
  mono_ms INTEGER NOT NULL,
  anchor TEXT NOT NULL,
  PRIMARY KEY (contact_id, seq)
);
)sql";

constexpr std::array<Migration, 1> kSteps{{{1, kV1}}};

} // namespace

EvidencePolicy::EvidencePolicy(Database &db)
    : db_(db)
{
    runMigrations(db_, "evidence_policy", kSteps);
}

std::optional<std::string> EvidencePolicy::setting(std::string_view key)
{
    Statement query = db_.prepare("SELECT value FROM evidence_policy_settings WHERE key = ?1");
    query.bindText(1, key);
    if (!query.step())
        return std::nullopt;
    return query.columnText(0);
}

void EvidencePolicy::setSetting(std::string_view key, std::string_view value)
{
    // INSERT OR REPLACE: SQLCipher's SQLite here predates UPSERT (3.24).
    db_.prepare("INSERT OR REPLACE INTO evidence_policy_settings (key, value) VALUES (?1, ?2)")
        .bindText(1, key)
        .bindText(2, value)
        .run();
}

bool EvidencePolicy::callAudioAllowed()
{
    return setting(kCallAudioAllowedKey) == std::optional<std::string>("1");
}

void EvidencePolicy::setCallAudioAllowed(bool allowed)
{
    setSetting(kCallAudioAllowedKey, allowed ? "1" : "0");
}

std::int64_t EvidencePolicy::recordConsent(const std::string &contactId, std::string_view kind,
                                           std::string_view language, std::string_view sentence,
                                           const TimePoint &at)
{
    Transaction transaction(db_);
    Statement exists = db_.prepare("SELECT 1 FROM contacts WHERE id = ?1");
    exists.bindText(1, contactId);
    if (!exists.step())
        throw VaultError(VaultErrorCode::NotFound, "no contact " + contactId);
    Statement next =
        db_.prepare("SELECT coalesce(max(seq), 0) + 1 FROM contact_consents WHERE contact_id = ?1");
    next.bindText(1, contactId);
    next.step();
    const std::int64_t seq = next.columnInt64(0);
    db_.prepare("INSERT INTO contact_consents (contact_id, seq, kind, language, sentence, "
                "wall_ms, mono_ms, anchor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .bindText(1, contactId)
        .bindInt64(2, seq)
        .bindText(3, kind)
        .bindText(4, language)
        .bindText(5, sentence)
        .bindInt64(6, at.wallMs)
        .bindInt64(7, at.monoMs)
        .bindText(8, at.anchor)
        .run();
    transaction.commit();
    return seq;
}

std::vector<ConsentRecord> EvidencePolicy::consents(const std::string &contactId)
{
    Statement query = db_.prepare("SELECT seq, kind, language, sentence, wall_ms, mono_ms, anchor "
                                  "FROM contact_consents WHERE contact_id = ?1 ORDER BY seq");
    query.bindText(1, contactId);
    std::vector<ConsentRecord> out;
    while (query.step()) {
        ConsentRecord record;
        record.contactId = contactId;
        record.seq = query.columnInt64(0);
        record.kind = query.columnText(1);
        record.language = query.columnText(2);
        record.sentence = query.columnText(3);
        record.at = TimePoint{query.columnInt64(4), query.columnInt64(5), query.columnText(6)};
        out.push_back(std::move(record));
    }
    return out;
}

} // namespace its
