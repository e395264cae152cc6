#include "walk_summary_view.h"

#include "formats/summary_json.h"
#include "scoring/summarize.h"
#include "session_access.h"
#include "vault/evidence_sharing.h"
#include "vault/walk_store.h"
#include "walk_controller.h"

#include <QVariantMap>
#include <nlohmann/json.hpp>

WalkSummaryView::WalkSummaryView(QObject *parent)
    : QObject(parent)
    , moments_(this)
    , memorable_(this)
{
    moments_.setKind(its::MomentKind::PainPoint);
    memorable_.setKind(its::MomentKind::Memorable);
}

void WalkSummaryView::setWalk(WalkController *walk)
{
    if (walk_ == walk)
        return;
    if (walk_)
        disconnect(walk_, nullptr, this, nullptr);
    walk_ = walk;
    if (walk_) {
        connect(walk_, &WalkController::walkChanged, this, &WalkSummaryView::refresh);
        connect(walk_, &QObject::destroyed, this, [this] {
            walk_ = nullptr;
            refresh();
        });
    }
    emit walkChanged();
    refresh();
}

void WalkSummaryView::refresh()
{
    summary_ = {};
    valid_ = false;
    emotionPoints_.clear();
    sharedJson_.clear();
    sharedNotes_.clear();
    privateNotes_.clear();
    privateStaffNotes_.clear();
    errorString_.clear();
    if (walk_ && walk_->loaded()) {
        const its::Walk &walk = walk_->walk();
        try {
            summary_ = its::summarize(walk, its::SystemClock().now());
            // The document as it is sent: with the shared photos, their bytes left out.
            its::WalkSummary sent = summary_;
            if (its::Database *db = walk_->database())
                its::attachSharedPhotos(*db, sent);
            sharedJson_ =
                QString::fromStdString(its::withoutPhotoData(its::summaryToJson(sent)).dump(2));
            valid_ = true;
        } catch (const std::exception &error) {
            errorString_ = tr("The summary cannot be computed: %1").arg(errorText(error));
        }
        for (const its::EmotionPoint &point : summary_.emotion.points) {
            QVariantMap map;
            map[QStringLiteral("value")] = point.value;
            for (const its::ContactSummary &contact : summary_.contacts) {
                if (contact.contactId == point.contactId)
                    map[QStringLiteral("label")] = QString::fromStdString(contact.touchpointName);
            }
            emotionPoints_.append(map);
        }
        // What stays on this device, listed from the walk itself (not from the summary).
        for (const its::Contact &contact : walk.contacts) {
            const its::Touchpoint *tp = walk.journey.findTouchpoint(contact.touchpointId);
            const QString where = tp ? QString::fromStdString(tp->name) : QString();
            const its::Observation &obs = contact.observation;
            if (!obs.note.empty()) {
                const QString line =
                    where + QStringLiteral(": ") + QString::fromStdString(obs.note);
                (obs.noteShareable ? sharedNotes_ : privateNotes_).append(line);
            }
            if (!obs.privateStaffNote.empty())
                privateStaffNotes_.append(where + QStringLiteral(": ") +
                                          QString::fromStdString(obs.privateStaffNote));
        }
    }
    const its::JourneyTemplate journey = walk_ ? walk_->walk().journey : its::JourneyTemplate{};
    moments_.setSummary(summary_, journey);
    memorable_.setSummary(summary_, journey);
    emit changed();
}

int WalkSummaryView::handoffCount() const
{
    int total = 0;
    for (const its::ContactSummary &contact : summary_.contacts)
        total += static_cast<int>(contact.handoffs.size());
    return total;
}

int WalkSummaryView::repeatCount() const
{
    int total = 0;
    for (const its::ContactSummary &contact : summary_.contacts)
        total += contact.repeatCount;
    return total;
}

int WalkSummaryView::slaBreachCount() const
{
    int total = 0;
    for (const its::ContactSummary &contact : summary_.contacts)
        total += static_cast<int>(contact.slaBreaches.size());
    return total;
}

QString WalkSummaryView::cesScaleVersion() const
{
    return QString::fromStdString(summary_.answers.cesScaleVersion);
}

int WalkSummaryView::wouldStay() const
{
    const std::optional<bool> &stay = summary_.answers.wouldStay;
    return stay ? (*stay ? 1 : 0) : -1;
}

double WalkSummaryView::csatShare() const
{
    return its::walkCsat(summary_).value.value_or(-1.0);
}

int WalkSummaryView::csatN() const
{
    return its::walkCsat(summary_).n;
}

bool WalkSummaryView::csatSmallSample() const
{
    return its::walkCsat(summary_).smallSample;
}

bool WalkSummaryView::saveAnswers(const its::JourneyAnswers &answers)
{
    its::Database *db = walk_ ? walk_->database() : nullptr;
    if (!db || !walk_->loaded())
        return false;
    try {
        its::WalkStore(*db).setAnswers(walk_->walk().id, answers);
    } catch (const std::exception &error) {
        walk_->setError(tr("Answer not saved: %1").arg(errorText(error)));
        return false;
    }
    return walk_->reload(); // -> walkChanged -> refresh()
}

bool WalkSummaryView::setRecommend(int value)
{
    if (!walk_ || value < -1 || value > 10)
        return false;
    its::JourneyAnswers answers = walk_->walk().answers;
    answers.recommend = value < 0 ? std::nullopt : std::optional<int>(value);
    return saveAnswers(answers);
}

bool WalkSummaryView::setEffort(int value)
{
    if (!walk_ || value < -1 || value == 0 || value > 7)
        return false;
    its::JourneyAnswers answers = walk_->walk().answers;
    answers.effort = value < 0 ? std::nullopt : std::optional<int>(value);
    return saveAnswers(answers);
}

bool WalkSummaryView::setWouldStay(int value)
{
    if (!walk_ || value < -1 || value > 1)
        return false;
    its::JourneyAnswers answers = walk_->walk().answers;
    answers.wouldStay = value < 0 ? std::nullopt : std::optional<bool>(value == 1);
    return saveAnswers(answers);
}

bool WalkSummaryView::setCsat(int value)
{
    if (!walk_ || value < -1 || value == 0 || value > its::kCsatMax)
        return false;
    its::JourneyAnswers answers = walk_->walk().answers;
    answers.csat = value < 0 ? std::nullopt : std::optional<int>(value);
    return saveAnswers(answers);
}
