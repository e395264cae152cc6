#pragma once
// One journey template opened for preview or editing. Edits change an in-memory copy; save()
// validates it with the same strict reader used for imported files (so a broken edit gets the
// same clear error, with its JSON path) and writes it to the TemplateStore.

#include "domain/journey.h"
#include "touchpoint_list_model.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class VaultSession;

class TemplateDocument : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("vault_session.h")
    QML_ELEMENT
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString templateId READ templateId WRITE setTemplateId NOTIFY loadedChanged)
    // The language to open a journey kept in several languages in (the UI language); a journey
    // without it opens in its other language. Unsaved edits are never reloaded away.
    Q_PROPERTY(QString preferredLanguage READ preferredLanguage WRITE setPreferredLanguage NOTIFY
                   preferredLanguageChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY changed)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY changed)
    Q_PROPERTY(QString sector READ sector WRITE setSector NOTIFY changed)
    Q_PROPERTY(QString language READ language NOTIFY changed)
    Q_PROPERTY(QString personaName READ personaName WRITE setPersonaName NOTIFY changed)
    Q_PROPERTY(QString personaDescription READ personaDescription NOTIFY changed)
    Q_PROPERTY(QStringList stageNames READ stageNames NOTIFY changed)
    Q_PROPERTY(QStringList departments READ departments NOTIFY changed)
    Q_PROPERTY(TouchpointListModel *touchpoints READ touchpoints CONSTANT)
    Q_PROPERTY(bool dirty READ dirty NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit TemplateDocument(QObject *parent = nullptr);

    VaultSession *session() const { return session_; }
    void setSession(VaultSession *session);
    QString templateId() const { return templateId_; }
    void setTemplateId(const QString &id);
    QString preferredLanguage() const { return preferredLanguage_; }
    void setPreferredLanguage(const QString &language);
    bool loaded() const { return !journey_.id.empty(); }
    QString name() const { return QString::fromStdString(journey_.name); }
    void setName(const QString &name);
    QString description() const { return QString::fromStdString(journey_.description); }
    void setDescription(const QString &text);
    QString sector() const { return QString::fromStdString(journey_.sector); }
    void setSector(const QString &sector);
    QString language() const { return QString::fromStdString(journey_.language); }
    QString personaName() const { return QString::fromStdString(journey_.persona.name); }
    void setPersonaName(const QString &name);
    QString personaDescription() const;
    QStringList stageNames() const;
    QStringList departments() const;
    TouchpointListModel *touchpoints() { return &touchpoints_; }
    bool dirty() const { return dirty_; }
    QString errorString() const { return errorString_; }

    Q_INVOKABLE bool reload();
    // Adds a stage at the end; returns its index.
    Q_INVOKABLE int addStage(const QString &name);
    // Adds a touchpoint to a stage; returns its row in `touchpoints`, or -1.
    Q_INVOKABLE int addTouchpoint(int stageIndex, const QString &name, const QString &channel,
                                  const QString &department);
    Q_INVOKABLE bool removeTouchpoint(int row);
    Q_INVOKABLE bool setTouchpointName(int row, const QString &name);
    Q_INVOKABLE bool setTouchpointDepartment(int row, const QString &department);
    Q_INVOKABLE bool setTouchpointChannel(int row, const QString &channel);
    Q_INVOKABLE bool addCriterion(int row, const QString &text, bool mustBe, double weight);
    Q_INVOKABLE bool removeCriterion(int row, int criterionIndex);
    Q_INVOKABLE bool addSla(int row, const QString &phase, int seconds);
    Q_INVOKABLE bool removeSla(int row, int slaIndex);
    // Validates and stores the template (bumping its revision); false with errorString on error.
    Q_INVOKABLE bool save();

signals:
    void preferredLanguageChanged();
    void sessionChanged();
    void loadedChanged();
    void changed();
    void errorStringChanged();

private:
    its::Touchpoint *touchpointAt(int row);
    void edited();
    void setError(const QString &message);

    QPointer<VaultSession> session_;
    QString templateId_;
    QString preferredLanguage_;
    its::JourneyTemplate journey_;
    TouchpointListModel touchpoints_;
    bool dirty_ = false;
    QString errorString_;
};
