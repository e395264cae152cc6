#include "sync/sync_target.h"

#include "sync/sync_error.h"

namespace its::sync {

std::vector<QString> SyncTarget::putVerifiedMany(const std::vector<Item> &items, int)
{
    std::vector<QString> errors;
    errors.reserve(items.size());
    for (const Item &item : items) {
        try {
            put(item.path, item.bytes);
            errors.push_back(get(item.path) == item.bytes
                                 ? QString()
                                 : QStringLiteral("read-back of %1 differs from what was written")
                                       .arg(item.path));
        } catch (const SyncError &error) {
            errors.push_back(QString::fromStdString(error.what()));
        }
    }
    return errors;
}

std::vector<SyncTarget::Fetched> SyncTarget::getMany(const QStringList &paths, int)
{
    std::vector<Fetched> fetched;
    fetched.reserve(static_cast<std::size_t>(paths.size()));
    for (const QString &path : paths) {
        try {
            fetched.push_back({get(path), {}});
        } catch (const SyncError &error) {
            fetched.push_back({{}, QString::fromStdString(error.what())});
        }
    }
    return fetched;
}

} // namespace its::sync
