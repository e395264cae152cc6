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
    // Known department ids, in the order a picker lists them.
    Q_INVOKABLE static QStringList departments();
    // Durations and dates: every screen goes through these (vocabulary_format.cpp); the rules
    // per magnitude are in core/timing/duration_format.h.
    // A measured time: "01:05", "1:02:03", "2 d 0 h 39 min" / "2 g 0 h 39 min".
    Q_INVOKABLE static QString duration(qint64 ms);
    // A target someone set: "5 days" / "5 giorni", "30 min", "1 h 30 min".
    Q_INVOKABLE static QString target(qint64 ms);
    // Unambiguous in both languages: "3 Dec 2026" / "3 dic 2026"; "3 Dec 2026, 10:15"; "10:15".
    // Local time; 0 or less (no time recorded) gives "".
    Q_INVOKABLE static QString date(qint64 msSinceEpoch);
    Q_INVOKABLE static QString dateTime(qint64 msSinceEpoch);
    Q_INVOKABLE static QString time(qint64 msSinceEpoch);
    // The effort question's scale ("ces2-7pt") in words.
    Q_INVOKABLE static QString cesScaleLabel(const QString &scale);
    Q_INVOKABLE static QStringList channels();
    Q_INVOKABLE static QStringList sectors();
    Q_INVOKABLE static QStringList outcomes(); // closing outcomes, "resolved" first
    Q_INVOKABLE static bool isLongWaitPhase(const QString &phase);
};
