// Walks are incognito: the device label ("CFO laptop") must not appear on the share in any form,
// yet the review shows it once it has accepted the device.
#include "review/received_summaries.h"
#include "sync/device_identity.h"
#include "sync/outbox.h"
#include "sync_fixtures.h"
#include "sync_world.h"

#include <QTest>
#include <algorithm>
#include <functional>

namespace its::sync::testing {

namespace {

constexpr qint64 kNow = 1'800'000'000'000;

// The label as it could be written: plain, escaped, UTF-16, hex, base64 (three alignments).
QList<QByteArray> formsOf(const QString &label)
{
    QList<QByteArray> forms;
    const QByteArray utf8 = label.toUtf8();
    forms << utf8 << utf8.toLower() << utf8.toUpper() << utf8.toHex() << utf8.toHex().toUpper()
          << QByteArray(reinterpret_cast<const char *>(label.utf16()), label.size() * 2)
          << QByteArray(utf8).replace(' ', "\\u0020") << QByteArray(utf8).replace(' ', "%20");
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray shifted = QByteArray(shift, 'x') + utf8;
        for (auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            // Drop the characters that depend on the neighbouring bytes.
            const QByteArray encoded = shifted.toBase64(options | QByteArray::OmitTrailingEquals);
            forms << encoded.mid(shift == 0 ? 0 : 4, encoded.size() - (shift == 0 ? 4 : 8));
        }
    }
    return forms;
}

void collectFiles(SyncTarget &target, const QString &folder,
                  std::vector<std::pair<QString, QByteArray>> &files)
{
    for (const QString &name : target.list(folder)) {
        const QString path = folder.isEmpty() ? name : folder + '/' + name;
        if (name.endsWith('/'))
            collectFiles(target, path.chopped(1), files);
        else
            files.emplace_back(path, target.get(path));
    }
}

} // namespace

void sealedLabelScenario(SyncWorld &world,
                         const std::function<std::vector<std::pair<QString, QByteArray>>()> &raw)
{
    const QString label = QStringLiteral("CFO laptop");
    std::unique_ptr<SyncTarget> target = world.makeTarget();
    Vault cfo = createVault(world.root + "/cfo");
    const EnrollmentRequest request =
        enrollDevice(cfo.db(), makeInvitation(world.circle), label, kNow);
    publishEnrollment(cfo.db(), *target, kNow);
    Outbox outbox(cfo.db());
    outbox.enqueue(sampleSummary("cfo-walk", 1, "j1", kNow), kNow);
    QCOMPARE(outbox.push(*target, kNow).synced, 1);

    // Every file on the share, through the target and (where the test can) on the server's disk.
    std::vector<std::pair<QString, QByteArray>> files;
    collectFiles(*target, QString(), files);
    if (raw) {
        const auto more = raw();
        files.insert(files.end(), more.begin(), more.end());
    }
    bool sawRequest = false;
    for (const auto &[path, bytes] : files) {
        sawRequest = sawRequest || path.endsWith(request.deviceId + ".json");
        for (const QByteArray &form : formsOf(label))
            QVERIFY2(!bytes.contains(form), qPrintable(QStringLiteral("%1 holds the label as '%2'")
                                                           .arg(path, QString::fromLatin1(form))));
    }
    QVERIFY2(sawRequest, "the enrollment request is not on the share");

    // The review reads the label, accepts the device and shows it next to its summary.
    Roster roster(world.review.db());
    std::vector<QString> problems;
    const auto pending = roster.pending(*target, world.circle.circleId, &problems);
    QVERIFY2(problems.empty(), qPrintable(problems.empty() ? QString() : problems.front()));
    const auto it = std::find_if(pending.begin(), pending.end(), [&](const EnrollmentRequest &r) {
        return r.deviceId == request.deviceId;
    });
    QVERIFY(it != pending.end());
    QCOMPARE(it->label, label);
    roster.accept(*it, world.circle.circleId, fingerprint(world.circle.keys.boxPublic), kNow);
    QCOMPARE(roster.find(request.deviceId)->label, label);
    const PullReport report = world.pull(*target, kNow + 1);
    QCOMPARE(report.rejected.size(), 0u);
    bool shown = false;
    for (const ReceivedSummary &summary : listSummaries(world.review.db()))
        shown = shown || (summary.walkId == "cfo-walk" && summary.deviceLabel == label);
    QVERIFY2(shown, "the review does not show the label next to the summary");
}

} // namespace its::sync::testing
