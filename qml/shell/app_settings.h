#pragma once
// Device-local preferences (not secret, so not in the vault): language, theme, auto-lock, role.
// Stored in the platform's private settings file.

#include <QObject>
#include <QSettings>
#include <QtQml/qqmlregistration.h>
#include <memory>

class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppSettings is owned by AppController: use AppController.settings")
    // "system", "it" or "en"
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // "system", "light" or "dark"
    Q_PROPERTY(QString themeMode READ themeMode WRITE setThemeMode NOTIFY themeModeChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY
                   autoLockMinutesChanged)
    // "executive" (walks journeys) or "review" (the CCO: also reads the review circle);
    // "team" comes later. Anything else reads as "executive".
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY roleChanged)
    // Offer "unlock on this device" (OS keychain); the passphrase is still asked every N days.
    Q_PROPERTY(bool deviceUnlock READ deviceUnlock WRITE setDeviceUnlock NOTIFY deviceUnlockChanged)
    Q_PROPERTY(int deviceUnlockDays READ deviceUnlockDays WRITE setDeviceUnlockDays NOTIFY
                   deviceUnlockDaysChanged)
public:
    explicit AppSettings(const QString &file, QObject *parent = nullptr);

    QString language() const;
    void setLanguage(const QString &language);
    QString themeMode() const;
    void setThemeMode(const QString &mode);
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    QString role() const;
    void setRole(const QString &role);
    bool deviceUnlock() const;
    void setDeviceUnlock(bool on);
    int deviceUnlockDays() const;
    void setDeviceUnlockDays(int days);

    // Milliseconds since epoch of the last unlock with the passphrase (0 = never).
    qint64 lastPassphraseUnlockMs() const;
    void setLastPassphraseUnlockMs(qint64 ms);

signals:
    void languageChanged();
    void themeModeChanged();
    void autoLockMinutesChanged();
    void roleChanged();
    void deviceUnlockChanged();
    void deviceUnlockDaysChanged();

private:
    bool store(const QString &key, const QVariant &value);
    std::unique_ptr<QSettings> m_settings;
};
