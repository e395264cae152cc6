#pragma once
// The CCO's dashboard for QML: holds the filter (period: all, month, quarter or from-to,
// compared with the period before; journeys, departments, channels, leaders), what the pickers
// offer and the findings shown. The received walks are loaded by review::FindingsLoader
// (review_findings_loader.h); every filter change recompiles them off the UI thread through
// ReviewFindingsRecompiler (newer requests supersede older ones; `busy` meanwhile). The models
// (review_*_models.h) read result() when findingsChanged() is emitted.

#include "review_findings_compile.h"
#include "review_findings_loader.h"
#include "review_findings_periods.h"
#include "review_findings_recompiler.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

class VaultSession;

class ReviewFindingsController : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("vault_session.h")
    QML_ELEMENT
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The UI language: period names follow it (AppController.effectiveLanguage).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // "all", "month", "quarter" or "range" (fromDate..toDate, both days included).
    Q_PROPERTY(QString periodKind READ periodKind WRITE setPeriodKind NOTIFY filterChanged)
    // "2026-11" or "2026-Q4"; follows the newest period with walks unless one is chosen.
    Q_PROPERTY(QString periodKey READ periodKey WRITE setPeriodKey NOTIFY filterChanged)
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY filterChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY filterChanged)
    Q_PROPERTY(bool compare READ compare WRITE setCompare NOTIFY filterChanged)
    Q_PROPERTY(QStringList journeys READ journeys WRITE setJourneys NOTIFY filterChanged)
    Q_PROPERTY(QStringList departments READ departments WRITE setDepartments NOTIFY filterChanged)
    Q_PROPERTY(QStringList channels READ channels WRITE setChannels NOTIFY filterChanged)
    Q_PROPERTY(QStringList leaders READ leaders WRITE setLeaders NOTIFY filterChanged)
    // What the pickers offer, over every received walk: [{id, name}] and ids. Periods: every
    // month or quarter from the oldest walk's to today's, empty ones too (review_findings_periods).
    Q_PROPERTY(QVariantList periodOptions READ periodOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList journeyOptions READ journeyOptions NOTIFY optionsChanged)
    Q_PROPERTY(QStringList departmentOptions READ departmentOptions NOTIFY optionsChanged)
    Q_PROPERTY(QStringList channelOptions READ channelOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList leaderOptions READ leaderOptions NOTIFY optionsChanged)
    Q_PROPERTY(int received READ received NOTIFY optionsChanged)
    // The findings shown (the newest request answered).
    Q_PROPERTY(bool ready READ ready NOTIFY findingsChanged)
    Q_PROPERTY(bool noWalksMatch READ noWalksMatch NOTIFY findingsChanged)
    Q_PROPERTY(int walks READ walks NOTIFY findingsChanged)
    Q_PROPERTY(int contacts READ contacts NOTIFY findingsChanged)
    Q_PROPERTY(bool compared READ compared NOTIFY findingsChanged)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY findingsChanged)
    Q_PROPERTY(QString previousLabel READ previousLabel NOTIFY findingsChanged)
    Q_PROPERTY(QStringList idleLeaders READ idleLeaders NOTIFY findingsChanged)
    Q_PROPERTY(QStringList journeysNotWalked READ journeysNotWalked NOTIFY findingsChanged)
    Q_PROPERTY(QStringList walkIds READ walkIds NOTIFY findingsChanged)
    Q_PROPERTY(int generation READ generation NOTIFY findingsChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit ReviewFindingsController(QObject *parent = nullptr);
    ~ReviewFindingsController() override;

    VaultSession *session() const;
    void setSession(VaultSession *session);
    bool busy() const { return recompiler_->pending() && loader_.snapshot() != nullptr; }
    QString language() const { return language_; }
    void setLanguage(const QString &language);
    QString periodKind() const { return periodKind_; }
    void setPeriodKind(const QString &kind);
    QString periodKey() const { return periodKey_; }
    void setPeriodKey(const QString &key);
    QString fromDate() const { return fromDate_; }
    void setFromDate(const QString &date);
    QString toDate() const { return toDate_; }
    void setToDate(const QString &date);
    bool compare() const { return compare_; }
    void setCompare(bool compare);
    QStringList journeys() const { return journeys_; }
    void setJourneys(const QStringList &ids);
    QStringList departments() const { return departments_; }
    void setDepartments(const QStringList &ids);
    QStringList channels() const { return channels_; }
    void setChannels(const QStringList &ids);
    QStringList leaders() const { return leaders_; }
    void setLeaders(const QStringList &deviceIds);
    QVariantList periodOptions() const;
    QVariantList journeyOptions() const { return journeyOptions_; }
    QStringList departmentOptions() const { return departmentOptions_; }
    QStringList channelOptions() const { return channelOptions_; }
    QVariantList leaderOptions() const { return leaderOptions_; }
    int received() const;
    bool ready() const { return result_ != nullptr; }
    bool noWalksMatch() const;
    int walks() const;
    int contacts() const;
    bool compared() const;
    QString periodLabel() const;
    QString previousLabel() const;
    QStringList idleLeaders() const;
    QStringList journeysNotWalked() const;
    QStringList walkIds() const;
    int generation() const { return recompiler_->shown(); }
    QString errorString() const { return errorString_; }

    // The findings shown; null before the first result (or while locked).
    std::shared_ptr<const review::FindingsResult> result() const { return result_; }

    // Reads the vault again if what it holds changed (new or newer summaries, roster labels).
    Q_INVOKABLE void reload();
    // Every filter back to "all", the period kept.
    Q_INVOKABLE void clearFilter();
    // ReviewSummaryPage's `detail` for a walk of the snapshot; empty when it is not held.
    Q_INVOKABLE QVariantMap detail(const QString &walkId) const;
    // A period key in words: "2026-Q4" -> "Q4 2026", "2026-11" -> "November 2026".
    Q_INVOKABLE static QString periodName(const QString &key);

signals:
    void sessionChanged();
    void busyChanged();
    void languageChanged();
    void filterChanged();
    void optionsChanged();
    void findingsChanged();
    void errorStringChanged();
    // A result arrived for request `generation` (superseded ones never arrive).
    void compiled(int generation);

private:
    review::PeriodWindow window() const;
    // Labels are made when asked, in the language of the moment.
    review::PeriodWindow shownWindow() const
    {
        return review::periodWindow(shownPeriod_.kind, shownPeriod_.key, shownPeriod_.from,
                                    shownPeriod_.to);
    }
    void recompile();
    void clearFindings();
    void updateOptions();
    void setError(const QString &message);
    void setBusyFrom(bool wasBusy);

    struct Period
    {
        QString kind, key, from, to;
    };

    QPointer<VaultSession> session_;
    review::FindingsLoader loader_;
    ReviewFindingsRecompiler *recompiler_;
    std::shared_ptr<const review::FindingsResult> result_;
    Period requestedPeriod_; // of the newest request
    Period shownPeriod_;     // of the findings shown
    QString language_;
    QString periodKind_ = QStringLiteral("quarter");
    QString periodKey_;
    bool periodKeyChosen_ = false;
    QString fromDate_, toDate_;
    bool compare_ = true;
    QStringList journeys_, departments_, channels_, leaders_;
    QStringList months_, quarters_;       // the calendar's keys up to today, newest first
    QString newestMonth_, newestQuarter_; // the newest with walks: shown until one is chosen
    QVariantList journeyOptions_, leaderOptions_;
    QStringList departmentOptions_, channelOptions_;
    QString errorString_;
    bool rangeInvalid_ = false; // errorString_ says so
};
