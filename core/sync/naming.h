#pragma once
// Where things live on a sync target. Each device writes only files carrying its own id, so two
// devices never write the same name; a name fixes device, walk and revision, so re-uploading it
// is idempotent and a changed summary is a new name (a higher revision).
//   summaries/<YYYY-MM>/<deviceId>_<walkId>_r<revision>.env   (month of the walk's finish, UTC)
//   enrollments/<deviceId>.json

#include <QString>
#include <optional>

namespace its::sync {

inline constexpr const char *kSummariesFolder = "summaries";
inline constexpr const char *kEnrollmentsFolder = "enrollments";

// Letters, digits and '-', 1..64 chars: safe in file names and URLs on every target.
bool isSafeId(const QString &id);

QString monthFolder(qint64 finishedMs); // "summaries/2026-11"
// Throws SyncError(Config) if an id is not safe or revision < 1.
QString envelopePath(const QString &deviceId, const QString &walkId, int revision,
                     qint64 finishedMs);
QString enrollmentPath(const QString &deviceId);

struct EnvelopeName
{
    QString deviceId;
    QString walkId;
    int revision = 0;
};
// Parses the file name part ("d..._<walk>_r3.env"); nullopt for anything else.
std::optional<EnvelopeName> parseEnvelopeName(const QString &fileName);

} // namespace its::sync
