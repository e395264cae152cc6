#include "desktop_storage_paths.h"

#include <QStandardPaths>

namespace its::platform {

DesktopStoragePaths::DesktopStoragePaths()
    : m_dataDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
{
    ensurePrivateDir(m_dataDir);
}

} // namespace its::platform
