#include "sync/finished_walks.h"

#include "scoring/summarize.h"
#include "sync/outbox.h"
#include "vault/evidence_sharing.h"
#include "vault/walk_store.h"

namespace its::sync {

int queueFinishedWalks(Database &db, TimePoint now)
{
    Outbox outbox(db);
    WalkStore walks(db);
    WalkFilter finished;
    finished.status = WalkStatus::Finished;
    int queued = 0;
    for (const WalkHeader &header : walks.listWalks(finished)) {
        if (outbox.entry(QString::fromStdString(header.id), header.revision))
            continue;
        WalkSummary summary = summarize(walks.loadWalk(header.id), now);
        summary.revision = header.revision;
        attachSharedPhotos(db, summary); // the photos confirmed safe to share travel sealed too
        outbox.enqueue(summary, now.wallMs);
        ++queued;
    }
    return queued;
}

} // namespace its::sync
