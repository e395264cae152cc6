#pragma once
// The executive's finished walks into the outbox: each one's current revision is summarised,
// sealed and queued unless the outbox already holds that revision. Shared by the app's
// background outbox and the CLI's push.

#include "timing/time_point.h"
#include "vault/database.h"

namespace its::sync {

// Returns how many summaries were queued. Throws SyncError(Config) when the device is not
// enrolled (Outbox::enqueue), VaultError on vault trouble; what was queued before stays queued.
int queueFinishedWalks(Database &db, TimePoint now);

} // namespace its::sync
