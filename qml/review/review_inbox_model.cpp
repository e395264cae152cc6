#include "review_inbox_model.h"

#include "formats/summary_json.h"
#include "review/received_photos.h"
#include "review/review_circle.h"
#include "review/review_pull.h"
#include "review/roster.h"
#include "review_summary_detail.h"
#include "review_support.h"
#include "scoring/pooled_metrics.h"
#include "session_access.h"
#include "vault_session.h"

#include <QDateTime>
#include <algorithm>
#include <limits>
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
        return journeyName(row.journeyId, row.journeyName);
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
    case MeanScoreRole: {
        const std::optional<double> mean =
            review::meanScore(parsed_.at(static_cast<std::size_t>(index.row())));
        return mean ? QVariant(*mean) : QVariant();
    }
    case PainPointCountRole:
        return review::painPointCount(parsed_.at(static_cast<std::size_t>(index.row())));
    case RecommendRole: {
        const auto &answer = parsed_.at(static_cast<std::size_t>(index.row())).answers.recommend;
        return answer ? QVariant(*answer) : QVariant();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewInboxModel::roleNames() const
{
    return {{WalkIdRole, "walkId"},
            {RevisionRole, "revision"},
            {JourneyIdRole, "journeyId"},
            {JourneyNameRole, "journeyName"},
            {ExecutiveRole, "executive"},
            {FinishedMsRole, "finishedMs"},
            {ReceivedMsRole, "receivedMs"},
            {MeanScoreRole, "meanScore"},
            {PainPointCountRole, "painPointCount"},
            {RecommendRole, "recommend"}};
}

void ReviewInboxModel::setSession(VaultSession *session)
{
    puller_.setSession(session);
    if (session_ != session)
        cache_.clear(); // another vault's summaries
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

void ReviewInboxModel::setLanguage(const QString &language)
{
    if (language_ == language)
        return;
    language_ = language;
    emit languageChanged();
    reload(); // names in the new language
}

QString ReviewInboxModel::journeyName(const QString &journeyId, const QString &fallback) const
{
    const auto names = journeyNames_.find(journeyId);
    if (names == journeyNames_.end())
        return fallback;
    const auto name = names->second.find(language_);
    return name != names->second.end() ? name->second : fallback;
}

const its::WalkSummary &ReviewInboxModel::parsed(const ReceivedSummary &row)
{
    auto it = cache_.find(row.walkId);
    if (it == cache_.end() || it->second.first != row.revision)
        it = cache_
                 .insert_or_assign(
                     row.walkId,
                     std::pair(row.revision, its::parseSummary(row.summaryJson.toStdString())))
                 .first;
    return it->second.second;
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
    std::vector<its::WalkSummary> parsedRows;
    std::map<QString, std::map<QString, QString>> names;
    std::map<QString, QString> latestName; // journey id -> name of its newest summary
    QStringList executives;
    QString error;
    if (its::Database *db = sessionDatabase(session_)) {
        try {
            const qint64 fromMs =
                withinDays_ > 0
                    ? QDateTime::currentDateTime().addDays(-withinDays_).toMSecsSinceEpoch()
                    : std::numeric_limits<qint64>::min();
            std::set<QString> labels;
            // Every summary, oldest first: the journeys and executives the filters offer, and
            // each journey's name per language (a later summary's name wins).
            for (ReceivedSummary &row : listSummaries(*db, {}, true)) {
                const its::WalkSummary &summary = parsed(row);
                const QString language =
                    QString::fromStdString(summary.language).section(QLatin1Char('-'), 0, 0);
                names[row.journeyId][language] = row.journeyName;
                latestName[row.journeyId] = row.journeyName;
                labels.insert(row.deviceLabel);
                if ((journeyId_.isEmpty() || row.journeyId == journeyId_) &&
                    (executive_.isEmpty() || row.deviceLabel == executive_) &&
                    row.finishedMs >= fromMs) {
                    parsedRows.push_back(summary);
                    rows.push_back(std::move(row));
                }
            }
            for (const QString &label : labels)
                executives << label;
        } catch (const std::exception &dbError) {
            error = tr("Cannot list the received summaries: %1").arg(errorText(dbError));
            rows.clear();
            parsedRows.clear();
        }
    }
    // Newest first: what arrived last is what the CCO has not seen.
    std::vector<std::size_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = order.size() - 1 - i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return rows[a].finishedMs > rows[b].finishedMs;
    });
    std::vector<ReceivedSummary> sortedRows;
    std::vector<its::WalkSummary> sortedParsed;
    for (std::size_t i : order) {
        sortedRows.push_back(std::move(rows[i]));
        sortedParsed.push_back(std::move(parsedRows[i]));
    }
    beginResetModel();
    rows_ = std::move(sortedRows);
    parsed_ = std::move(sortedParsed);
    journeyNames_ = std::move(names);
    endResetModel();
    // One entry per journey id, named in the UI language where a summary has it.
    QVariantList journeys;
    for (const auto &[id, latest] : latestName)
        journeys << QVariantMap{{QStringLiteral("id"), id},
                                {QStringLiteral("name"), journeyName(id, latest)}};
    std::sort(journeys.begin(), journeys.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap()
                   .value(QStringLiteral("name"))
                   .toString()
                   .localeAwareCompare(b.toMap().value(QStringLiteral("name")).toString()) < 0;
    });
    journeys_ = journeys;
    executives_ = executives;
    computePooled();
    countWaiting();
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
            continue; // kept, not rejected: counted in waitingForDevice
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
    countWaiting();
    emit lastPullChanged();
}

