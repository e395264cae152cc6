#include "pending_waits_model.h"

#include "session_access.h"
#include "timing/contact_timer.h"
#include "vault_session.h"

#include <map>

namespace {
constexpr int kCheckEveryMs = 60 * 1000;
}

PendingWaitsModel::PendingWaitsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    timer_.setInterval(kCheckEveryMs);
    connect(&timer_, &QTimer::timeout, this, &PendingWaitsModel::tick);
    timer_.start();
}

int PendingWaitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant PendingWaitsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TouchpointNameRole:
        return row.touchpointName;
    case WalkIdRole:
        return QString::fromStdString(row.wait.walkId);
    case ContactIdRole:
        return QString::fromStdString(row.wait.contactId);
    case TouchpointIdRole:
        return QString::fromStdString(row.wait.touchpointId);
    case JourneyNameRole:
        return row.journeyName;
    case PhaseRole:
        return QString::fromStdString(row.wait.phase);
    case SinceMsRole:
        return QVariant::fromValue<qint64>(row.wait.since.wallMs);
    case WaitedMsRole:
        return QVariant::fromValue<qint64>(row.waitedMs);
    case DueMsRole:
        return QVariant::fromValue<qint64>(row.dueMs);
    case OverdueRole:
        return row.waitedMs > row.dueMs;
    case NextPhaseRole:
        return row.nextPhase;
    default:
        return {};
    }
}

QHash<int, QByteArray> PendingWaitsModel::roleNames() const
{
    return {{WalkIdRole, "walkId"},
            {ContactIdRole, "contactId"},
            {TouchpointIdRole, "touchpointId"},
            {TouchpointNameRole, "touchpointName"},
            {JourneyNameRole, "journeyName"},
            {PhaseRole, "phase"},
            {SinceMsRole, "sinceMs"},
            {WaitedMsRole, "waitedMs"},
            {DueMsRole, "dueMs"},
            {OverdueRole, "overdue"},
            {NextPhaseRole, "nextPhase"}}; // WaitDelegate requires it: without it no row shows
}

void PendingWaitsModel::setSession(VaultSession *session)
{
    if (bindSession(session_, session, this))
        emit sessionChanged();
}

void PendingWaitsModel::setClock(const its::Clock *clock)
{
    clock_ = clock;
    tick();
}

its::TimePoint PendingWaitsModel::now() const
{
    return clock_ ? clock_->now() : its::SystemClock().now();
}

void PendingWaitsModel::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}

int PendingWaitsModel::overdueCount() const
{
    int overdue = 0;
    for (const Row &row : rows_)
        overdue += row.waitedMs > row.dueMs ? 1 : 0;
    return overdue;
}

void PendingWaitsModel::reload()
{
    QList<Row> rows;
    if (its::Database *db = sessionDatabase(session_)) {
        try {
            its::WalkStore store(*db);
            std::map<std::string, its::Walk> walks; // one load per walk, not per wait
            const its::TimePoint now = this->now();
            for (const its::PendingWait &wait : store.pendingWaits()) {
                auto it = walks.find(wait.walkId);
                if (it == walks.end())
                    it = walks.emplace(wait.walkId, store.loadWalk(wait.walkId)).first;
                Row row;
                row.wait = wait;
                row.journeyName = QString::fromStdString(it->second.journey.name);
                if (const its::Touchpoint *tp =
                        it->second.journey.findTouchpoint(wait.touchpointId)) {
                    row.touchpointName = QString::fromStdString(tp->name);
                    row.dueMs = its::slaTargetMs(*tp, wait.phase).value_or(kDefaultDueMs);
                    for (const its::Contact &contact : it->second.contacts) {
                        if (contact.id != wait.contactId)
                            continue;
                        const auto suggested =
                            its::contactTimerState(*tp, contact, now).suggestedPhases;
                        if (!suggested.empty())
                            row.nextPhase = QString::fromStdString(suggested.front());
                    }
                }
                row.waitedMs = its::elapsedMs(wait.since, now);
                rows.append(row);
            }
            setError({});
        } catch (const std::exception &error) {
            setError(tr("Cannot list the pending waits: %1").arg(errorText(error)));
        }
    }
    const int overdueBefore = overdueCount();
    beginResetModel();
    rows_ = rows;
    endResetModel();
    emit countChanged();
    if (overdueCount() != overdueBefore)
        emit overdueCountChanged();
}

void PendingWaitsModel::tick()
{
    if (rows_.isEmpty())
        return;
    const its::TimePoint now = this->now();
    bool overdueChanged = false;
    for (Row &row : rows_) {
        const bool wasOverdue = row.waitedMs > row.dueMs;
        row.waitedMs = its::elapsedMs(row.wait.since, now);
        if (!wasOverdue && row.waitedMs > row.dueMs) {
            overdueChanged = true;
            emit reminder(row.touchpointName);
        }
    }
    emit dataChanged(index(0), index(rowCount() - 1), {WaitedMsRole, OverdueRole});
    if (overdueChanged)
        emit overdueCountChanged();
}

bool PendingWaitsModel::moveOn(int row, const QString &phase)
{
    its::Database *db = sessionDatabase(session_);
    if (!db || row < 0 || row >= rows_.size())
        return false;
    const QString next = phase.isEmpty() ? rows_.at(row).nextPhase : phase;
    if (next.isEmpty())
        return false;
    try {
        its::WalkStore(*db).appendPhaseEvent(rows_.at(row).wait.contactId, next.toStdString(),
                                             now());
    } catch (const std::exception &error) {
        setError(tr("Not saved: %1").arg(errorText(error)));
        return false;
    }
    reload();
    return true;
}

bool PendingWaitsModel::close(int row, const QString &outcome)
{
    its::Database *db = sessionDatabase(session_);
    const auto parsed = its::outcomeFromString(outcome.toStdString());
    if (!db || row < 0 || row >= rows_.size() || !parsed || *parsed == its::Outcome::Open)
        return false;
    try {
        its::WalkStore(*db).closeContact(rows_.at(row).wait.contactId, *parsed, now());
    } catch (const std::exception &error) {
        setError(tr("Not saved: %1").arg(errorText(error)));
        return false;
    }
    reload();
    return true;
}
