#pragma once
// The journey library: templates in the vault, filtered by free text, sector and channel.
// One row per journey id, in `language` (the UI language) where the journey has it, else in its
// other language; changing `language` re-picks at once. Also imports template files (errors
// name the JSON path) and duplicates templates for editing.

#include "vault/template_store.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class VaultSession;

class TemplateListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_MOC_INCLUDE("vault_session.h")
    QML_ELEMENT
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(QString sector READ sector WRITE setSector NOTIFY filterChanged)
    Q_PROPERTY(QString channel READ channel WRITE setChannel NOTIFY filterChanged)
    Q_PROPERTY(QStringList availableSectors READ availableSectors NOTIFY countChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum Role
    {
        TemplateIdRole = Qt::UserRole + 1,
        NameRole,
        SectorRole,
        LanguageRole,
        ChannelsRole,
        RevisionRole,
    };

    explicit TemplateListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    VaultSession *session() const { return session_; }
    void setSession(VaultSession *session);
    QString language() const { return language_; }
    void setLanguage(const QString &language);
    QString searchText() const { return searchText_; }
    void setSearchText(const QString &text);
    QString sector() const { return sector_; }
    void setSector(const QString &sector);
    QString channel() const { return channel_; }
    void setChannel(const QString &channel);
    QStringList availableSectors() const;
    int totalCount() const { return static_cast<int>(all_.size()); }
    QString errorString() const { return errorString_; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE QString templateId(int row) const;
    // Imports a template file into the vault. Returns the new template id, or "" with
    // errorString naming the file and the JSON path of the offending field.
    Q_INVOKABLE QString importFile(const QUrl &file);
    // Copies the journey in the shown language under a new id and name ("<name> (copy)");
    // returns the new id or "".
    Q_INVOKABLE QString duplicate(const QString &templateId);
    Q_INVOKABLE bool remove(const QString &templateId); // every language of the journey
    // The starter journeys embedded in the app, in every language: all of them into an empty
    // library (first unlock); otherwise only a missing language of a starter journey the
    // library already holds unedited (same revision). Returns how many files were imported.
    Q_INVOKABLE int importStarterTemplates();

signals:
    void sessionChanged();
    void languageChanged();
    void filterChanged();
    void countChanged();
    void errorStringChanged();

private:
    void pickLanguages();
    void applyFilter();
    bool matches(const its::TemplateHeader &header) const;
    void setError(const QString &message);

    QPointer<VaultSession> session_;
    QString language_;
    std::vector<its::TemplateHeader> stored_; // every language of every journey
    QString searchText_;
    QString sector_;
    QString channel_;
    std::vector<its::TemplateHeader> all_; // one per journey id, in the picked language
    std::vector<its::TemplateHeader> shown_;
    QString errorString_;
};
