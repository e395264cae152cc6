#include "app_controller.h"

#include "auto_lock.h"
#include "evidence_image_provider.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QQmlEngine>

namespace {
QPointer<AppController> s_instance;
}

AppController::AppController(its::platform::Platform platform, Options options, QObject *parent)
    : QObject(parent)
    , m_platform(std::move(platform))
    , m_options(std::move(options))
{
    // A recording a crash or a kill left in RAM-backed scratch space goes first (never a running
    // copy's: MediaScratch::sweepAtStart checks).
    if (m_platform.mediaScratch)
        m_platform.mediaScratch->sweepAtStart();
    m_settings = new AppSettings(m_platform.paths->settingsFile(), this);
    m_session = new VaultSession(m_platform.paths->vaultDir(), m_options.kdfCost, this);
    m_deviceUnlock = new DeviceUnlock(m_platform.secrets.get(), m_settings, m_session, this);
    m_syncCredentials = new SyncCredentials(m_platform.secrets.get(), this);
    m_outbox = new OutboxModel(this);
    m_outbox->setCredentials(m_syncCredentials);
    m_outbox->setSession(m_session);
    m_outbox->setAutoSync(true);
    m_cameraPermission = new CameraPermission(m_platform.permissions.get(), this);
    m_autoLock = new its::platform::AutoLock(m_platform.lifecycle.get(), this);
    m_firstRun = !m_session->exists();

    m_autoLock->setIdleMinutes(m_settings->autoLockMinutes());
    if (QCoreApplication::instance())
        m_autoLock->watchInputOf(QCoreApplication::instance());
    connect(m_settings, &AppSettings::autoLockMinutesChanged, this,
            [this] { m_autoLock->setIdleMinutes(m_settings->autoLockMinutes()); });
    connect(m_autoLock, &its::platform::AutoLock::lockRequested, this,
            [this](its::platform::AutoLock::Reason reason) {
                setLockReason(reason == its::platform::AutoLock::Reason::Idle
                                  ? QStringLiteral("idle")
                                  : QStringLiteral("background"));
                m_session->lock();
            });
    connect(m_session, &VaultSession::unlockedChanged, this, [this] {
        if (m_session->unlocked())
            setLockReason({});
        updateAutoLock();
        emit screenChanged();
    });
    connect(m_settings, &AppSettings::themeModeChanged, this, &AppController::darkThemeChanged);
    connect(m_settings, &AppSettings::languageChanged, this, &AppController::applyLanguage);
    applyLanguage();
}

AppController::~AppController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AppController *AppController::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    AppController *controller = s_instance;
    if (!controller) {
        controller = new AppController(its::platform::makePlatform(), Options{});
        s_instance = controller;
    } else {
        QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
    }
    controller->attachEngine(qmlEngine);
    return controller;
}

void AppController::setInstance(AppController *instance)
{
    s_instance = instance;
}

void AppController::attachEngine(QQmlEngine *engine)
{
    m_engine = engine;
    if (m_engine)
        m_engine->setUiLanguage(effectiveLanguage());
    // Photos from the vault, decrypted into memory only (image://evidence/<id>).
    if (m_engine && !m_engine->imageProvider(QStringLiteral("evidence")))
        m_engine->addImageProvider(QStringLiteral("evidence"),
                                   new EvidenceImageProvider(m_session));
}

QString AppController::screen() const
{
    if (m_firstRun)
        return QStringLiteral("firstRun");
    return m_session->unlocked() ? QStringLiteral("home") : QStringLiteral("unlock");
}

bool AppController::darkTheme() const
{
    const QString mode = m_settings->themeMode();
    if (mode != QLatin1String("system"))
        return mode == QLatin1String("dark");
    // Qt 6.4 has no QStyleHints::colorScheme (6.5): read the system palette instead.
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QString AppController::effectiveLanguage() const
{
    const QString chosen = m_settings->language();
    if (chosen != QLatin1String("system"))
        return chosen;
    const QString system = m_options.systemLanguage.isEmpty()
                               ? QLocale::languageToCode(QLocale::system().language())
                               : m_options.systemLanguage;
    return system.startsWith(QLatin1String("it")) ? QStringLiteral("it") : QStringLiteral("en");
}

void AppController::applyLanguage()
{
    const QString language = effectiveLanguage();
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    // Qt's own translations (qt6-translations-l10n): the file picker's buttons and labels.
    m_qtTranslator = std::make_unique<QTranslator>();
    if (m_qtTranslator->load(QStringLiteral("qt_") + language,
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());
    m_translator = std::make_unique<QTranslator>();
    if (m_translator->load(QStringLiteral(":/i18n/intheirshoes_%1.qm").arg(language)))
        QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(
        QLocale(language == QLatin1String("it") ? QLocale::Italian : QLocale::English));
    if (m_engine) {
        m_engine->setUiLanguage(language);
        m_engine->retranslate();
    }
    emit effectiveLanguageChanged();
}

void AppController::finishFirstRun()
{
    if (!m_firstRun || !m_session->unlocked())
        return;
    m_firstRun = false;
    updateAutoLock();
    emit screenChanged();
}

void AppController::lockNow()
{
    setLockReason({});
    m_session->lock();
}

void AppController::updateAutoLock()
{
    // Not during first run: the recovery code must stay on screen until confirmed.
    m_autoLock->setArmed(m_session->unlocked() && !m_firstRun);
}

void AppController::setLockReason(const QString &reason)
{
    if (reason == m_lockReason)
        return;
    m_lockReason = reason;
    emit lockReasonChanged();
}
