#pragma once
// Runs the real app window (Main.qml) on the fake platform and a real vault, moves it from
// screen to screen, and saves a PNG of each at each size.

#include <QDir>
#include <QSize>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class AppController;
class QQmlApplicationEngine;
class QQuickWindow;
class QObject;
class QTemporaryDir;

class TourDriver
{
public:
    TourDriver(QString language, QString theme, QDir outDir);
    ~TourDriver();

    bool start(); // false: see error()
    QString error() const { return m_error; }

    // Saves <size>-<lang>-<theme>-<name>.png at every tour size. False if a grab failed.
    // `arrange` runs after each resize, before the grab (e.g. to scroll to a card).
    bool shoot(const QString &name, const std::function<void()> &arrange = {});
    // Resizes the window and lets layouts settle (e.g. phone size before pushing a page that
    // only phones push).
    void resize(const QSize &size);
    // Finds a QML object by objectName anywhere under the window.
    QObject *find(const QString &objectName) const;
    bool setProperty(const QString &objectName, const char *property, const QVariant &value);
    // Evaluates JavaScript in the context of the named object (e.g. "push(...)" on a StackView).
    QVariant eval(const QString &objectName, const QString &script);
    // Text items that are elided or cut at maximumLineCount on screen right now (only those
    // named `objectName`, when given).
    QStringList truncatedTexts(const QString &objectName = {}) const;
    // Visible texts named `objectName` whose painted text is wider than their box, or whose
    // boxes overlap one another on screen (e.g. the tab bar's labels).
    QStringList overlappingTexts(const QString &objectName) const;

    AppController *controller() const { return m_controller.get(); }
    QQuickWindow *window() const { return m_window; }
    QStringList saved() const { return m_saved; }
    static const QList<QSize> &sizes();

private:
    bool settle(); // false: a StackView never finished its transition (see error())

    QString m_language;
    QString m_theme;
    QDir m_outDir;
    QString m_error;
    QStringList m_saved;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};
