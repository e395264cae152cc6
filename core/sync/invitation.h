#pragma once
// A review invitation: what an executive needs to enroll, small enough for a QR code.
//   intheirshoes:invite?v=1&circle=<id>&key=<base64url X25519 public key>&target=<url>
// The review key in it is what envelopes get sealed to; its fingerprint should be compared out
// of band (the CLI and app show it) because whoever hands over the invitation chooses the key.

#include <QByteArray>
#include <QString>

namespace its::sync {

struct Invitation
{
    QString circleId;
    QByteArray reviewPublic;
    QString targetUrl; // https://..., http://127.0.0.1/..., file:///... or a plain folder path
};

QString invitationToText(const Invitation &invitation);
// Throws SyncError(Format) with the reason; accepts surrounding whitespace (files, QR scanners).
Invitation parseInvitation(const QString &text);

} // namespace its::sync
