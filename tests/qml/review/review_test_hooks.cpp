#include "review_test_hooks.h"

#include "../../unit/review_models/findings_seed.h"
#include "../../unit/review_models/review_test_support.h"
#include "review_enroll_controller.h"

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

QString ReviewTestHooks::findingsShotDir() const
{
    const QString dir = qEnvironmentVariable("ITS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QDir().mkpath(dir);
    return dir;
}

bool ReviewTestHooks::seedFindings()
{
    if (!m_review || !m_review->unlocked())
        return false;
    try {
        review::testing::seedFindings(m_review->vault()->db());
    } catch (const std::exception &error) {
        qWarning("seedFindings: %s", error.what());
        return false;
    }
    return true;
}

bool ReviewTestHooks::queueSummary(const QString &walkId, int recommend)
{
    if (!m_executive || !m_executive->unlocked())
        return false;
    try {
        its::WalkSummary summary = review::testing::summaryFor(
            walkId, "switch", recommend, 3, QDateTime::currentMSecsSinceEpoch() - 1000);
        summary.answers.csat = 2;
        summary.answers.wouldStay = false;
        review::testing::queueSummary(*m_executive, summary);
    } catch (const std::exception &error) {
        qWarning("queueSummary: %s", error.what());
        return false;
    }
    return true;
}

bool ReviewTestHooks::enrollStranger(const QString &invitationText, const QString &label)
{
    if (!m_stranger)
        m_stranger = review::testing::openNewSession(m_dir.path() + "/stranger");
    if (!m_stranger)
        return false;
    ReviewEnrollController enrollment;
    enrollment.setSession(m_stranger.get());
    if (!enrollment.joinWithText(invitationText, label)) {
        qWarning("enrollStranger: %s", qPrintable(enrollment.errorString()));
        return false;
    }
    // Published on the sync thread; the controller must outlive it.
    return QTest::qWaitFor([&] { return enrollment.requestPublished(); }, 30'000);
}
