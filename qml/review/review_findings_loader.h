#pragma once
// The dashboard's received walks in memory: reads the review vault (on the UI thread, the
// vault's thread) into an immutable snapshot the compile shares with its worker, and on reload
// reads again only when what the vault holds changed (a new or newer summary, roster labels);
// summaries whose revision is already held are not parsed again.

#include "review_findings_compile.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace its {
class Database;
}

namespace review {

class FindingsLoader
{
public:
    // True when a new snapshot was made; false when the vault holds what is loaded already.
    // Throws what the vault throws; the snapshot held then stays.
    bool reload(its::Database &db);
    void clear();

    std::shared_ptr<const FindingsSnapshot> snapshot() const { return snapshot_; }
    // Summaries of the last reload that could not be parsed (left out of the snapshot).
    int unreadable() const { return unreadable_; }

private:
    std::shared_ptr<const FindingsSnapshot> snapshot_;
    std::vector<std::pair<std::string, int>> loadedKeys_; // walk id, revision
    int unreadable_ = 0;
};

} // namespace review
