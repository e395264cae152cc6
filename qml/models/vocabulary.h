#pragma once
// Translated labels for the ids the core uses (channels, phases, sectors, outcomes, moments).
// The core speaks ids; only the UI knows words, so every label goes through tr() here.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class Vocabulary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    Q_INVOKABLE static QString channelLabel(const QString &channel);
    Q_INVOKABLE static QString phaseLabel(const QString &phase);
    Q_INVOKABLE static QString sectorLabel(const QString &sector);
    // Known department ids get a translated name; others are shown as typed ("my_team" -> "My
    // team").
    Q_INVOKABLE static QString departmentLabel(const QString &department);
    Q_INVOKABLE static QString outcomeLabel(const QString &outcome);
    Q_INVOKABLE static QString momentLabel(const QString &kind);
    // Themes the walker can pick for a moment; unknown themes (criterion ids) are shown as is.
    Q_INVOKABLE static QStringList themes();
    Q_INVOKABLE static QString themeLabel(const QString &theme);
    Q_INVOKABLE static QString severityLabel(int severity);
    // "3 d 04:12:09" / "01:05": digits a phone shows at a glance.
    Q_INVOKABLE static QString duration(qint64 ms);
    Q_INVOKABLE static QStringList channels();
    Q_INVOKABLE static QStringList sectors();
    Q_INVOKABLE static QStringList outcomes(); // closing outcomes, "resolved" first
    Q_INVOKABLE static bool isLongWaitPhase(const QString &phase);
};
