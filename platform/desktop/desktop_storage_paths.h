#pragma once
// StoragePaths under QStandardPaths::AppDataLocation (~/.local/share/<org>/<app> on Linux).

#include "storage_paths.h"

namespace its::platform {

class DesktopStoragePaths final : public StoragePaths
{
public:
    DesktopStoragePaths();
    QString dataDir() const override { return m_dataDir; }

private:
    QString m_dataDir;
};

} // namespace its::platform
