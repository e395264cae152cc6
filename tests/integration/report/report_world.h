#pragma once
// A review vault with received summaries, made the way a CCO gets them: three leaders enroll
// with the real CLI, queue summaries, push through a real shared folder, and the review pulls.
// Two quarters of 2026: Q1 (February, March) and Q2 (April, May), three journeys' touchpoints,
// missed targets, handoffs, pain points, a delight, a shared note, and one walk whose private
// notes name an agent (who must never appear in a report). Shared photos: 14 in Q2 (one on a
// billing e-mail, the rest on calls, the shop desk and walks as a whole), one in March, none in
// February.

#include "scoring/summarize.h"
#include "sync/outbox.h"
#include "sync_fixtures.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

namespace its::report::testing {

using namespace its::sync;
using namespace its::sync::testing;

inline const QString kPassphrase = QStringLiteral("vault passphrase for the report files test");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A private runtime folder for the CLI's QGuiApplication, as a desktop session has.
inline QString runtimeDir()
{
    static QTemporaryDir dir;
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir.path();
}

inline Run cli(const QString &vaultDir, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("ITS_VAULT_DIR", vaultDir);
    env.insert("ITS_PASSPHRASE", kPassphrase);
    env.insert("ITS_NEW_PASSPHRASE", kPassphrase);
    env.insert("TZ", "UTC");                     // --from/--to and the quarters are local
    env.remove("QT_QPA_PLATFORM");               // the CLI picks offscreen itself for pdf and html
    env.insert("XDG_RUNTIME_DIR", runtimeDir()); // as in a login session: Qt Gui asks for it
    process.setProcessEnvironment(env);
    process.start(ITS_CLI_PATH, args);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline qint64 utcMs(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

inline ContactSummary call(bool good)
{
    ContactSummary c;
    c.contactId = "call";
    c.touchpointId = "call";
    c.touchpointName = "Phone support";
    c.channel = Channel::Phone;
    c.department = "customer_care";
    c.score = good ? 90 : 25;
    c.passed = good;
    c.phases = {{"queue", good ? 120'000 : 420'000}, {"talk", 300'000}};
    c.totalMs = good ? 420'000 : 720'000;
    if (!good) {
        c.failedMustBe = {"understood"};
        c.criterionTexts = {{"understood", "Understood my problem"}};
        c.slaBreaches = {{"queue", 180'000, 420'000}};
        c.handoffs = {{"customer_care", "billing"}};
        c.repeatCount = 2;
    }
    return c;
}

inline ContactSummary email()
{
    ContactSummary c;
    c.contactId = "email";
    c.touchpointId = "email";
    c.touchpointName = "Billing e-mail";
    c.channel = Channel::Email;
    c.department = "billing";
    c.score = 50;
    c.passed = true;
    c.phases = {{"wait", 2 * 86'400'000LL}};
    c.totalMs = 2 * 86'400'000LL;
    c.slaBreaches = {{"wait", 86'400'000LL, 2 * 86'400'000LL}};
    return c;
}

inline ContactSummary desk()
{
    ContactSummary c;
    c.contactId = "desk";
    c.touchpointId = "desk";
    c.touchpointName = "Shop desk";
    c.channel = Channel::Store;
    c.department = "retail";
    c.score = 100;
    c.passed = true;
    c.metDelighters = {"smile"};
    c.criterionTexts = {{"smile", "Welcomed me by name"}};
    c.phases = {{"queue", 60'000}};
    c.totalMs = 60'000;
    c.shareableNote = "Quick and friendly at the desk";
    return c;
}

// Walk k of a quarter: calls fail often in Q1 and seldom in Q2; every third walk e-mails
// billing; every other walk visits the shop.
inline WalkSummary walk(const QString &id, bool q2, int k)
{
    WalkSummary s = sampleSummary(id, 1, "mobile", utcMs(2026, q2 ? 4 + k % 2 : 2 + k % 2, 3 + k));
    s.journeyName = "Mobile contract";
    const bool good = q2 ? k % 4 != 0 : k % 3 == 0;
    s.contacts = {call(good)};
    s.emotion.points = {{"call", good ? 1.0 : -1.5}};
    if (!good)
        s.moments.push_back(
            {MomentKind::PainPoint, "call", "customer_care", "understood", 3, "understood"});
    if (k % 3 == 1) {
        s.contacts.push_back(email());
        s.emotion.points.push_back({"email", -0.5});
        s.moments.push_back({MomentKind::PainPoint, "email", "billing", "slow answer", 2, ""});
    }
    if (k % 2 == 0) {
        s.contacts.push_back(desk());
        s.emotion.points.push_back({"desk", 2.0});
        s.moments.push_back({MomentKind::Memorable, "desk", "retail", "welcome", 2, "smile"});
    }
    s.emotion.endIndex = static_cast<int>(s.emotion.points.size()) - 1;
    s.emotion.lowIndex = 0;
    s.emotion.peakIndex = s.emotion.endIndex;
    s.firstContactResolution = good;
    s.answers.recommend = good ? 9 + k % 2 : k % 7;
    s.answers.csat = good ? 5 : 2 + k % 2;
    s.answers.effort = good ? 6 : 3;
    s.answers.wouldStay = good || k % 2 == 0;
    return s;
}

// A real walk whose private note names the agent, summarized as the app does.
inline WalkSummary walkNamingTheAgent(qint64 finishedMs)
{
    Walk w;
    w.id = "named";
    w.journey.id = "mobile";
    w.journey.name = "Mobile contract";
    w.journey.sector = "telecoms";
    Touchpoint t;
    t.id = "desk";
    t.name = "Shop desk";
    t.channel = Channel::Store;
    t.department = "retail";
    t.criteria = {{"greeting", "Greeted me", 1.0, CriterionKind::MustBe}};
    w.journey.stages = {{"visit", "Visit", {t}}};
    Contact contact;
    contact.id = "d1";
    contact.touchpointId = "desk";
    contact.outcome = Outcome::Resolved;
    contact.observation.scores = {{"greeting", 5}};
    contact.observation.privateStaffNote = "Mario Rossi, badge 4411";
    contact.observation.note = "Mario Rossi was kind";
    w.contacts = {contact};
    w.status = WalkStatus::Finished;
    w.answers.recommend = 9;
    WalkSummary s = summarize(w, TimePoint{});
    s.finishedWallMs = finishedMs;
    s.startedWallMs = finishedMs - 60'000;
    return s;
}

// A real JPEG of one colour, as a shared copy arrives.
inline std::string testJpeg(int hue)
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(hue % 360, 160, 220));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes.toStdString();
}

inline void addPhotos(WalkSummary &s, const std::string &contactId, const QString &caption,
                      int count)
{
    for (int i = 0; i < count; ++i) {
        const QString text = count == 1 ? caption : caption + QStringLiteral(" %1").arg(i + 1);
        s.photos.push_back({s.walkId + "-photo-" + std::to_string(s.photos.size()), contactId,
                            text.toStdString(), "image/jpeg",
                            testJpeg(static_cast<int>(s.photos.size()) * 40 + i * 7)});
    }
}

// The photos each walk shares (report_world's header says which).
inline WalkSummary withPhotos(WalkSummary s)
{
    if (s.walkId == "q2-1")
        addPhotos(s, "email", "Letter with a hidden fee", 1);
    else if (s.walkId == "q2-4")
        addPhotos(s, "", "Shop window at closing time", 5);
    else if (s.walkId == "q2-7")
        addPhotos(s, "call", "Hold message", 4);
    else if (s.walkId == "q2-10")
        addPhotos(s, "desk", "Queue ticket", 4);
    else if (s.walkId == "q1-1")
        addPhotos(s, "email", "Old price list", 1);
    return s;
}

// The review vault at dir/review, its summaries pulled. Returns "" or what went wrong.
inline QString buildReviewWorld(const QString &dir)
{
    const QString review = dir + "/review";
    const QString share = dir + "/share";
    QDir().mkpath(share);
    if (cli(review, {"create", "--kdf", "test"}).exitCode != 0 ||
        cli(review, {"review", "create", share}).exitCode != 0 ||
        cli(review, {"review", "invite", dir + "/invitation.txt"}).exitCode != 0)
        return "cannot create the review";
    const QStringList labels = {"CFO phone", "COO laptop", "CMO tablet"};
    for (int leader = 0; leader < 3; ++leader) {
        const QString device = dir + "/leader" + QString::number(leader);
        if (cli(device, {"create", "--kdf", "test"}).exitCode != 0)
            return "cannot create " + device;
        const Run run = cli(device, {"enroll", dir + "/invitation.txt", "--label", labels[leader]});
        if (cli(review, {"roster", "accept", run.out.section(' ', 2, 2)}).exitCode != 0)
            return "cannot accept " + labels[leader] + ": " + run.out + run.err;
        Vault vault = Vault::unlock(device.toStdString(), kPassphrase.toStdString());
        Outbox outbox(vault.db());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int k = leader; k < 12; k += 3) {
            if (leader < 2) // the CMO walked in Q2 only
                outbox.enqueue(withPhotos(walk(QStringLiteral("q1-%1").arg(k), false, k)), now);
            outbox.enqueue(withPhotos(walk(QStringLiteral("q2-%1").arg(k), true, k)), now);
        }
        if (leader == 1)
            outbox.enqueue(walkNamingTheAgent(utcMs(2026, 5, 20)), now);
    }
    for (int leader = 0; leader < 3; ++leader) {
        if (cli(dir + "/leader" + QString::number(leader), {"push"}).exitCode != 0)
            return "cannot push";
    }
    // 8 walks in Q1 (two leaders), 12 in Q2 (three), and the one naming the agent.
    const Run pulled = cli(review, {"pull"});
    return pulled.exitCode == 0 && pulled.out.contains("new 21")
               ? QString()
               : "pull: " + pulled.out + pulled.err;
}

} // namespace its::report::testing
