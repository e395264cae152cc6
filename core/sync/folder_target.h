#pragma once
// A plain folder (network drive, USB stick, or a temp dir in demos and tests). Writes are atomic
// and durable: temp file in the same folder, fsync, rename over the name, fsync the folder; a
// reader never sees a half-written envelope, and a crash leaves either the old file or the new.

#include "sync/sync_target.h"

namespace its::sync {

class FolderTarget final : public SyncTarget
{
public:
    enum class Create
    {
        No,
        IfMissing
    };
    // With Create::No (the default) a missing root is an error on every call: see requireRoot.
    explicit FolderTarget(QString root, Create create = Create::No);
    QString address() const override { return root_; }
    void put(const QString &path, const QByteArray &bytes) override;
    QByteArray get(const QString &path) override;
    QStringList list(const QString &folder) override;

private:
    QString resolve(const QString &path) const; // rejects '..' and absolute paths
    void requireRoot() const;
    QString root_;
};

} // namespace its::sync
