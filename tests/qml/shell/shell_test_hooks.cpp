#include "shell_test_hooks.h"

#include "app_controller.h"
#include "auto_lock.h"
#include "fake/fake_app_lifecycle.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJSEngine>

ShellTestHooks::ShellTestHooks(AppController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    m_controller->autoLock()->setClock([this] { return m_clockMs; });
}

namespace {
ShellTestHooks *s_instance = nullptr;
}

void ShellTestHooks::setInstance(ShellTestHooks *hooks)
{
    s_instance = hooks;
}

ShellTestHooks *ShellTestHooks::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    // Owned by the engine as its parent, never by the JavaScript garbage collector.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void ShellTestHooks::setForeground(bool foreground)
{
    auto *fake =
        qobject_cast<its::platform::FakeAppLifecycle *>(m_controller->platform().lifecycle.get());
    if (fake)
        fake->setForeground(foreground);
}

void ShellTestHooks::advanceIdleMinutes(int minutes)
{
    m_clockMs += qint64{minutes} * 60'000;
    m_controller->autoLock()->check();
}

QString ShellTestHooks::vaultDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList files;
    QDirIterator it(m_controller->session()->vaultDir(), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("unreadable:") + path;
        hash.addData(path.toUtf8());
        hash.addData(file.readAll());
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool ShellTestHooks::damageVault(const QString &how)
{
    const QString db = m_controller->session()->vaultDir() + QStringLiteral("/vault.db");
    if (how == QLatin1String("missing"))
        return QFile::remove(db);
    QFile file(db);
    return how == QLatin1String("empty") && file.exists() &&
           file.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

QString ShellTestHooks::screenshotDir() const
{
    const QString dir = qEnvironmentVariable("ITS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QDir().mkpath(dir);
    return dir;
}
