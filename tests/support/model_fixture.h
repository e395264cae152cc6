#pragma once
// A real, unlocked vault for view-model tests: a VaultSession on a QTemporaryDir, created
// with the cheap test KDF cost, with starter templates imported from assets/templates.

#include "vault_session.h"

#include <QTemporaryDir>
#include <QUrl>
#include <memory>

class ModelFixture
{
public:
    ModelFixture();
    ~ModelFixture();

    // True once the vault is created and unlocked (creation runs on a worker thread).
    bool ready() const;
    VaultSession *session() { return session_.get(); }
    its::Database &db();
    QString path(const QString &name) const { return dir_.filePath(name); }
    // A starter template file from the source tree, as QML's FileDialog would hand it over.
    static QUrl templateFile(const QString &fileName);
    // Writes `text` into the temp folder and returns its URL.
    QUrl writeFile(const QString &name, const QByteArray &text) const;
    // Imports the English starter template `id` straight into the store.
    void importTemplate(const QString &id);

private:
    QTemporaryDir dir_;
    std::unique_ptr<VaultSession> session_;
};
