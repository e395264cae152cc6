// Sync commands. WebDAV credentials come from $ITS_SYNC_USER and $ITS_SYNC_PASSWORD (never
// argv); the review key backup's passphrase from --backup-passphrase-fd, $ITS_BACKUP_PASSPHRASE
// or a prompt (never from the new-passphrase sources, which are about the vault).
#include "sync_commands.h"

#include "cli_io.h"
#include "review/received_summaries.h"
#include "review/review_circle.h"
#include "review/review_pull.h"
#include "review/roster.h"
#include "sync/credentials.h"
#include "sync/device_identity.h"
#include "sync/finished_walks.h"
#include "sync/outbox.h"
#include "sync/sync_error.h"
#include "sync/target_factory.h"
#include "timing/time_point.h"

#include <QDateTime>
#include <ostream>

namespace its::cli {
namespace {

using namespace its::sync;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

class EnvCredentials final : public CredentialProvider
{
public:
    std::optional<Credentials> credentialsFor(const QUrl &) override
    {
        const QString user = qEnvironmentVariable("ITS_SYNC_USER");
        if (user.isEmpty())
            return std::nullopt;
        return Credentials{user, qEnvironmentVariable("ITS_SYNC_PASSWORD")};
    }
};

std::unique_ptr<SyncTarget> target(const QString &address)
{
    static EnvCredentials credentials;
    return openTarget(address, &credentials);
}

// "--name VALUE" anywhere in args (removed); `fallback` when absent.
QString takeOption(QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size())
        return fallback;
    const QString value = args.at(at + 1);
    args.remove(at, 2);
    return value;
}

int enroll(Context &context, const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString label = takeOption(args, "--label");
    if (args.size() != 1)
        return kExitUsage;
    const Invitation invitation = parseInvitation(QString::fromStdString(readFile(args[0])));
    Vault vault = openVault(context);
    EnrollChange change = EnrollChange::Joined;
    const EnrollmentRequest request = enrollDevice(vault.db(), invitation, label, nowMs(), &change);
    if (change == EnrollChange::Moved)
        context.out << "the review circle moved to " << invitation.targetUrl.toStdString()
                    << ": every summary will be sent there again (run push)\n";
    else if (change == EnrollChange::SwitchedCircle)
        context.out << "left the previous review circle: every finished walk will be sealed "
                       "for the new one (run push)\n";
    publishEnrollment(vault.db(), *target(invitation.targetUrl), nowMs());
    context.out << "enrolled as " << request.deviceId.toStdString() << " ("
                << request.label.toStdString() << ") in circle " << request.circleId.toStdString()
                << "\n"
                << "review key fingerprint " << request.reviewKey.toStdString() << "\n"
                << "device key fingerprint " << fingerprint(request.signPublic).toStdString()
                << "\n(read both to the CCO: they accept the device after comparing them)\n";
    return kExitOk;
}

int push(Context &context, const QStringList &args)
{
    if (!args.isEmpty() && args != QStringList{"--now"})
        return kExitUsage;
    Vault vault = openVault(context);
    const auto identity = loadDeviceIdentity(vault.db());
    if (!identity || !identity->enrolled())
        throw SyncError(SyncErrorKind::Config, "this device is not enrolled: run enroll first");
    const int queued = queueFinishedWalks(vault.db(), SystemClock().now());
    Outbox outbox(vault.db());
    const PushReport report =
        outbox.push(*target(identity->targetUrl), nowMs(), {128, 8, -1, args.contains("--now")});
    context.out << "queued " << queued << ", attempted " << report.attempted << ", synced "
                << report.synced << ", failed " << report.failed << "\n";
    for (const QString &error : report.errors)
        context.err << "failed: " << error.toStdString() << "\n";
    return report.failed == 0 ? kExitOk : kExitFailure;
}

int status(Context &context, const QStringList &args)
{
    if (!args.isEmpty())
        return kExitUsage;
    Vault vault = openVault(context);
    for (const OutboxEntry &entry : Outbox(vault.db()).latest()) {
        context.out << entry.walkId.toStdString() << "\tr" << entry.revision << "\t"
                    << toString(entry.state).toStdString() << "\t" << entry.attempts << " attempts";
        if (entry.state == OutboxState::Failed)
            context.out << "\tretry " << isoTime(entry.nextAttemptMs) << "\t"
                        << entry.lastError.toStdString();
        context.out << "\n";
    }
    return kExitOk;
}

int reviewCreate(Context &context, const QStringList &args)
{
    if (args.size() != 1)
        return kExitUsage;
    target(args[0]); // a bad address (plain http to a remote host) fails before anything is made
    Vault vault = openVault(context);
    const ReviewCircle circle = createReviewCircle(vault.db(), args[0], nowMs());
    context.out << "created review circle " << circle.circleId.toStdString()
                << "\nreview key fingerprint " << fingerprint(circle.keys.boxPublic).toStdString()
                << "\ninvitation: " << invitationToText(makeInvitation(circle)).toStdString()
                << "\nback the key up now: review backup FILE\n";
    return kExitOk;
}

int reviewMove(Context &context, const QStringList &args)
{
    if (args.size() != 1)
        return kExitUsage;
    target(args[0]); // a bad address fails before anything is changed
    Vault vault = openVault(context);
    const ReviewCircle circle = moveReviewCircle(vault.db(), args[0]);
    context.out << "review circle " << circle.circleId.toStdString() << " now syncs through "
                << circle.targetUrl.toStdString()
                << "\nnew invitation: " << invitationToText(makeInvitation(circle)).toStdString()
                << "\nexecutives enroll again with it; their summaries are sent there again\n";
    return kExitOk;
}

int reviewInvite(Context &context, const QStringList &args)
{
    if (args.size() > 1)
        return kExitUsage;
    Vault vault = openVault(context);
    const ReviewCircle circle = requireReviewCircle(vault.db());
    writeFileAtomically(context, args.isEmpty() ? QString("-") : args[0],
                        invitationToText(makeInvitation(circle)).toStdString() + "\n");
    return kExitOk;
}

int reviewBackup(Context &context, const QStringList &args)
{
    if (args.size() != 1)
        return kExitUsage;
    Vault vault = openVault(context);
    const QByteArray file = backupReviewCircle(vault.db(), context.backupPassphrase.getConfirmed());
    writeFileAtomically(context, args[0], file.toStdString());
    return kExitOk;
}

int reviewRestore(Context &context, const QStringList &args)
{
    if (args.size() != 2)
        return kExitUsage;
    const std::string file = readFile(args[0]);
    target(args[1]);
    Vault vault = openVault(context);
    RosterMergeReport merged;
    const ReviewCircle circle =
        restoreReviewCircle(vault.db(), QByteArray::fromStdString(file),
                            context.backupPassphrase.get(), args[1], nowMs(), &merged);
    context.out << "restored review circle " << circle.circleId.toStdString() << " with "
                << merged.added + merged.unchanged << " device(s) on its roster";
    if (merged.added + merged.unchanged == 0)
        context.out << "; this backup lists no devices: accept them again before pulling";
    context.out << "\n";
    return kExitOk;
}

int roster(Context &context, const QStringList &args)
{
    if (!args.isEmpty())
        return kExitUsage;
    Vault vault = openVault(context);
    const ReviewCircle circle = requireReviewCircle(vault.db());
    Roster roster(vault.db());
    for (const RosterEntry &entry : roster.all())
        context.out << entry.deviceId.toStdString() << "\t" << entry.label.toStdString() << "\t"
                    << (entry.active() ? "enrolled " + isoTime(entry.enrolledMs)
                                       : "revoked " + isoTime(*entry.revokedMs))
                    << "\t" << fingerprint(entry.signPublic).toStdString() << "\n";
    for (const RejectedRequest &entry : roster.rejected())
        context.out << entry.deviceId.toStdString() << "\t" << entry.label.toStdString()
                    << "\trejected " << isoTime(entry.rejectedMs) << "\t"
                    << fingerprint(entry.signPublic).toStdString() << "\n";
    std::vector<QString> problems;
    for (const EnrollmentRequest &request :
         roster.pending(*target(circle.targetUrl), circle.circleId, &problems))
        context.out << request.deviceId.toStdString() << "\t" << request.label.toStdString()
                    << "\tpending\t" << fingerprint(request.signPublic).toStdString() << "\n";
    for (const QString &problem : problems)
        context.err << "ignored: " << problem.toStdString() << "\n";
    return kExitOk;
}

int rosterAccept(Context &context, const QStringList &args)
{
    if (args.size() != 1)
        return kExitUsage;
    Vault vault = openVault(context);
    const ReviewCircle circle = requireReviewCircle(vault.db());
    Roster roster(vault.db());
    for (const EnrollmentRequest &request :
         roster.pending(*target(circle.targetUrl), circle.circleId)) {
        if (request.deviceId != args[0])
            continue;
        roster.accept(request, circle.circleId, fingerprint(circle.keys.boxPublic), nowMs());
        context.out << "accepted " << request.deviceId.toStdString() << " ("
                    << request.label.toStdString() << ")\n";
        return kExitOk;
    }
    context.err << "error: no pending enrollment request from " << args[0].toStdString() << "\n";
    return kExitFailure;
}

int rosterReject(Context &context, const QStringList &args)
{
    if (args.size() != 1)
        return kExitUsage;
    Vault vault = openVault(context);
    const ReviewCircle circle = requireReviewCircle(vault.db());
    Roster roster(vault.db());
    for (const EnrollmentRequest &request :
         roster.pending(*target(circle.targetUrl), circle.circleId)) {
        if (request.deviceId != args[0])
            continue;
        roster.reject(request, nowMs());
        context.out << "rejected " << request.deviceId.toStdString() << " ("
                    << request.label.toStdString()
                    << "): its request is never pending again, its summaries are not accepted\n";
        return kExitOk;
    }
    context.err << "error: no pending enrollment request from " << args[0].toStdString() << "\n";
    return kExitFailure;
}

int revoke(Context &context, const QStringList &args)
{
    if (args.size() != 1)
        return kExitUsage;
    Vault vault = openVault(context);
    Roster(vault.db()).revoke(args[0], nowMs());
    context.out << "revoked " << args[0].toStdString()
                << ": its envelopes are rejected from now on\n";
    return kExitOk;
}

int pull(Context &context, const QStringList &args)
{
    if (!args.isEmpty())
        return kExitUsage;
    Vault vault = openVault(context);
    const ReviewCircle circle = requireReviewCircle(vault.db());
    const PullReport report = pullEnvelopes(vault.db(), *target(circle.targetUrl), nowMs());
    context.out << "listed " << report.listed << ", new " << report.accepted << ", already seen "
                << report.alreadySeen << ", rejected " << report.rejected.size() << "\n";
    for (const Rejection &rejection : report.rejected)
        context.out << "rejected\t" << toString(rejection.reason).toStdString() << "\t"
                    << rejection.path.toStdString() << "\t" << rejection.message.toStdString()
                    << "\n";
    for (const QString &error : report.errors)
        context.err << "not fetched (next pull retries): " << error.toStdString() << "\n";
    return report.errors.empty() ? kExitOk : kExitFailure;
}

int summaries(Context &context, const QStringList &argsIn)
{
    QStringList args = argsIn;
    SummaryFilter filter;
    filter.journeyId = takeOption(args, "--journey");
    filter.deviceLabel = takeOption(args, "--executive");
    const QString from = takeOption(args, "--from");
    const QString to = takeOption(args, "--to");
    if (!args.isEmpty())
        return kExitUsage;
    auto parseDate = [](const QString &text) {
        const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
        if (!when.isValid())
            throw SyncError(SyncErrorKind::Config, "not an ISO date: " + text.toStdString());
        return when.toMSecsSinceEpoch();
    };
    if (!from.isEmpty())
        filter.fromMs = parseDate(from);
    if (!to.isEmpty())
        filter.toMs = parseDate(to);
    Vault vault = openVault(context);
    for (const ReceivedSummary &summary : listSummaries(vault.db(), filter))
        context.out << isoTime(summary.finishedMs) << "\t" << summary.journeyId.toStdString()
                    << "\t" << summary.deviceLabel.toStdString() << "\t"
                    << summary.walkId.toStdString() << "\tr" << summary.revision << "\t"
                    << summary.journeyName.toStdString() << "\n";
    return kExitOk;
}

} // namespace

