#pragma once
// The photos and voice memos of a walk (or of one contact), as the vault's EvidenceStore holds
// them: kind, caption, time on the contact's timeline, and for photos the image provider URL
// ("image://evidence/<id>", decrypted into memory only). remove() deletes an item with all its
// chunks. Re-read whenever the walk changes or an item is added. share() keeps a small copy of a
// photo to travel with the summary (after the UI's no-faces/no-names confirmation); unshare()
// makes it private again.

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <vector>

class WalkController;

class EvidenceListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_MOC_INCLUDE("walk_controller.h")
    QML_ELEMENT
    Q_PROPERTY(WalkController *walk READ walk WRITE setWalk NOTIFY walkChanged)
    // Only this contact's items; empty: every item of the walk.
    Q_PROPERTY(QString contactId READ contactId WRITE setContactId NOTIFY contactIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int photoCount READ photoCount NOTIFY countChanged)
    Q_PROPERTY(int memoCount READ memoCount NOTIFY countChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum Role
    {
        EvidenceIdRole = Qt::UserRole + 1,
        KindRole, // "photo" or "voice"
        CaptionRole,
        SourceRole,         // photos: "image://evidence/<id>"; memos: ""
        OffsetMsRole,       // ms since the contact started, -1 when unknown (double)
        DurationMsRole,     // memos: length read from the Ogg stream, -1 unknown (double)
        TouchpointNameRole, // the contact's touchpoint, "" for evidence of the whole walk
        ContactIdRole,
        SizeBytesRole, // double
        SharedRole,    // photos: travels with the summary (vault/evidence_sharing.h)
    };
    Q_ENUM(Role)

    struct Item
    {
        QString id;
        QString kind;
        QString caption;
        double offsetMs = -1;
        double durationMs = -1;
        QString touchpointName;
        QString contactId;
        double sizeBytes = 0;
        bool shared = false;
    };

    explicit EvidenceListModel(QObject *parent = nullptr);

    WalkController *walk() const { return walk_; }
    void setWalk(WalkController *walk);
    QString contactId() const { return contactId_; }
    void setContactId(const QString &id);
    int count() const { return static_cast<int>(items_.size()); }
    int photoCount() const;
    int memoCount() const { return count() - photoCount(); }
    QString errorString() const { return errorString_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    // Deletes the item and every chunk of it from the vault. False (errorString set) on failure.
    Q_INVOKABLE bool remove(const QString &evidenceId);
    // Only once the executive confirmed that the photo and its caption show no faces and no
    // names: its small copy goes with the summary. False (errorString set, nothing changed) on
    // failure, e.g. a voice memo or one photo more than the walk may share.
    Q_INVOKABLE bool share(const QString &evidenceId);
    Q_INVOKABLE bool unshare(const QString &evidenceId);

signals:
    void walkChanged();
    void contactIdChanged();
    void countChanged();
    void errorStringChanged();

private:
    void setError(const QString &message);
    // The row of `evidenceId` re-reads its shared flag; the message when `error` is not empty.
    bool finishSharing(const QString &evidenceId, const QString &error);

    QPointer<WalkController> walk_;
    QString contactId_;
    std::vector<Item> items_;
    QString errorString_;
};
