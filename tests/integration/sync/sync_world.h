#pragma once
// A review and several executive devices, each with its own real vault, sharing one sync
// target, plus the scenarios every target must pass (tests/integration/sync/tst_*.cpp).

#include "review/review_circle.h"
#include "review/review_pull.h"
#include "sync/sync_target.h"
#include "vault/vault.h"

#include <QString>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace its::sync::testing {

struct Device
{
    QString label;
    QString deviceId;
    QString dir;
    std::optional<Vault> vault;
};

class SyncWorld
{
public:
    using TargetFactory = std::function<std::unique_ptr<SyncTarget>()>;
    SyncWorld(const QString &root, int devices, TargetFactory makeTarget);

    Vault review;
    ReviewCircle circle;
    std::vector<Device> devices;
    TargetFactory makeTarget;
    QString root;
    std::vector<Rejection> rejections; // every rejection any pull of this world reported
    int pullErrors = 0;

    // Pull into the review; target failures (faults) count as pullErrors, never throw.
    PullReport pull(SyncTarget &target, qint64 nowMs);
    void restartDevice(Device &device); // lock and unlock the vault again, as after a restart
};

struct FaultSwitch
{
    std::function<void(bool)> set;     // faults on/off
    std::function<QString()> describe; // what happened, for the log
    std::function<bool()> allHappened; // every kind of fault was exercised at least once
};

// 500 summaries (some with a second revision) from every device of `world`, pushed in rounds
// with faults on, pulled by the review while uploads are under way; then faults off until
// everything is synced. The review must hold exactly the expected set: nothing lost, nothing
// doubled, nothing rejected. Uses QVERIFY: check QTest::currentTestFailed() after it.
void deliveryScenario(SyncWorld &world, const FaultSwitch &faults, int summaries);

// Tampered envelope, unenrolled device, revoked device, replayed older revision, wrong review
// key: each rejected once and reported once, with the right reason; good envelopes still land.
void rejectionScenario(SyncWorld &world);

// Envelopes cut short on the target (in the magic, the header, the sealed summary, one byte
// short, empty): reported as fetch errors and retried, never rejected or recorded; accepted once
// they are whole.
void incompleteScenario(SyncWorld &world);

// A device labelled "CFO laptop" enrolls and sends a summary through the world's target: no file
// on the share holds the label in any form (`rawFiles`, if set, adds files read from the
// server's own disk), and the review shows the label once it has accepted the device.
void sealedLabelScenario(
    SyncWorld &world, const std::function<std::vector<std::pair<QString, QByteArray>>()> &rawFiles);

} // namespace its::sync::testing
