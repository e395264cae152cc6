#include "evidence_sharing.h"

#include "vault_error.h"

namespace its {
namespace {

[[noreturn]] void invalid(const std::string &why)
{
    throw VaultError(VaultErrorCode::InvalidInput, why);
}

} // namespace

void shareEvidence(Database &db, const std::string &evidenceId, std::string_view mime,
                   std::span<const unsigned char> copy, std::int64_t confirmedAtMs)
{
    const EvidenceInfo info = EvidenceStore(db).info(evidenceId);
    if (info.kind != EvidenceKind::Photo)
        invalid("voice memos never leave the device; only a photo can be shared");
    if (copy.empty() || mime.empty())
        invalid("the shared copy of photo " + evidenceId + " is empty");
    if (copy.size() > kMaxSharedPhotoBytes)
        invalid("the shared copy of photo " + evidenceId + " has " + std::to_string(copy.size()) +
                " bytes; at most " + std::to_string(kMaxSharedPhotoBytes) + " travel");
    Transaction tx(db);
    Statement others =
        db.prepare("SELECT COUNT(*) FROM evidence_shared s JOIN evidence e ON e.id = s.evidence_id"
                   " WHERE e.walk_id = ? AND e.id <> ?");
    others.bindText(1, info.walkId).bindText(2, evidenceId);
    others.step();
    if (others.columnInt64(0) >= kMaxSharedPhotosPerWalk)
        invalid("a walk shares at most " + std::to_string(kMaxSharedPhotosPerWalk) +
                " photos; unshare one first");
    db.prepare("DELETE FROM evidence_shared WHERE evidence_id = ?").bindText(1, evidenceId).run();
    db.prepare("INSERT INTO evidence_shared (evidence_id, confirmed_at_ms, mime, data)"
               " VALUES (?, ?, ?, ?)")
        .bindText(1, evidenceId)
        .bindInt64(2, confirmedAtMs)
        .bindText(3, mime)
        .bindBlob(4, copy)
        .run();
    tx.commit();
}

void unshareEvidence(Database &db, const std::string &evidenceId)
{
    (void)EvidenceStore(db).info(evidenceId); // NotFound for an unknown id
    db.prepare("DELETE FROM evidence_shared WHERE evidence_id = ?").bindText(1, evidenceId).run();
}

bool isEvidenceShared(Database &db, const std::string &evidenceId)
{
    Statement stmt = db.prepare("SELECT 1 FROM evidence_shared WHERE evidence_id = ?");
    stmt.bindText(1, evidenceId);
    return stmt.step();
}

std::vector<SharedPhoto> sharedPhotos(Database &db, const std::string &walkId)
{
    EvidenceStore store(db);
    std::vector<SharedPhoto> out;
    for (EvidenceInfo &info : store.list(walkId)) {
        Statement stmt = db.prepare(
            "SELECT mime, data, confirmed_at_ms FROM evidence_shared WHERE evidence_id = ?");
        stmt.bindText(1, info.id);
        if (!stmt.step())
            continue;
        SharedPhoto photo;
        photo.mime = stmt.columnText(0);
        photo.bytes = stmt.columnBlob(1);
        photo.confirmedAtMs = stmt.columnInt64(2);
        photo.info = std::move(info);
        out.push_back(std::move(photo));
    }
    return out;
}

void attachSharedPhotos(Database &db, WalkSummary &summary)
{
    summary.photos.clear();
    for (const SharedPhoto &photo : sharedPhotos(db, summary.walkId))
        summary.photos.push_back(SummaryPhoto{photo.info.id, photo.info.contactId.value_or(""),
                                              photo.info.caption, photo.mime,
                                              std::string(photo.bytes.begin(), photo.bytes.end())});
}

} // namespace its
