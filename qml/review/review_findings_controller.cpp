#include "review_findings_controller.h"

#include "review_summary_detail.h"
#include "session_access.h"
#include "vault_session.h"

#include <QDateTime>
#include <algorithm>
#include <set>

using namespace its::review;

namespace {

std::set<std::string> toSet(const QStringList &list)
{
    std::set<std::string> set;
    for (const QString &item : list)
        set.insert(item.toStdString());
    return set;
}

QDate oldestWalk(const review::FindingsSnapshot &snapshot)
{
    std::int64_t oldest = snapshot.walks.front().summary.finishedWallMs;
    for (const ReceivedWalk &walk : snapshot.walks)
        oldest = std::min(oldest, walk.summary.finishedWallMs);
    return QDateTime::fromMSecsSinceEpoch(oldest).date();
}

void setIfChanged(QStringList &slot, const QStringList &value, bool &changed)
{
    if (slot != value) {
        slot = value;
        changed = true;
    }
}

} // namespace

ReviewFindingsController::ReviewFindingsController(QObject *parent)
    : QObject(parent)
    , recompiler_(new ReviewFindingsRecompiler(this))
{
    connect(recompiler_, &ReviewFindingsRecompiler::finished, this,
            [this](int generation, const ReviewFindingsRecompiler::Result &result) {
                result_ = result;
                shownPeriod_ = requestedPeriod_; // only the newest request's result arrives
                if (!result_->error.empty())
                    setError(tr("The findings could not be compiled: %1")
                                 .arg(QString::fromStdString(result_->error)));
                emit findingsChanged();
                emit busyChanged();
                emit compiled(generation);
            });
}

ReviewFindingsController::~ReviewFindingsController() = default;

VaultSession *ReviewFindingsController::session() const
{
    return session_;
}

void ReviewFindingsController::setSession(VaultSession *session)
{
    if (session_ != session)
        loader_.clear();
    if (bindSession(session_, session, this))
        emit sessionChanged();
}

void ReviewFindingsController::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}

void ReviewFindingsController::clearFindings()
{
    const bool wasBusy = busy();
    recompiler_->drop(); // whatever is still compiling is dropped
    result_.reset();
    emit findingsChanged();
    setBusyFrom(wasBusy);
}

void ReviewFindingsController::setBusyFrom(bool wasBusy)
{
    if (busy() != wasBusy)
        emit busyChanged();
}

void ReviewFindingsController::reload()
{
    its::Database *db = sessionDatabase(session_);
    if (!db) {
        loader_.clear();
        updateOptions();
        clearFindings();
        return;
    }
    try {
        if (!loader_.reload(*db))
            return; // nothing new: the findings shown stay
        const int unreadable = loader_.unreadable();
        setError(unreadable > 0
                     ? tr("%n received summaries cannot be read and are left out.", "", unreadable)
                     : QString());
    } catch (const std::exception &error) {
        setError(tr("Cannot read the received summaries: %1").arg(errorText(error)));
        return;
    }
    updateOptions();
    recompile();
}

