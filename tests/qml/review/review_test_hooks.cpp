#include "review_test_hooks.h"

#include "../../unit/review_models/review_test_support.h"

#include <QDateTime>
#include <QDir>

ReviewTestHooks::ReviewTestHooks(QObject *parent)
    : QObject(parent)
    , m_review(review::testing::openNewSession(m_dir.path() + "/review"))
    , m_executive(review::testing::openNewSession(m_dir.path() + "/executive"))
{
}

QString ReviewTestHooks::screenshotDir() const
{
    const QString dir = QStringLiteral(ITS_BINARY_DIR) + "/screenshots/review";
    QDir().mkpath(dir);
    return dir;
}

bool ReviewTestHooks::queueSummary(const QString &walkId, int recommend)
{
    if (!m_executive || !m_executive->unlocked())
        return false;
    try {
        review::testing::queueSummary(
            *m_executive, review::testing::summaryFor(walkId, "switch", recommend, 3,
                                                      QDateTime::currentMSecsSinceEpoch() - 1000));
    } catch (const std::exception &error) {
        qWarning("queueSummary: %s", error.what());
        return false;
    }
    return true;
}
