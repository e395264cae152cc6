#pragma once
// Where envelopes travel: a WebDAV server or a shared folder. Paths are relative, '/'-separated
// ("summaries/2026-11/d…_w…_r1.env"). Calls block until done and throw SyncError; the WebDAV
// implementation runs a local event loop, so a QCoreApplication must exist.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace its::sync {

class SyncTarget
{
public:
    virtual ~SyncTarget() = default;
    // Human-readable address, for messages ("https://dav.example.com/its/", "/mnt/share/its").
    virtual QString address() const = 0;
    // Writes `bytes` under `path`, creating folders as needed. Idempotent: writing the same bytes
    // again leaves the same file. Not a proof of durability: callers read back (see Outbox).
    virtual void put(const QString &path, const QByteArray &bytes) = 0;
    // Throws SyncError(NotFound) if there is no such file.
    virtual QByteArray get(const QString &path) = 0;
    // Names directly inside `folder`; sub-folders end with '/'. A missing folder lists empty.
    virtual QStringList list(const QString &folder) = 0;

    struct Item
    {
        QString path;
        QByteArray bytes;
    };
    // Writes every item and reads it back; returns one message per item, empty when the file
    // read back byte-for-byte identical. Never throws for a single item's failure. The default
    // does one item after the other; WebDAV keeps up to `window` requests in flight.
    virtual std::vector<QString> putVerifiedMany(const std::vector<Item> &items, int window);

    struct Fetched
    {
        QByteArray bytes;
        QString error; // empty: `bytes` is the file
    };
    // Reads many files (WebDAV: up to `window` at once); never throws for one file's failure.
    virtual std::vector<Fetched> getMany(const QStringList &paths, int window);
};

} // namespace its::sync
