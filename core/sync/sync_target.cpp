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

} // namespace its::sync
