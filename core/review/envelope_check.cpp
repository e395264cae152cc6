#include "review/envelope_check.h"

#include "formats/summary_json.h"
#include "sync/envelope.h"
#include "sync/sync_error.h"

namespace its::sync {

std::variant<OpenedSummary, Rejection> checkEnvelope(const QString &path, const EnvelopeName &name,
                                                     const QByteArray &bytes,
                                                     const ReviewCircle &circle, Roster &roster)
{
    auto reject = [&](RejectReason reason, const QString &message) {
        return Rejection{path, name.deviceId, reason, message};
    };
    ParsedEnvelope envelope;
    try {
        envelope = parseEnvelope(bytes);
    } catch (const SyncError &error) {
        return reject(RejectReason::Malformed, QString::fromStdString(error.what()));
    }
    const EnvelopeHeader &header = envelope.header;
    if (header.deviceId != name.deviceId || header.walkId != name.walkId ||
        header.revision != name.revision)
        return reject(
            RejectReason::NameMismatch,
            QStringLiteral("file name says %1/%2 r%3 but the signed header says %4/%5 r%6")
                .arg(name.deviceId, name.walkId)
                .arg(name.revision)
                .arg(header.deviceId, header.walkId)
                .arg(header.revision));
    const std::optional<RosterEntry> signer = roster.find(header.deviceId);
    if (!signer)
        return reject(RejectReason::UnknownDevice,
                      QStringLiteral("device %1 is not on the roster").arg(header.deviceId));
    if (!signer->active())
        return reject(
            RejectReason::RevokedDevice,
            QStringLiteral("device %1 (%2) was revoked").arg(header.deviceId, signer->label));
    if (!verifyEnvelope(envelope, signer->signPublic))
        return reject(RejectReason::BadSignature,
                      QStringLiteral("signature of %1 does not verify: the envelope was altered")
                          .arg(signer->label));
    if (header.circleId != circle.circleId)
        return reject(RejectReason::WrongCircle, QStringLiteral("envelope is for circle %1, not %2")
                                                     .arg(header.circleId, circle.circleId));
    QByteArray plain;
    try {
        plain = openEnvelope(envelope, circle.keys);
    } catch (const SyncError &error) {
        return reject(RejectReason::WrongReviewKey, QString::fromStdString(error.what()));
    }
    OpenedSummary opened;
    try {
        const WalkSummary summary = parseSummary(
            std::string_view(plain.constData(), static_cast<std::size_t>(plain.size())));
        opened.walkId = QString::fromStdString(summary.walkId);
        opened.revision = summary.revision;
        opened.journeyId = QString::fromStdString(summary.journeyId);
        opened.journeyName = QString::fromStdString(summary.journeyName);
        opened.finishedMs = summary.finishedWallMs;
    } catch (const std::exception &error) { // FormatError, or anything else a bad file throws
        return reject(
            RejectReason::Malformed,
            QStringLiteral("summary inside is not valid: %1").arg(QString::fromUtf8(error.what())));
    }
    if (opened.walkId != header.walkId || opened.revision != header.revision)
        return reject(RejectReason::NameMismatch,
                      QStringLiteral("summary inside is %1 r%2, the header says %3 r%4")
                          .arg(opened.walkId)
                          .arg(opened.revision)
                          .arg(header.walkId)
                          .arg(header.revision));
    opened.deviceId = header.deviceId;
    opened.summaryJson = std::move(plain);
    return opened;
}

} // namespace its::sync
