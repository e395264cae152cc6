#include "review_findings_controller.h"

#include "formats/summary_json.h"
#include "review/received_summaries.h"
#include "review/roster.h"
#include "review_summary_detail.h"
#include "session_access.h"
#include "vault/template_store.h"
#include "vault_session.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>
#include <set>

using namespace its::review;
using Result = std::shared_ptr<const review::FindingsResult>;

namespace {

std::set<std::string> toSet(const QStringList &list)
{
    std::set<std::string> set;
    for (const QString &item : list)
        set.insert(item.toStdString());
    return set;
}

std::int64_t midnight(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
}

QString monthKey(QDate date)
{
    return QStringLiteral("%1-%2")
        .arg(date.year(), 4, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'));
}

QString quarterKey(QDate date)
{
    return QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

// The first day of a "2026-11" or "2026-Q4" period; invalid for anything else.
QDate periodStart(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return {};
    const int year = parts[0].toInt();
    if (parts[1].startsWith(QLatin1Char('Q')))
        return QDate(year, (parts[1].mid(1).toInt() - 1) * 3 + 1, 1);
    return QDate(year, parts[1].toInt(), 1);
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
{
}

ReviewFindingsController::~ReviewFindingsController() = default;

VaultSession *ReviewFindingsController::session() const
{
    return session_;
}

void ReviewFindingsController::setSession(VaultSession *session)
{
    if (session_ != session) {
        snapshot_.reset();
        loadedKeys_.clear();
    }
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
    ++requested_; // whatever is still compiling is dropped
    shown_ = requested_;
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
        snapshot_.reset();
        loadedKeys_.clear();
        updateOptions();
        clearFindings();
        return;
    }
    try {
        std::vector<its::review::Leader> roster;
        for (const its::sync::RosterEntry &entry : its::sync::Roster(*db).all())
            roster.push_back(
                {entry.deviceId.toStdString(), entry.label.toStdString(), entry.active()});
        std::vector<std::pair<std::string, int>> keys;
        for (const its::sync::ReceivedSummary &row : its::sync::listSummaries(*db, {}, false))
            keys.emplace_back(row.walkId.toStdString(), row.revision);
        const bool rosterSame = snapshot_ && [&] {
            if (roster.size() != snapshot_->roster.size())
                return false;
            for (std::size_t i = 0; i < roster.size(); ++i) {
                const Leader &a = roster[i], &b = snapshot_->roster[i];
                if (a.deviceId != b.deviceId || a.label != b.label || a.active != b.active)
                    return false;
            }
            return true;
        }();
        if (snapshot_ && rosterSame && keys == loadedKeys_)
            return; // nothing new: the findings shown stay
        auto snapshot = std::make_shared<review::FindingsSnapshot>();
        snapshot->roster = std::move(roster);
        int unreadable = 0;
        for (its::sync::ReceivedSummary &row : its::sync::listSummaries(*db, {}, true)) {
            const std::string walkId = row.walkId.toStdString();
            const ReceivedWalk *held = snapshot_ ? snapshot_->find(walkId) : nullptr;
            try {
                if (held && held->summary.revision == row.revision)
                    snapshot->walks.push_back(*held); // parsed once, kept
                else
                    snapshot->walks.push_back({its::parseSummary(row.summaryJson.toStdString()),
                                               row.deviceId.toStdString()});
                snapshot->byWalkId[walkId] = snapshot->walks.size() - 1;
            } catch (const std::exception &) {
                ++unreadable; // said below; the rest still compiles
            }
        }
        its::TemplateStore store(*db);
        std::set<std::string> seen;
        for (const its::TemplateHeader &header : store.list()) {
            if (seen.insert(header.id).second)
                snapshot->library.push_back(store.load(header.id));
        }
        snapshot_ = std::move(snapshot);
        loadedKeys_ = std::move(keys);
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
    if (snapshot_) {
        for (const ReceivedWalk &walk : snapshot_->walks) {
            const QDate date = QDateTime::fromMSecsSinceEpoch(walk.summary.finishedWallMs).date();
            months.insert(monthKey(date));
            quarters.insert(quarterKey(date));
            journeys[walk.summary.journeyId] = walk.summary.journeyName;
            leaders.insert(walk.deviceId);
            for (const its::ContactSummary &contact : walk.summary.contacts) {
                departments.insert(QString::fromStdString(contact.department));
                channels.insert(
                    QString::fromStdString(std::string(its::toString(contact.channel))));
            }
        }
    }
    months_ = QStringList(months.rbegin(), months.rend());
    quarters_ = QStringList(quarters.rbegin(), quarters.rend());
    departments.erase(QString());
    departmentOptions_ = QStringList(departments.begin(), departments.end());
    channelOptions_ = QStringList(channels.begin(), channels.end());
    journeyOptions_.clear();
    for (const auto &[id, name] : journeys)
        journeyOptions_ << QVariantMap{{QStringLiteral("id"), QString::fromStdString(id)},
                                       {QStringLiteral("name"), QString::fromStdString(name)}};
    leaderOptions_.clear();
    for (const std::string &id : leaders) {
        const QString label = snapshot_->leaderLabel(id);
        leaderOptions_ << QVariantMap{
            {QStringLiteral("id"), QString::fromStdString(id)},
            {QStringLiteral("name"), label.isEmpty() ? tr("Device not on the roster") : label}};
    }
    // The newest period with walks, unless the CCO chose one that still has walks.
    const QStringList &keys = periodKind_ == QLatin1String("month") ? months_ : quarters_;
    if ((periodKind_ == QLatin1String("month") || periodKind_ == QLatin1String("quarter")) &&
        (!periodKeyChosen_ || !keys.contains(periodKey_))) {
        periodKey_ = keys.isEmpty() ? QString() : keys.first();
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
                               {QStringLiteral("name"), periodName(key)}};
    return options;
}

int ReviewFindingsController::received() const
{
    return snapshot_ ? static_cast<int>(snapshot_->walks.size()) : 0;
}

QString ReviewFindingsController::periodName(const QString &key)
{
    const QDate start = periodStart(key);
    if (!start.isValid())
        return key;
    if (key.contains(QLatin1Char('Q')))
        return tr("Q%1 %2", "quarter and year: Q4 2026")
            .arg((start.month() - 1) / 3 + 1)
            .arg(start.year());
    return QLocale().standaloneMonthName(start.month()) + QLatin1Char(' ') +
           QString::number(start.year());
}

ReviewFindingsController::Window ReviewFindingsController::window() const
{
    return windowOf(periodKind_, periodKey_, fromDate_, toDate_);
}

// Labels are made here, in the language of the moment: periodLabel() calls it again.
ReviewFindingsController::Window ReviewFindingsController::windowOf(const QString &kind,
                                                                    const QString &key,
                                                                    const QString &fromDate,
                                                                    const QString &toDate)
{
    Window w;
    if (kind == QLatin1String("month") || kind == QLatin1String("quarter")) {
        const QDate start = periodStart(key);
        if (!start.isValid())
            return w; // no walks yet: any time
        const int months = kind == QLatin1String("month") ? 1 : 3;
        const QDate before = start.addMonths(-months);
        w.fromMs = midnight(start);
        w.toMs = midnight(start.addMonths(months));
        w.previousFromMs = midnight(before);
        w.label = periodName(key);
        w.previousLabel = periodName(months == 1 ? monthKey(before) : quarterKey(before));
    } else if (kind == QLatin1String("range")) {
        const QDate from = QDate::fromString(fromDate, Qt::ISODate);
        const QDate to = QDate::fromString(toDate, Qt::ISODate);
        if (!from.isValid() || !to.isValid() || to < from) {
            w.valid = false;
            return w;
        }
        const qint64 days = from.daysTo(to) + 1;
        w.fromMs = midnight(from);
        w.toMs = midnight(to.addDays(1));
        w.previousFromMs = midnight(from.addDays(-days));
        const QString pattern = QStringLiteral("d MMM yyyy");
        w.label =
            tr("%1 to %2").arg(QLocale().toString(from, pattern), QLocale().toString(to, pattern));
        w.previousLabel = tr("%1 to %2")
                              .arg(QLocale().toString(from.addDays(-days), pattern),
                                   QLocale().toString(from.addDays(-1), pattern));
    }
    return w;
}

void ReviewFindingsController::recompile()
{
    if (!snapshot_)
        return;
    const Window w = window();
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
    const int generation = ++requested_;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation, kind = periodKind_, key = periodKey_, from = fromDate_,
             to = toDate_] {
                watcher->deleteLater();
                if (generation != requested_)
                    return; // superseded: the newer request's result is on its way
                result_ = watcher->result();
                shown_ = generation;
                shownKind_ = kind;
                shownKey_ = key;
                shownFrom_ = from;
                shownTo_ = to;
                if (!result_->error.empty())
                    setError(tr("The findings could not be compiled: %1")
                                 .arg(QString::fromStdString(result_->error)));
                emit findingsChanged();
                emit busyChanged();
                emit compiled(generation);
            });
    // The worker gets its own copies: the immutable snapshot (shared) and the request.
    watcher->setFuture(QtConcurrent::run([snapshot = snapshot_, request]() -> Result {
        return std::make_shared<const review::FindingsResult>(
            review::compileFindings(snapshot, request));
    }));
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
    const QString label = windowOf(shownKind_, shownKey_, shownFrom_, shownTo_).label;
    return label.isEmpty() ? tr("All time") : label;
}

QString ReviewFindingsController::previousLabel() const
{
    return compared() ? windowOf(shownKind_, shownKey_, shownFrom_, shownTo_).previousLabel
                      : QString();
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
    const ReceivedWalk *walk = snapshot_ ? snapshot_->find(walkId.toStdString()) : nullptr;
    if (!walk)
        return {};
    QVariantMap map = review::summaryDetail(walk->summary);
    map.insert(QStringLiteral("executive"), snapshot_->leaderLabel(walk->deviceId));
    map.insert(QStringLiteral("revision"), walk->summary.revision);
    return map;
}
