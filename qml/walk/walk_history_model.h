#pragma once
// Past and running walks, newest first, filtered by status, sector and start date; exports a
// walk (full JSON backup, private notes included) or its summary (what would be shared) to a
// file the user picks.

#include "vault/walk_store.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class VaultSession;

class WalkHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    Q_MOC_INCLUDE("vault_session.h")
    QML_ELEMENT
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // "" (all), "in_progress" or "finished"
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
    Q_PROPERTY(QString sector READ sector WRITE setSector NOTIFY filterChanged)
    // Walks started within the last N days; 0 = any date.
    Q_PROPERTY(int withinDays READ withinDays WRITE setWithinDays NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum Role
    {
        WalkIdRole = Qt::UserRole + 1,
        JourneyNameRole,
        SectorRole,
        PersonaRole,
        StatusRole,
        StartedMsRole,
        ContactCountRole,
        RevisionRole,
    };

    explicit WalkHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    VaultSession *session() const { return session_; }
    void setSession(VaultSession *session);
    QString status() const { return status_; }
    void setStatus(const QString &status);
    QString sector() const { return sector_; }
    void setSector(const QString &sector);
    int withinDays() const { return withinDays_; }
    void setWithinDays(int days);
    QString errorString() const { return errorString_; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE QString walkId(int row) const;
    // Both return "" on success, else a sentence saying what went wrong; nothing half-written
    // is left behind (the file is written to a temporary name and renamed).
    Q_INVOKABLE QString exportWalk(const QString &walkId, const QUrl &file);
    Q_INVOKABLE QString exportSummary(const QString &walkId, const QUrl &file);
    Q_INVOKABLE bool reopen(const QString &walkId);
    Q_INVOKABLE bool remove(const QString &walkId);

signals:
    void sessionChanged();
    void filterChanged();
    void countChanged();
    void errorStringChanged();

private:
    QString writeFile(const QUrl &file, const std::string &text);
    void setError(const QString &message);

    QPointer<VaultSession> session_;
    QString status_;
    QString sector_;
    int withinDays_ = 0;
    std::vector<its::WalkHeader> rows_;
    QString errorString_;
};
