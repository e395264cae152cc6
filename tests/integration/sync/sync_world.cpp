#include "sync_world.h"

#include "sync/sync_error.h"
#include "sync_fixtures.h"

#include <QTest>

namespace its::sync::testing {

SyncWorld::SyncWorld(const QString &rootDir, int count, TargetFactory factory)
    : review(createVault(rootDir + "/review"))
    , circle(createReviewCircle(review.db(), "(test target)", 1))
    , makeTarget(std::move(factory))
    , root(rootDir)
{
    for (int i = 0; i < count; ++i) {
        Device device;
        device.label = QStringLiteral("Executive %1").arg(i + 1);
        device.dir = QStringLiteral("%1/device%2").arg(rootDir).arg(i + 1);
        device.vault.emplace(createVault(device.dir));
        device.deviceId = enrollAndAccept(device.vault->db(), review.db(), circle, device.label, 2);
        devices.push_back(std::move(device));
    }
}

PullReport SyncWorld::pull(SyncTarget &target, qint64 nowMs)
{
    try {
        PullReport report = pullEnvelopes(review.db(), target, nowMs);
        pullErrors += static_cast<int>(report.errors.size());
        rejections.insert(rejections.end(), report.rejected.begin(), report.rejected.end());
        return report;
    } catch (const SyncError &) {
        ++pullErrors; // the listing itself failed: the next pull tries again
        return {};
    }
}

void SyncWorld::restartDevice(Device &device)
{
    device.vault.reset();
    device.vault.emplace(Vault::unlock(device.dir.toStdString(), "test passphrase"));
}

} // namespace its::sync::testing
