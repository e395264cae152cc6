#pragma once
// What the review QtQuickTest needs beyond the UI: two real vaults (the CCO's review and an
// executive's device), a folder for the sync target, and a stand-in for "finish a walk" that
// queues a summary in the executive's outbox. Registered declaratively as the singleton
// InTheirShoesReviewTest.ReviewHooks (one per engine), so qmllint can check the tests that use it.

#include "vault_session.h"

#include <QObject>
#include <QTemporaryDir>
#include <QtQml/qqmlregistration.h>
#include <memory>

class ReviewTestHooks : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(ReviewHooks)
    QML_SINGLETON
    Q_PROPERTY(VaultSession *reviewSession READ reviewSession CONSTANT)
    Q_PROPERTY(VaultSession *executiveSession READ executiveSession CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)
    // ITS_SCREENSHOT_DIR (created), or "" when no screenshots are wanted.
    Q_PROPERTY(QString findingsShotDir READ findingsShotDir CONSTANT)
public:
    explicit ReviewTestHooks(QObject *parent = nullptr);

    VaultSession *reviewSession() const { return m_review.get(); }
    VaultSession *executiveSession() const { return m_executive.get(); }
    QString dataDir() const { return m_dir.path(); }
    QString screenshotDir() const;
    QString findingsShotDir() const;

    // Queues a finished walk's summary (recommend 0-10) in the executive's outbox.
    Q_INVOKABLE bool queueSummary(const QString &walkId, int recommend);
    // Stores the dashboard's test summaries straight into the review vault, as a pull would
    // (tests/unit/review_models/findings_seed.h).
    Q_INVOKABLE bool seedFindings();
    // The same, with a photo of a shop shelf marked shareable on its first contact.
    Q_INVOKABLE bool queueSummaryWithPhoto(const QString &walkId, int recommend,
                                           const QString &caption);
    // A third device nobody vouches for joins with the invitation and publishes its request.
    Q_INVOKABLE bool enrollStranger(const QString &invitationText, const QString &label);

private:
    bool queue(const QString &walkId, int recommend, const QString &caption, bool withPhoto);

    QTemporaryDir m_dir;
    std::unique_ptr<VaultSession> m_review;
    std::unique_ptr<VaultSession> m_executive;
    std::unique_ptr<VaultSession> m_stranger;
};
