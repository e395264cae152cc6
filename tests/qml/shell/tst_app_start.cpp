// What the app does when it starts, before any screen: a recording that a crash or a kill left in
// the RAM-backed scratch folder is wiped, unless another running copy of the app owns the folder
// (its recording may be in progress).
#include "app_controller.h"
#include "media_scratch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
std::unique_ptr<AppController> startApp(const QString &dir)
{
    AppController::Options options;
    options.kdfCost = its::KdfCost::Test;
    return std::make_unique<AppController>(its::platform::makeFakePlatform(dir), options);
}
} // namespace

class TstAppStart : public QObject
{
    Q_OBJECT

private slots:
    void startWipesLeftoverRecordingsOfACrash()
    {
        QTemporaryDir dir;
        QString error;
        QString leftover;
        {
            const auto crashed = its::platform::makeFakePlatform(dir.path());
            leftover = crashed.mediaScratch->newFile(QStringLiteral(".ogg"), &error);
            QVERIFY2(write(leftover, QByteArray(4000, 'v')), qPrintable(error));
        }
        const auto app = startApp(dir.path());
        QVERIFY2(!QFile::exists(leftover), "the crash's recording was swept at start");
    }

    void aSecondCopyLeavesTheFirstOnesRecordingAlone()
    {
        QTemporaryDir dir;
        const auto first = startApp(dir.path());
        QString error;
        const QString recording =
            first->platform().mediaScratch->newFile(QStringLiteral(".ogg"), &error);
        QVERIFY2(write(recording, QByteArray(4000, 'v')), qPrintable(error));
        const auto second = startApp(dir.path());
        QVERIFY2(QFile::exists(recording), "the running copy's recording is kept");
    }
};

QTEST_GUILESS_MAIN(TstAppStart)
#include "tst_app_start.moc"
