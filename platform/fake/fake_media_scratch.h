#pragma once
// MediaScratch in a folder the test owns; no RAM check, so tests can look at what is left.

#include "media_scratch.h"
#include "storage_paths.h"

#include <QDir>
#include <QUuid>

namespace its::platform {

class FakeMediaScratch final : public MediaScratch
{
public:
    explicit FakeMediaScratch(QString dir)
        : m_dir(std::move(dir))
    {
    }
    QString newFile(const QString &suffix, QString *error) override
    {
        if (!ensurePrivateDir(m_dir, error))
            return {};
        ++handedOut;
        return QDir(m_dir).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + suffix);
    }
    QString folder() const override { return m_dir; }

    int handedOut = 0;

private:
    QString m_dir;
};

} // namespace its::platform
