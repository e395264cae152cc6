#pragma once
// StoragePaths rooted in a folder the test owns (usually a QTemporaryDir).

#include "storage_paths.h"

namespace its::platform {

class FakeStoragePaths final : public StoragePaths
{
public:
    explicit FakeStoragePaths(QString root)
        : m_root(std::move(root))
    {
        ensurePrivateDir(m_root);
    }
    QString dataDir() const override { return m_root; }

private:
    QString m_root;
};

} // namespace its::platform
