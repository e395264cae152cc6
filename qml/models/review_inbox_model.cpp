#include "review_inbox_model.h"

#include "formats/summary_json.h"
#include "review_summary_detail.h"
#include "review_support.h"
#include "scoring/pooled_metrics.h"
#include "session_access.h"
#include "sync/review_circle.h"
#include "sync/review_pull.h"
#include "vault_session.h"

#include <QDateTime>
#include <set>

using namespace its::sync;

ReviewInboxModel::ReviewInboxModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(&puller_, &ReviewPullRunner::busyChanged, this, &ReviewInboxModel::busyChanged);
    connect(&puller_, &ReviewPullRunner::credentialsChanged, this,
            &ReviewInboxModel::credentialsChanged);
    connect(&puller_, &ReviewPullRunner::finished, this,
            [this](const PullReport &report, const QString &error) {
                showReport(report);
                reload(); // before setError: reload() reports its own problems
                setError(error.isEmpty()
                             ? QString()
                             : tr("Pull stopped; what arrived is kept, the next pull goes on: %1")
                                   .arg(error));
                emit pullFinished(error.isEmpty());
            });
}

int ReviewInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant ReviewInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReceivedSummary &row = rows_.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case JourneyNameRole:
        return row.journeyName;
    case WalkIdRole:
        return row.walkId;
    case RevisionRole:
        return row.revision;
    case JourneyIdRole:
        return row.journeyId;
    case ExecutiveRole:
        return row.deviceLabel;
    case FinishedMsRole:
        return QVariant::fromValue<qint64>(row.finishedMs);
    case ReceivedMsRole:
        return QVariant::fromValue<qint64>(row.receivedMs);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewInboxModel::roleNames() const
{
    return {{WalkIdRole, "walkId"},        {RevisionRole, "revision"},
            {JourneyIdRole, "journeyId"},  {JourneyNameRole, "journeyName"},
            {ExecutiveRole, "executive"},  {FinishedMsRole, "finishedMs"},
            {ReceivedMsRole, "receivedMs"}};
}

void ReviewInboxModel::setSession(VaultSession *session)
{
    puller_.setSession(session);
    if (bindSession(session_, session, this))
        emit sessionChanged();
}

void ReviewInboxModel::setJourneyId(const QString &id)
{
    if (journeyId_ == id)
        return;
    journeyId_ = id;
    emit filterChanged();
    reload();
}

void ReviewInboxModel::setExecutive(const QString &label)
{
    if (executive_ == label)
        return;
    executive_ = label;
    emit filterChanged();
    reload();
}

void ReviewInboxModel::setWithinDays(int days)
{
    if (withinDays_ == days || days < 0)
        return;
    withinDays_ = days;
    emit filterChanged();
    reload();
}

void ReviewInboxModel::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}

void ReviewInboxModel::reload()
{
    std::vector<ReceivedSummary> rows;
    std::vector<its::WalkSummary> parsed;
    QVariantList journeys;
    QStringList executives;
    QString error;
    if (its::Database *db = sessionDatabase(session_)) {
        try {
            std::set<QString> journeyIds;
            std::set<QString> labels;
            for (const ReceivedSummary &any : listSummaries(*db)) {
                if (journeyIds.insert(any.journeyId).second)
                    journeys << QVariantMap{{QStringLiteral("id"), any.journeyId},
                                            {QStringLiteral("name"), any.journeyName}};
                labels.insert(any.deviceLabel);
            }
            for (const QString &label : labels)
                executives << label;
            SummaryFilter filter;
            filter.journeyId = journeyId_;
            filter.deviceLabel = executive_;
            if (withinDays_ > 0)
                filter.fromMs =
                    QDateTime::currentDateTime().addDays(-withinDays_).toMSecsSinceEpoch();
            rows = listSummaries(*db, filter, true);
            for (const ReceivedSummary &row : rows)
                parsed.push_back(its::parseSummary(row.summaryJson.toStdString()));
        } catch (const std::exception &dbError) {
            error = tr("Cannot list the received summaries: %1").arg(errorText(dbError));
            rows.clear();
            parsed.clear();
        }
    }
    beginResetModel();
    rows_ = std::move(rows);
    parsed_ = std::move(parsed);
    endResetModel();
    journeys_ = journeys;
    executives_ = executives;
    computePooled();
    emit countChanged();
    setError(error);
}

void ReviewInboxModel::computePooled()
{
    // Pooled over every listed answer at once: never an average of per-leader figures.
    nps_ = review::figureMap(its::poolNps(parsed_));
    csat_ = review::figureMap(its::poolCsat(parsed_));
    pooledProblem_.clear();
    try {
        ces_ = review::figureMap(its::poolCes(parsed_).mean);
    } catch (const std::exception &error) {
        ces_ = review::figureMap(its::makeFigure(std::nullopt, 0));
        pooledProblem_ = tr("CES cannot be pooled: %1").arg(errorText(error));
    }
}

bool ReviewInboxModel::pull()
{
    QString error;
    if (!puller_.start(error)) {
        setError(tr("Pull failed, nothing was changed: %1").arg(error));
        return false;
    }
    setError({});
    return true;
}

void ReviewInboxModel::showReport(const PullReport &report)
{
    int tampered = 0, unknown = 0, revoked = 0, replayed = 0, other = 0;
    QStringList details;
    for (const Rejection &rejection : report.rejected) {
        QString reason;
        switch (rejection.reason) {
        case RejectReason::Malformed:
        case RejectReason::NameMismatch:
        case RejectReason::BadSignature:
            ++tampered;
            reason = tr("tampered");
            break;
        case RejectReason::UnknownDevice:
            ++unknown;
            reason = tr("unknown signer");
            break;
        case RejectReason::RevokedDevice:
            ++revoked;
            reason = tr("revoked device");
            break;
        case RejectReason::Replayed:
            ++replayed;
            reason = tr("replayed revision");
            break;
        default:
            ++other;
            reason = toString(rejection.reason);
        }
        details << tr("Rejected (%1): %2").arg(reason, rejection.path);
    }
    for (const QString &fetchError : report.errors)
        details << tr("Not fetched, the next pull retries: %1").arg(fetchError);
    lastPull_ = {{QStringLiteral("listed"), report.listed},
                 {QStringLiteral("accepted"), report.accepted},
                 {QStringLiteral("alreadySeen"), report.alreadySeen},
                 {QStringLiteral("tampered"), tampered},
                 {QStringLiteral("unknownSigner"), unknown},
                 {QStringLiteral("revoked"), revoked},
                 {QStringLiteral("replayed"), replayed},
                 {QStringLiteral("other"), other},
                 {QStringLiteral("errors"), static_cast<int>(report.errors.size())}};
    pullDetails_ = details;
    emit lastPullChanged();
}

QVariantMap ReviewInboxModel::detail(const QString &walkId) const
{
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].walkId != walkId)
            continue;
        QVariantMap map = review::summaryDetail(parsed_[i]);
        map.insert(QStringLiteral("executive"), rows_[i].deviceLabel);
        map.insert(QStringLiteral("revision"), rows_[i].revision);
        return map;
    }
    return {};
}
