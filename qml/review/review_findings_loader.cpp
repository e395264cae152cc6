#include "review_findings_loader.h"

#include "formats/summary_json.h"
#include "review/received_summaries.h"
#include "review/roster.h"
#include "vault/template_store.h"

#include <set>

using namespace its::review;

namespace review {

namespace {

bool sameRoster(const std::vector<Leader> &a, const std::vector<Leader> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].deviceId != b[i].deviceId || a[i].label != b[i].label ||
            a[i].active != b[i].active)
            return false;
    }
    return true;
}

} // namespace

void FindingsLoader::clear()
{
    snapshot_.reset();
    loadedKeys_.clear();
    unreadable_ = 0;
}

bool FindingsLoader::reload(its::Database &db)
{
    std::vector<Leader> roster;
    for (const its::sync::RosterEntry &entry : its::sync::Roster(db).all())
        roster.push_back({entry.deviceId.toStdString(), entry.label.toStdString(), entry.active()});
    // Ids and revisions first (no summary text): most reloads find nothing new.
    std::vector<std::pair<std::string, int>> keys;
    for (const its::sync::ReceivedSummary &row : its::sync::listSummaries(db, {}, false))
        keys.emplace_back(row.walkId.toStdString(), row.revision);
    if (snapshot_ && sameRoster(roster, snapshot_->roster) && keys == loadedKeys_)
        return false;
    auto snapshot = std::make_shared<FindingsSnapshot>();
    snapshot->roster = std::move(roster);
    int unreadable = 0;
    for (its::sync::ReceivedSummary &row : its::sync::listSummaries(db, {}, true)) {
        const std::string walkId = row.walkId.toStdString();
        const ReceivedWalk *held = snapshot_ ? snapshot_->find(walkId) : nullptr;
        try {
            if (held && held->summary.revision == row.revision)
                snapshot->walks.push_back(*held); // parsed once, kept
            else
                snapshot->walks.push_back(
                    {its::parseSummary(row.summaryJson.toStdString()), row.deviceId.toStdString()});
            snapshot->byWalkId[walkId] = snapshot->walks.size() - 1;
        } catch (const std::exception &) {
            ++unreadable; // the controller says so; the rest still compiles
        }
    }
    its::TemplateStore store(db);
    std::set<std::string> seen;
    for (const its::TemplateHeader &header : store.list()) {
        if (seen.insert(header.id).second)
            snapshot->library.push_back(store.load(header.id));
    }
    snapshot_ = std::move(snapshot);
    loadedKeys_ = std::move(keys);
    unreadable_ = unreadable;
    return true;
}

} // namespace review
