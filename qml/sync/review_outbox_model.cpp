#include "review_outbox_model.h"

#include "review_support.h"
#include "session_access.h"
#include "sync/device_identity.h"
#include "sync/finished_walks.h"
#include "timing/time_point.h"
#include "vault/walk_store.h"
#include "vault_session.h"

#include <algorithm>
#include <map>

using namespace its::sync;

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractListModel(parent)
{
    timer_.setInterval(kAutoSyncIntervalMs);
    connect(&timer_, &QTimer::timeout, this, &OutboxModel::queueAndPush);
    connect(&runner_, &SyncRunner::busyChanged, this, &OutboxModel::busyChanged);
    connect(&runner_, &SyncRunner::credentialsChanged, this, &OutboxModel::credentialsChanged);
    connect(&runner_, &SyncRunner::cancelled, this, [this] { emit syncFinished(false); });
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &entry = rows_.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case WalkIdRole:
        return entry.walkId;
    case RevisionRole:
        return entry.revision;
    case StateRole:
        return toString(entry.state);
    case AttemptsRole:
        return entry.attempts;
    case LastErrorRole:
        return entry.lastError;
    case NextAttemptMsRole:
        return QVariant::fromValue<qint64>(entry.nextAttemptMs);
    case UpdatedMsRole:
        return QVariant::fromValue<qint64>(entry.updatedMs);
    case JourneyNameRole:
        return walks_.at(static_cast<std::size_t>(index.row())).journeyName;
    case StartedMsRole:
        return QVariant::fromValue<qint64>(
            walks_.at(static_cast<std::size_t>(index.row())).startedMs);
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    return {{WalkIdRole, "walkId"},       {RevisionRole, "revision"},
            {StateRole, "syncState"},     {AttemptsRole, "attempts"},
            {LastErrorRole, "lastError"}, {NextAttemptMsRole, "nextAttemptMs"},
            {UpdatedMsRole, "updatedMs"}, {JourneyNameRole, "journeyName"},
            {StartedMsRole, "startedMs"}};
}

void OutboxModel::setSession(VaultSession *session)
{
    runner_.setSession(session);
    if (!bindSession(session_, session, this))
        return;
    // The background outbox (autoSync) sends a walk's summary as soon as it is finished.
    if (session_)
        connect(session_, &VaultSession::walkFinished, this, [this] {
            if (autoSync())
                queueAndPush();
        });
    if (session_)
        connect(session_, &VaultSession::outboxChanged, this, [this] {
            if (!announcing_)
                reload();
        });
    emit sessionChanged();
}

void OutboxModel::setAutoSync(bool on)
{
    if (autoSync() == on)
        return;
    if (on)
        timer_.start();
    else
        timer_.stop();
    emit autoSyncChanged();
}

int OutboxModel::waitingCount() const
{
    return static_cast<int>(std::count_if(rows_.begin(), rows_.end(), [](const OutboxEntry &e) {
        return e.state == OutboxState::Queued || e.state == OutboxState::Failed;
    }));
}

void OutboxModel::queueAndPush()
{
    queueFinishedWalks(); // even while a run is busy: the next run takes it
    push(false);
}

void OutboxModel::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}

void OutboxModel::reload()
{
    std::vector<OutboxEntry> rows;
    std::vector<WalkInfo> walks;
    bool enrolled = false;
    QString address;
    if (its::Database *db = sessionDatabase(session_)) {
        try {
            const auto identity = loadDeviceIdentity(*db);
            enrolled = identity && identity->enrolled();
            if (enrolled)
                address = identity->targetUrl;
            rows = Outbox(*db).latest();
            std::map<QString, WalkInfo> byId;
            for (const its::WalkHeader &header : its::WalkStore(*db).listWalks())
                byId[QString::fromStdString(header.id)] = {
                    QString::fromStdString(header.templateName), header.startedAt.wallMs};
            for (const OutboxEntry &entry : rows)
                walks.push_back(byId.contains(entry.walkId) ? byId[entry.walkId] : WalkInfo{});
        } catch (const std::exception &error) {
            setError(tr("Cannot read the outbox: %1").arg(errorText(error)));
        }
    }
    beginResetModel();
    if (walks.size() != rows.size())
        rows.clear(); // a failure half-way: show nothing rather than mismatched rows
    walks.resize(rows.size());
    rows_ = std::move(rows);
    walks_ = std::move(walks);
    enrolled_ = enrolled;
    if (address != targetAddress_ && !lastResult_.isEmpty()) {
        lastResult_.clear(); // it spoke of the previous address (the circle moved)
        emit lastResultChanged();
    }
    targetAddress_ = address;
    // Built once per reload: every History row reads it.
    walkStates_.clear();
    for (const OutboxEntry &entry : rows_)
        walkStates_.insert(entry.walkId,
                           QVariantMap{{QStringLiteral("state"), toString(entry.state)},
                                       {QStringLiteral("error"), entry.lastError},
                                       {QStringLiteral("nextAttemptMs"),
                                        QVariant::fromValue<qint64>(entry.nextAttemptMs)}});
    endResetModel();
    emit countChanged();
}

