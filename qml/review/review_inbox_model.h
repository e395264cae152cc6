#pragma once
// The review's inbox: summaries received from enrolled executives, newest first, filtered by
// journey (one entry per journey id, named in the UI language when a summary in that language
// exists), executive and date, each row with what triage needs (mean score, pain points, the
// NPS answer), and the pooled NPS and CES of what is listed (answers pooled, never averaged across
// groups, each with its n and a small-sample flag). pull() fetches new envelopes from the sync
// target (incremental), in the background (ReviewPullRunner), and reports what was accepted and
// why anything was rejected.

#include "review/received_summaries.h"
#include "review_pull_runner.h"
#include "scoring/summary.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <map>

class VaultSession;

class ReviewInboxModel : public QAbstractListModel
{
    Q_OBJECT
    Q_MOC_INCLUDE("vault_session.h")
    Q_MOC_INCLUDE("sync_credentials.h")
    QML_ELEMENT
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // Where the WebDAV account comes from (AppController.syncCredentials); null: none.
    Q_PROPERTY(SyncCredentials *credentials READ credentials WRITE setCredentials NOTIFY
                   credentialsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString journeyId READ journeyId WRITE setJourneyId NOTIFY filterChanged)
    Q_PROPERTY(QString executive READ executive WRITE setExecutive NOTIFY filterChanged)
    // Walks finished within the last N days; 0 = any date.
    Q_PROPERTY(int withinDays READ withinDays WRITE setWithinDays NOTIFY filterChanged)
    // The UI language ("en", "it"): journey names are shown in it where a summary has it.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // [{id, name}] and [label] over every received summary, for the filter pickers.
    Q_PROPERTY(QVariantList journeys READ journeys NOTIFY countChanged)
    Q_PROPERTY(QStringList executives READ executives NOTIFY countChanged)
    // {value (null when n is 0), n, smallSample} pooled over the listed summaries.
    Q_PROPERTY(QVariantMap nps READ nps NOTIFY countChanged)
    Q_PROPERTY(QVariantMap ces READ ces NOTIFY countChanged)
    // CSAT: the pooled share of 4–5 answers on the 1–5 question.
    Q_PROPERTY(QVariantMap csat READ csat NOTIFY countChanged)
    // Why CES could not be pooled (mixed scale versions), else "".
    Q_PROPERTY(QString pooledProblem READ pooledProblem NOTIFY countChanged)
    // The last pull: {listed, accepted, alreadySeen, tampered, unknownSigner, revoked, replayed,
    // other, errors}; empty before the first pull.
    Q_PROPERTY(QVariantMap lastPull READ lastPull NOTIFY lastPullChanged)
    // One line per rejection or fetch error of the last pull, except envelopes from devices not
    // accepted yet: they are kept and counted in waitingForDevice.
    Q_PROPERTY(QStringList pullDetails READ pullDetails NOTIFY lastPullChanged)
    // Envelopes on hold because their device is not on the roster: accepted by the next pull
    // once the device is (rejectedDevice: of those, the ones whose request was rejected).
    Q_PROPERTY(int waitingForDevice READ waitingForDevice NOTIFY lastPullChanged)
    Q_PROPERTY(int rejectedDevice READ rejectedDevice NOTIFY lastPullChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum Role
    {
        WalkIdRole = Qt::UserRole + 1,
        RevisionRole,
        JourneyIdRole,
        JourneyNameRole,
        ExecutiveRole,
        FinishedMsRole,
        ReceivedMsRole,
        MeanScoreRole,      // mean touchpoint score 0..100, or null when nothing was scored
        PainPointCountRole, // pain points (not memorable moments)
        RecommendRole,      // the NPS answer 0..10, or null when not answered
    };

    explicit ReviewInboxModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    VaultSession *session() const { return session_; }
    void setSession(VaultSession *session);
    SyncCredentials *credentials() const { return puller_.credentials(); }
    void setCredentials(SyncCredentials *credentials) { puller_.setCredentials(credentials); }
    bool busy() const { return puller_.busy(); }
    QString journeyId() const { return journeyId_; }
    void setJourneyId(const QString &id);
    QString executive() const { return executive_; }
    void setExecutive(const QString &label);
    int withinDays() const { return withinDays_; }
    void setWithinDays(int days);
    QString language() const { return language_; }
    void setLanguage(const QString &language);
    QVariantList journeys() const { return journeys_; }
    QStringList executives() const { return executives_; }
    QVariantMap nps() const { return nps_; }
    QVariantMap ces() const { return ces_; }
    QVariantMap csat() const { return csat_; }
    QString pooledProblem() const { return pooledProblem_; }
    QVariantMap lastPull() const { return lastPull_; }
    QStringList pullDetails() const { return pullDetails_; }
    int waitingForDevice() const { return waitingForDevice_; }
    int rejectedDevice() const { return rejectedDevice_; }
    QString errorString() const { return errorString_; }

    Q_INVOKABLE void reload();
    // Starts fetching, verifying and decrypting new envelopes; false when it cannot start
    // (locked, no circle, a pull running). The outcome is pullFinished().
    Q_INVOKABLE bool pull();
    // Scores, pain points by department and timings of one listed summary (see
    // review_summary_detail.h); empty when the walk is not listed.
    Q_INVOKABLE QVariantMap detail(const QString &walkId) const;

signals:
    void sessionChanged();
    void credentialsChanged();
    void busyChanged();
    // ok: the target was read to the end (rejections are reported in lastPull, not failures).
    void pullFinished(bool ok);
    void filterChanged();
    void languageChanged();
    void countChanged();
    void lastPullChanged();
    void errorStringChanged();

private:
    QVariantList photos(const QString &walkId) const;
    void setError(const QString &message);
    void computePooled();
    void showReport(const its::sync::PullReport &report);
    void countWaiting();
    QString journeyName(const QString &journeyId, const QString &fallback) const;
    const its::WalkSummary &parsed(const its::sync::ReceivedSummary &row);

    QPointer<VaultSession> session_;
    QString journeyId_;
    QString executive_;
    int withinDays_ = 0;
    QString language_;
    std::vector<its::sync::ReceivedSummary> rows_;
    std::vector<its::WalkSummary> parsed_; // same order as rows_
    // Parsed summaries by walk id (with their revision): reload() parses only what changed.
    std::map<QString, std::pair<int, its::WalkSummary>> cache_;
    // journey id -> language -> name, over every received summary
    std::map<QString, std::map<QString, QString>> journeyNames_;
    QVariantList journeys_;
    QStringList executives_;
    QVariantMap nps_;
    QVariantMap ces_;
    QVariantMap csat_;
    QString pooledProblem_;
    QVariantMap lastPull_;
    QStringList pullDetails_;
    int waitingForDevice_ = 0;
    int rejectedDevice_ = 0;
    QString errorString_;
    ReviewPullRunner puller_;
};