void ReviewFindingsController::updateOptions()
{
    std::set<QString> months, quarters, departments, channels;
    std::map<std::string, std::string> journeys; // id -> name of its newest walk
    std::set<std::string> leaders;
    const auto snapshot = loader_.snapshot();
    if (snapshot) {
        for (const ReceivedWalk &walk : snapshot->walks) {
            const QDate date = QDateTime::fromMSecsSinceEpoch(walk.summary.finishedWallMs).date();
            months.insert(review::monthKey(date));
            quarters.insert(review::quarterKey(date));
            journeys[walk.summary.journeyId] = walk.summary.journeyName;
            leaders.insert(walk.deviceId);
            for (const its::ContactSummary &contact : walk.summary.contacts) {
                departments.insert(QString::fromStdString(contact.department));
                channels.insert(
                    QString::fromStdString(std::string(its::toString(contact.channel))));
            }
        }
    }
    const QDate today = QDate::currentDate();
    const QDate oldest = snapshot && !snapshot->walks.empty() ? oldestWalk(*snapshot) : QDate();
    months_ = review::calendarKeys(true, oldest, today);
    quarters_ = review::calendarKeys(false, oldest, today);
    newestMonth_ = months.empty() ? months_.first() : *months.rbegin();
    newestQuarter_ = quarters.empty() ? quarters_.first() : *quarters.rbegin();
    departments.erase(QString());
    departmentOptions_ = QStringList(departments.begin(), departments.end());
    channelOptions_ = QStringList(channels.begin(), channels.end());
    journeyOptions_.clear();
    for (const auto &[id, name] : journeys)
        journeyOptions_ << QVariantMap{{QStringLiteral("id"), QString::fromStdString(id)},
                                       {QStringLiteral("name"), QString::fromStdString(name)}};
    leaderOptions_.clear();
    for (const std::string &id : leaders) {
        const QString label = snapshot->leaderLabel(id);
        leaderOptions_ << QVariantMap{
            {QStringLiteral("id"), QString::fromStdString(id)},
            {QStringLiteral("name"), label.isEmpty() ? tr("Device not on the roster") : label}};
    }
    // The newest period with walks, unless the CCO chose one (kept while the picker offers it).
    const bool monthly = periodKind_ == QLatin1String("month");
    const QStringList &keys = monthly ? months_ : quarters_;
    if ((monthly || periodKind_ == QLatin1String("quarter")) &&
        (!periodKeyChosen_ || !keys.contains(periodKey_))) {
        periodKey_ = monthly ? newestMonth_ : newestQuarter_;
        periodKeyChosen_ = false;
        emit filterChanged();
    }
    emit optionsChanged();
}

QVariantList ReviewFindingsController::periodOptions() const
{
    QVariantList options;
    const QStringList &keys = periodKind_ == QLatin1String("month") ? months_ : quarters_;
    if (periodKind_ != QLatin1String("month") && periodKind_ != QLatin1String("quarter"))
        return options;
    for (const QString &key : keys)
        options << QVariantMap{{QStringLiteral("id"), key},
                               {QStringLiteral("name"), review::periodName(key)}};
    return options;
}

int ReviewFindingsController::received() const
{
    const auto snapshot = loader_.snapshot();
    return snapshot ? static_cast<int>(snapshot->walks.size()) : 0;
}

QString ReviewFindingsController::periodName(const QString &key)
{
    return review::periodName(key);
}

review::PeriodWindow ReviewFindingsController::window() const
{
    return review::periodWindow(periodKind_, periodKey_, fromDate_, toDate_);
}

void ReviewFindingsController::recompile()
{
    if (!loader_.snapshot())
        return;
    const review::PeriodWindow w = window();
    if (!w.valid) {
        rangeInvalid_ = true;
        setError(tr("Choose a start and an end date, the end not before the start."));
        return;
    }
    if (rangeInvalid_) {
        rangeInvalid_ = false;
        setError({});
    }
    review::FindingsRequest request;
    request.filter.fromMs = w.fromMs;
    request.filter.toMs = w.toMs;
    request.filter.journeys = toSet(journeys_);
    request.filter.departments = toSet(departments_);
    request.filter.leaders = toSet(leaders_);
    for (const QString &name : channels_) {
        if (const auto channel = its::channelFromString(name.toStdString()))
            request.filter.channels.insert(*channel);
    }
    if (compare_)
        request.previousFromMs = w.previousFromMs;
    request.periodKind =
        periodKind_ == QLatin1String("month") ? PeriodKind::Month : PeriodKind::Quarter;
    request.nowMs = QDateTime::currentMSecsSinceEpoch();
    request.zone = QTimeZone::systemTimeZone();

    const bool wasBusy = busy();
    requestedPeriod_ = {periodKind_, periodKey_, fromDate_, toDate_};
    recompiler_->start(loader_.snapshot(), request);
    setBusyFrom(wasBusy);
}

void ReviewFindingsController::setLanguage(const QString &language)
{
    if (language_ == language)
        return;
    language_ = language;
    emit languageChanged();
    emit optionsChanged();  // period names
    emit findingsChanged(); // labels and the models' words
}

void ReviewFindingsController::setPeriodKind(const QString &kind)
{
    static const QStringList kinds{QStringLiteral("all"), QStringLiteral("month"),
                                   QStringLiteral("quarter"), QStringLiteral("range")};
    if (periodKind_ == kind || !kinds.contains(kind))
        return;
    periodKind_ = kind;
    periodKeyChosen_ = false;
    periodKey_.clear();
    updateOptions(); // picks the newest period of the new kind
    emit filterChanged();
    recompile();
}

