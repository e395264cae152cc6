#pragma once
// A review vault with a circle and three executive devices on its roster (one revoked), plus a
// folder target: what the backup tests take apart and restore elsewhere.

#include "review/roster.h"
#include "sync/folder_target.h"
#include "sync_fixtures.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace its::sync::testing {

struct BackupWorld
{
    explicit BackupWorld(const QString &dir)
        : target(dir + "/share", FolderTarget::Create::IfMissing)
        , review(createVault(dir + "/review"))
        , circle(createReviewCircle(review.db(), dir + "/share", 1'000))
    {
        const QString labels[] = {"CFO phone", "COO laptop", "CMO tablet"};
        for (int i = 0; i < 3; ++i) {
            devices.push_back(
                std::make_unique<Vault>(createVault(dir + QStringLiteral("/device%1").arg(i))));
            deviceIds.push_back(
                enrollAndAccept(devices.back()->db(), review.db(), circle, labels[i], 2'000 + i));
        }
        Roster(review.db()).revoke(deviceIds[2], 5'000);
    }

    FolderTarget target;
    Vault review;
    ReviewCircle circle;
    std::vector<std::unique_ptr<Vault>> devices;
    std::vector<QString> deviceIds;
};

} // namespace its::sync::testing