void ReviewInboxModel::countWaiting()
{
    int waiting = 0, rejected = 0;
    if (its::Database *db = sessionDatabase(session_)) {
        try {
            its::sync::Roster roster(*db);
            for (const auto &[deviceId, count] : envelopesAwaitingDevice(*db))
                (roster.isRejected(deviceId) ? rejected : waiting) += count;
        } catch (const std::exception &) {
            // reload() reports why the vault cannot be read
        }
    }
    if (waiting == waitingForDevice_ && rejected == rejectedDevice_)
        return;
    waitingForDevice_ = waiting;
    rejectedDevice_ = rejected;
    emit lastPullChanged();
}

// The photos that travelled with the walk, as data: URLs (at most 5 x 300 KiB): shown straight
// from memory, never written anywhere. [{photoId, touchpoint, caption, source}]
QVariantList ReviewInboxModel::photos(const QString &walkId) const
{
    QVariantList out;
    its::Database *db = sessionDatabase(session_);
    if (!db)
        return out;
    try {
        std::map<QString, QString> touchpoints; // contact id -> touchpoint name
        for (std::size_t i = 0; i < rows_.size(); ++i)
            if (rows_[i].walkId == walkId)
                for (const its::ContactSummary &contact : parsed_[i].contacts)
                    touchpoints[QString::fromStdString(contact.contactId)] =
                        QString::fromStdString(contact.touchpointName);
        for (const its::sync::ReceivedPhoto &photo : its::sync::receivedPhotos(*db, walkId)) {
            const auto touchpoint = touchpoints.find(photo.contactId);
            out << QVariantMap{{QStringLiteral("photoId"), photo.photoId},
                               {QStringLiteral("touchpoint"),
                                touchpoint == touchpoints.end() ? QString() : touchpoint->second},
                               {QStringLiteral("caption"), photo.caption},
                               {QStringLiteral("source"),
                                QStringLiteral("data:%1;base64,%2")
                                    .arg(photo.mime, QString::fromLatin1(photo.bytes.toBase64()))}};
        }
    } catch (const std::exception &) {
        // A photo that cannot be read leaves the page without photos, never without a summary.
    }
    return out;
}

QVariantMap ReviewInboxModel::detail(const QString &walkId) const
{
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].walkId != walkId)
            continue;
        QVariantMap map = review::summaryDetail(parsed_[i]);
        map.insert(QStringLiteral("executive"), rows_[i].deviceLabel);
        map.insert(QStringLiteral("revision"), rows_[i].revision);
        map.insert(QStringLiteral("photos"), photos(walkId));
        return map;
    }
    return {};
}
