#include "review_test_hooks.h"

#include "../../unit/review_models/findings_seed.h"
#include "../../unit/review_models/review_test_support.h"
#include "review_enroll_controller.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QPainter>

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

namespace {

// A drawn shop shelf: three rows of coloured boxes, as a JPEG.
std::string shelfJpeg()
{
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(QColor(0xe8, 0xe2, 0xd4));
    QPainter painter(&image);
    const QColor boxes[] = {QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x72, 0xb2),
                            QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7)};
    for (int row = 0; row < 3; ++row) {
        painter.fillRect(20, 180 + row * 190, 760, 12, QColor(0x55, 0x44, 0x33));
        for (int k = 0; k < 6; ++k)
            painter.fillRect(40 + k * 125, 60 + row * 190, 90, 120, boxes[(row + k) % 4]);
    }
    painter.end();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return jpeg.toStdString();
}

} // namespace

bool ReviewTestHooks::queueSummary(const QString &walkId, int recommend)
{
    return queue(walkId, recommend, QString(), false);
}

bool ReviewTestHooks::queueSummaryWithPhoto(const QString &walkId, int recommend,
                                            const QString &caption)
{
    return queue(walkId, recommend, caption, true);
}

bool ReviewTestHooks::queue(const QString &walkId, int recommend, const QString &caption,
                            bool withPhoto)
{
    if (!m_executive || !m_executive->unlocked())
        return false;
    try {
        its::WalkSummary summary = review::testing::summaryFor(
            walkId, "switch", recommend, 3, QDateTime::currentMSecsSinceEpoch() - 1000);
        summary.answers.csat = 2;
        summary.answers.wouldStay = false;
        if (withPhoto)
            summary.photos.push_back(
                its::SummaryPhoto{"photo-" + walkId.toStdString(), summary.contacts.at(0).contactId,
                                  caption.toStdString(), "image/jpeg", shelfJpeg()});
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