int OutboxModel::queueFinishedWalks()
{
    its::Database *db = sessionDatabase(session_);
    if (!db || !enrolled_)
        return 0;
    int queued = 0;
    try {
        queued = its::sync::queueFinishedWalks(*db, its::SystemClock().now());
    } catch (const std::exception &error) {
        setError(tr("Cannot queue the finished walks: %1").arg(errorText(error)));
    }
    reload();
    return queued;
}

bool OutboxModel::syncNow()
{
    if (!sessionDatabase(session_)) {
        setError(tr("The vault is locked."));
        return false;
    }
    if (!enrolled_) {
        setError(tr("Join a review circle first."));
        return false;
    }
    queueFinishedWalks();
    return push(true);
}

bool OutboxModel::push(bool ignoreBackoff)
{
    its::Database *db = sessionDatabase(session_);
    if (!db || !enrolled_ || runner_.busy())
        return false;
    const bool anythingToSend = std::any_of(rows_.begin(), rows_.end(), [](const OutboxEntry &e) {
        return e.state != OutboxState::Synced && e.state != OutboxState::Superseded;
    });
    if (!ignoreBackoff && !anythingToSend)
        return false; // the timer's idle tick: no thread, no network
    QString address;
    try {
        address = loadDeviceIdentity(*db)->targetUrl;
    } catch (const std::exception &error) {
        setError(tr("Sync failed, the summaries stay queued: %1").arg(errorText(error)));
        return false;
    }
    options_ = PushOptions{};
    options_.ignoreBackoff = ignoreBackoff;
    options_.batchSize = 32; // the list shows progress soon; later batches grow (pushNextBatch)
    report_ = PushReport{};
    tried_.clear();
    return runner_.begin(address, [this] { pushNextBatch(); });
}

void OutboxModel::pushNextBatch()
{
    its::Database *db = sessionDatabase(session_);
    if (!db)
        return finishPush(tr("The vault was locked; the summaries stay queued."));
    Outbox::Batch batch;
    try {
        batch = Outbox(*db).takeDue(review::nowMs(), options_, options_.batchSize, tried_);
    } catch (const std::exception &error) {
        return finishPush(errorText(error));
    }
    if (batch.entries.empty())
        return finishPush({});
    reload(); // shows the batch as 'uploading'
    auto shared = std::make_shared<const Outbox::Batch>(std::move(batch));
    auto answers = std::make_shared<std::vector<QString>>();
    const int window = options_.window;
    runner_.post(
        [shared, answers, window](its::sync::SyncTarget &target) {
            *answers = target.putVerifiedMany(shared->items, window);
        },
        [this, shared, answers](const QString &error) {
            if (!error.isEmpty()) // the whole batch failed (no target, cancelled)
                answers->assign(shared->entries.size(), error);
            its::Database *vault = sessionDatabase(session_);
            if (!vault)
                return finishPush(tr("The vault was locked; the summaries stay queued."));
            try {
                Outbox(*vault).settle(*shared, *answers, review::nowMs(), report_);
            } catch (const std::exception &e) {
                return finishPush(errorText(e));
            }
            for (const OutboxEntry &entry : shared->entries)
                tried_.insert(entry.path);
            // A long backlog (a moved circle sends everything again) goes in the outbox's usual
            // large batches: each batch reloads the list, and small ones drain the window often.
            options_.batchSize = std::min(options_.batchSize * 2, PushOptions{}.batchSize);
            pushNextBatch();
        });
}

void OutboxModel::finishPush(const QString &error)
{
    runner_.end();
    if (!error.isEmpty())
        setError(tr("Sync failed, the summaries stay queued: %1").arg(error));
    else
        setError(report_.failed > 0 ? tr("Some uploads failed; they are retried later.")
                                    : QString());
    lastResult_ = {{QStringLiteral("synced"), report_.synced},
                   {QStringLiteral("failed"), report_.failed}};
    emit lastResultChanged();
    reload();
    if (session_) {
        announcing_ = true; // this model has just reloaded
        emit session_->outboxChanged();
        announcing_ = false;
    }
    emit syncFinished(error.isEmpty() && report_.failed == 0);
}

const OutboxEntry *OutboxModel::find(const QString &walkId) const
{
    for (const OutboxEntry &entry : rows_)
        if (entry.walkId == walkId)
            return &entry;
    return nullptr;
}

QString OutboxModel::stateOf(const QString &walkId) const
{
    const OutboxEntry *entry = find(walkId);
    return entry ? toString(entry->state) : QString();
}

QString OutboxModel::lastErrorOf(const QString &walkId) const
{
    const OutboxEntry *entry = find(walkId);
    return entry ? entry->lastError : QString();
}
