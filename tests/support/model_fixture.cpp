#include "model_fixture.h"

#include "formats/template_library.h"
#include "vault/template_store.h"
#include "vault/vault.h"

#include <QFile>
#include <QTest>

ModelFixture::ModelFixture()
    : session_(std::make_unique<VaultSession>(dir_.filePath(QStringLiteral("vault")),
                                              its::KdfCost::Test))
{
    session_->create(QStringLiteral("correct horse battery staple"));
    QTRY_VERIFY_WITH_TIMEOUT(session_->unlocked(), 30000);
}

ModelFixture::~ModelFixture()
{
    if (session_->unlocked())
        session_->lock();
}

bool ModelFixture::ready() const
{
    return session_->unlocked() && session_->vault() != nullptr;
}

its::Database &ModelFixture::db()
{
    return session_->vault()->db();
}

QUrl ModelFixture::templateFile(const QString &fileName)
{
    return QUrl::fromLocalFile(QStringLiteral(ITS_SOURCE_DIR "/assets/templates/") + fileName);
}

QUrl ModelFixture::writeFile(const QString &name, const QByteArray &text) const
{
    QFile file(dir_.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write the test file %s", qPrintable(name));
    return QUrl::fromLocalFile(file.fileName());
}

void ModelFixture::importTemplate(const QString &id)
{
    const its::JourneyTemplate journey = its::loadTemplateFile(
        templateFile(id + QStringLiteral(".en.json")).toLocalFile().toStdString());
    its::TemplateStore(db()).save(journey, 1);
}