std::vector<Command> syncCommands()
{
    return {
        {"enroll", "INVITATION-FILE [--label NAME]", "join a review circle; publish the request",
         enroll},
        {"push", "[--now]", "queue finished walks' summaries and upload what is due", push},
        {"sync status", "", "each walk's sync state: queued/uploading/synced/failed", status},
        {"review create", "TARGET", "create the review circle (CCO) for a sync target",
         reviewCreate},
        {"review move", "TARGET", "point the review circle at a new sync target", reviewMove},
        {"review invite", "[FILE|-]", "write the invitation executives enroll with", reviewInvite},
        {"review backup", "FILE", "back up the review key ($ITS_BACKUP_PASSPHRASE)", reviewBackup},
        {"review restore", "FILE TARGET",
         "restore the review key on another device ($ITS_BACKUP_PASSPHRASE)", reviewRestore},
        {"roster", "", "enrolled, revoked, rejected and pending devices", roster},
        {"roster accept", "DEVICE-ID", "accept a pending enrollment request", rosterAccept},
        {"roster reject", "DEVICE-ID", "reject a pending enrollment request for good",
         rosterReject},
        {"revoke", "DEVICE-ID", "revoke a device: its envelopes are rejected", revoke},
        {"pull", "", "fetch, verify and decrypt new summaries into the review vault", pull},
        {"summaries", "[--journey ID] [--executive LABEL] [--from DATE] [--to DATE]",
         "list received summaries", summaries},
    };
}

} // namespace its::cli
