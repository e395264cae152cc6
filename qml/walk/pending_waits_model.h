#pragma once
// Long waits still running (an email reply, a letter, a promised callback), oldest first.
// A timer re-checks them every minute so the list and the "overdue" badge stay current while
// the app is open; closing a wait writes to the vault at once.

#include "vault/walk_store.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class VaultSession;

class PendingWaitsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_MOC_INCLUDE("vault_session.h")
    QML_ELEMENT
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Waits past their target time (or past a day when the touchpoint sets none).
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY overdueCountChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    static constexpr qint64 kDefaultDueMs = 24LL * 60 * 60 * 1000;

    enum Role
    {
        WalkIdRole = Qt::UserRole + 1,
        ContactIdRole,
        TouchpointIdRole,
        TouchpointNameRole,
        JourneyNameRole,
        PhaseRole,
        SinceMsRole,
        WaitedMsRole,
        DueMsRole,
        OverdueRole,
        NextPhaseRole,
    };

    explicit PendingWaitsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    VaultSession *session() const { return session_; }
    void setSession(VaultSession *session);
    int overdueCount() const;
    QString errorString() const { return errorString_; }

    // What waits are measured with: the system clock unless a test sets another (not owned;
    // nullptr goes back to the system clock). Also used for the events moveOn/close write.
    void setClock(const its::Clock *clock);
    // What the minute timer runs: re-measures every wait and flags the newly overdue ones.
    void checkNow() { tick(); }

    Q_INVOKABLE void reload();
    // The reply arrived: the contact moves on to `phase`, or (empty) to the channel's next
    // phase after the wait (e.g. "reading" after an email), and stays open.
    Q_INVOKABLE bool moveOn(int row, const QString &phase = {});
    // The wait ended the contact: "resolved", "partial", "unresolved" or "abandoned".
    Q_INVOKABLE bool close(int row, const QString &outcome);

signals:
    void sessionChanged();
    void countChanged();
    void overdueCountChanged();
    void errorStringChanged();
    // Emitted when a wait becomes overdue while the app is open.
    void reminder(const QString &touchpointName);

private:
    struct Row
    {
        its::PendingWait wait;
        QString touchpointName;
        QString journeyName;
        qint64 dueMs = kDefaultDueMs;
        qint64 waitedMs = 0;
        QString nextPhase;
    };
    void tick();
    void setError(const QString &message);
    its::TimePoint now() const;

    QPointer<VaultSession> session_;
    QList<Row> rows_;
    QTimer timer_;
    QString errorString_;
    const its::Clock *clock_ = nullptr;
};