void ReviewFindingsController::setPeriodKey(const QString &key)
{
    if (periodKey_ == key)
        return;
    periodKey_ = key;
    periodKeyChosen_ = true;
    emit filterChanged();
    recompile();
}

void ReviewFindingsController::setFromDate(const QString &date)
{
    if (fromDate_ == date)
        return;
    fromDate_ = date;
    emit filterChanged();
    if (periodKind_ == QLatin1String("range"))
        recompile();
}

void ReviewFindingsController::setToDate(const QString &date)
{
    if (toDate_ == date)
        return;
    toDate_ = date;
    emit filterChanged();
    if (periodKind_ == QLatin1String("range"))
        recompile();
}

void ReviewFindingsController::setCompare(bool compare)
{
    if (compare_ == compare)
        return;
    compare_ = compare;
    emit filterChanged();
    recompile();
}

void ReviewFindingsController::setJourneys(const QStringList &ids)
{
    bool changed = false;
    setIfChanged(journeys_, ids, changed);
    if (changed) {
        emit filterChanged();
        recompile();
    }
}

void ReviewFindingsController::setDepartments(const QStringList &ids)
{
    bool changed = false;
    setIfChanged(departments_, ids, changed);
    if (changed) {
        emit filterChanged();
        recompile();
    }
}

void ReviewFindingsController::setChannels(const QStringList &ids)
{
    bool changed = false;
    setIfChanged(channels_, ids, changed);
    if (changed) {
        emit filterChanged();
        recompile();
    }
}

void ReviewFindingsController::setLeaders(const QStringList &deviceIds)
{
    bool changed = false;
    setIfChanged(leaders_, deviceIds, changed);
    if (changed) {
        emit filterChanged();
        recompile();
    }
}

void ReviewFindingsController::clearFilter()
{
    bool changed = false;
    setIfChanged(journeys_, {}, changed);
    setIfChanged(departments_, {}, changed);
    setIfChanged(channels_, {}, changed);
    setIfChanged(leaders_, {}, changed);
    if (changed) {
        emit filterChanged();
        recompile();
    }
}

bool ReviewFindingsController::noWalksMatch() const
{
    return !result_ || result_->current.noWalksMatch;
}

int ReviewFindingsController::walks() const
{
    return result_ ? result_->current.walks : 0;
}

int ReviewFindingsController::contacts() const
{
    return result_ ? result_->current.contacts : 0;
}

bool ReviewFindingsController::compared() const
{
    return result_ && result_->change.has_value();
}

QString ReviewFindingsController::periodLabel() const
{
    if (!result_)
        return {};
    const QString label = shownWindow().label;
    return label.isEmpty() ? tr("All time") : label;
}

QString ReviewFindingsController::previousLabel() const
{
    return compared() ? shownWindow().previousLabel : QString();
}

QStringList ReviewFindingsController::idleLeaders() const
{
    QStringList labels;
    if (!result_)
        return labels;
    for (const std::string &id : result_->current.participation.idleLeaders) {
        const QString label = result_->snapshot->leaderLabel(id);
        labels << (label.isEmpty() ? tr("Device not on the roster") : label);
    }
    return labels;
}

QStringList ReviewFindingsController::journeysNotWalked() const
{
    QStringList names;
    if (!result_)
        return names;
    for (const std::string &id : result_->current.participation.journeysNotWalked) {
        QString name = QString::fromStdString(id);
        for (const its::JourneyTemplate &journey : result_->snapshot->library) {
            if (journey.id == id) {
                name = QString::fromStdString(journey.name);
                break;
            }
        }
        names << name;
    }
    return names;
}

QStringList ReviewFindingsController::walkIds() const
{
    QStringList ids;
    if (result_) {
        for (const std::string &id : result_->walkIds)
            ids << QString::fromStdString(id);
    }
    return ids;
}

QVariantMap ReviewFindingsController::detail(const QString &walkId) const
{
    const auto snapshot = loader_.snapshot();
    const ReceivedWalk *walk = snapshot ? snapshot->find(walkId.toStdString()) : nullptr;
    if (!walk)
        return {};
    QVariantMap map = review::summaryDetail(walk->summary);
    map.insert(QStringLiteral("executive"), snapshot->leaderLabel(walk->deviceId));
    map.insert(QStringLiteral("revision"), walk->summary.revision);
    return map;
}
