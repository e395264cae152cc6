#include "sync/invitation.h"

#include "sync/crypto_keys.h"
#include "sync/sync_error.h"

#include <QUrl>
#include <QUrlQuery>
#include <sodium.h>

namespace its::sync {

QString invitationToText(const Invitation &invitation)
{
    QUrlQuery query;
    query.addQueryItem("v", "1");
    query.addQueryItem("circle", invitation.circleId);
    query.addQueryItem("key", toBase64(invitation.reviewPublic));
    query.addQueryItem("target",
                       QString::fromLatin1(QUrl::toPercentEncoding(invitation.targetUrl)));
    return QStringLiteral("intheirshoes:invite?") + query.toString(QUrl::FullyEncoded);
}

Invitation parseInvitation(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString prefix = QStringLiteral("intheirshoes:invite?");
    if (!trimmed.startsWith(prefix))
        throw SyncError(
            SyncErrorKind::Format,
            "not a review invitation (expected it to start with 'intheirshoes:invite?')");
    const QUrlQuery query(trimmed.mid(prefix.size()));
    if (query.queryItemValue("v") != "1")
        throw SyncError(SyncErrorKind::Format, "unsupported invitation version");
    Invitation invitation;
    invitation.circleId = query.queryItemValue("circle", QUrl::FullyDecoded);
    invitation.targetUrl = query.queryItemValue("target", QUrl::FullyDecoded);
    if (invitation.circleId.isEmpty())
        throw SyncError(SyncErrorKind::Format, "invitation has no review circle id");
    if (invitation.targetUrl.isEmpty())
        throw SyncError(SyncErrorKind::Format, "invitation has no sync target address");
    invitation.reviewPublic =
        fromBase64(query.queryItemValue("key"), "invitation key", crypto_box_PUBLICKEYBYTES);
    return invitation;
}

} // namespace its::sync
