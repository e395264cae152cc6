#include "app_settings.h"

#include <algorithm>

namespace {
const QStringList kLanguages = {QStringLiteral("system"), QStringLiteral("it"),
                                QStringLiteral("en")};
// "executive" walks journeys; "review" is the CCO, who also reads the circle's summaries.
const QStringList kRoles = {QStringLiteral("executive"), QStringLiteral("review")};
const QStringList kThemes = {QStringLiteral("system"), QStringLiteral("light"),
                             QStringLiteral("dark")};
constexpr int kMaxAutoLockMinutes = 120;
} // namespace

AppSettings::AppSettings(const QString &file, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(file, QSettings::IniFormat))
{
}

bool AppSettings::store(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value)
        return false;
    m_settings->setValue(key, value);
    m_settings->sync();
    return true;
}

QString AppSettings::language() const
{
    const QString v = m_settings->value(QStringLiteral("language")).toString();
    return kLanguages.contains(v) ? v : QStringLiteral("system");
}

void AppSettings::setLanguage(const QString &language)
{
    if (kLanguages.contains(language) && store(QStringLiteral("language"), language))
        emit languageChanged();
}

QString AppSettings::themeMode() const
{
    const QString v = m_settings->value(QStringLiteral("theme")).toString();
    return kThemes.contains(v) ? v : QStringLiteral("system");
}

void AppSettings::setThemeMode(const QString &mode)
{
    if (kThemes.contains(mode) && store(QStringLiteral("theme"), mode))
        emit themeModeChanged();
}

int AppSettings::autoLockMinutes() const
{
    bool ok = false;
    const int v = m_settings->value(QStringLiteral("autoLockMinutes"), 5).toInt(&ok);
    return ok ? std::clamp(v, 0, kMaxAutoLockMinutes) : 5;
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    if (store(QStringLiteral("autoLockMinutes"), std::clamp(minutes, 0, kMaxAutoLockMinutes)))
        emit autoLockMinutesChanged();
}

QString AppSettings::role() const
{
    const QString v = m_settings->value(QStringLiteral("role")).toString();
    return kRoles.contains(v) ? v : QStringLiteral("executive");
}

void AppSettings::setRole(const QString &role)
{
    if (kRoles.contains(role) && store(QStringLiteral("role"), role))
        emit roleChanged();
}

bool AppSettings::deviceUnlock() const
{
    return m_settings->value(QStringLiteral("deviceUnlock"), false).toBool();
}

void AppSettings::setDeviceUnlock(bool on)
{
    if (store(QStringLiteral("deviceUnlock"), on))
        emit deviceUnlockChanged();
}

int AppSettings::deviceUnlockDays() const
{
    return std::clamp(m_settings->value(QStringLiteral("deviceUnlockDays"), 7).toInt(), 1, 30);
}

void AppSettings::setDeviceUnlockDays(int days)
{
    if (store(QStringLiteral("deviceUnlockDays"), std::clamp(days, 1, 30)))
        emit deviceUnlockDaysChanged();
}

qint64 AppSettings::lastPassphraseUnlockMs() const
{
    return m_settings->value(QStringLiteral("lastPassphraseUnlockMs"), 0).toLongLong();
}

void AppSettings::setLastPassphraseUnlockMs(qint64 ms)
{
    store(QStringLiteral("lastPassphraseUnlockMs"), ms);
}
