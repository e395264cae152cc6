#include "walk_history_model.h"

#include "formats/summary_json.h"
#include "formats/walk_json.h"
#include "scoring/summarize.h"
#include "session_access.h"
#include "vault/evidence_sharing.h"
#include "vault_session.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <nlohmann/json.hpp>

WalkHistoryModel::WalkHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int WalkHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant WalkHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const its::WalkHeader &walk = rows_.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case JourneyNameRole:
        return QString::fromStdString(walk.templateName);
    case WalkIdRole:
        return QString::fromStdString(walk.id);
    case SectorRole:
        return QString::fromStdString(walk.sector);
    case PersonaRole:
        return QString::fromStdString(walk.persona);
    case StatusRole:
        return walk.status == its::WalkStatus::Finished ? QStringLiteral("finished")
                                                        : QStringLiteral("in_progress");
    case StartedMsRole:
        return QVariant::fromValue<qint64>(walk.startedAt.wallMs);
    case ContactCountRole:
        return walk.contactCount;
    case RevisionRole:
        return walk.revision;
    default:
        return {};
    }
}

QHash<int, QByteArray> WalkHistoryModel::roleNames() const
{
    return {{WalkIdRole, "walkId"},
            {JourneyNameRole, "journeyName"},
            {SectorRole, "sector"},
            {PersonaRole, "persona"},
            {StatusRole, "status"},
            {StartedMsRole, "startedMs"},
            {ContactCountRole, "contactCount"},
            {RevisionRole, "revision"}};
}

void WalkHistoryModel::setSession(VaultSession *session)
{
    if (bindSession(session_, session, this))
        emit sessionChanged();
}

void WalkHistoryModel::setStatus(const QString &status)
{
    if (status_ == status)
        return;
    status_ = status;
    emit filterChanged();
    reload();
}

void WalkHistoryModel::setSector(const QString &sector)
{
    if (sector_ == sector)
        return;
    sector_ = sector;
    emit filterChanged();
    reload();
}

void WalkHistoryModel::setWithinDays(int days)
{
    if (withinDays_ == days || days < 0)
        return;
    withinDays_ = days;
    emit filterChanged();
    reload();
}

void WalkHistoryModel::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}

void WalkHistoryModel::reload()
{
    std::vector<its::WalkHeader> rows;
    if (its::Database *db = sessionDatabase(session_)) {
        its::WalkFilter filter;
        if (status_ == u"finished")
            filter.status = its::WalkStatus::Finished;
        else if (status_ == u"in_progress")
            filter.status = its::WalkStatus::InProgress;
        if (!sector_.isEmpty())
            filter.sector = sector_.toStdString();
        try {
            rows = its::WalkStore(*db).listWalks(filter);
        } catch (const std::exception &error) {
            setError(tr("Cannot list the walks: %1").arg(errorText(error)));
        }
        if (withinDays_ > 0) {
            const qint64 since =
                QDateTime::currentDateTime().addDays(-withinDays_).toMSecsSinceEpoch();
            std::erase_if(rows,
                          [since](const its::WalkHeader &w) { return w.startedAt.wallMs < since; });
        }
    }
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    emit countChanged();
}

QString WalkHistoryModel::walkId(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return QString::fromStdString(rows_.at(static_cast<std::size_t>(row)).id);
}

QString WalkHistoryModel::writeFile(const QUrl &file, const std::string &text)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return tr("No file was chosen.");
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    const QByteArray bytes = QByteArray::fromStdString(text);
    if (out.write(bytes) != bytes.size() || !out.commit())
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    return {};
}

QString WalkHistoryModel::exportWalk(const QString &walkId, const QUrl &file)
{
    its::Database *db = sessionDatabase(session_);
    if (!db)
        return tr("The vault is locked.");
    try {
        const its::Walk walk = its::WalkStore(*db).loadWalk(walkId.toStdString());
        return writeFile(file, its::walkToJson(walk).dump(2) + "\n");
    } catch (const std::exception &error) {
        return tr("Export failed: %1").arg(errorText(error));
    }
}

QString WalkHistoryModel::exportSummary(const QString &walkId, const QUrl &file)
{
    its::Database *db = sessionDatabase(session_);
    if (!db)
        return tr("The vault is locked.");
    try {
        const its::Walk walk = its::WalkStore(*db).loadWalk(walkId.toStdString());
        its::WalkSummary summary = its::summarize(walk, its::SystemClock().now());
        its::attachSharedPhotos(*db, summary); // exactly what the outbox would seal
        return writeFile(file, its::summaryToJson(summary).dump(2) + "\n");
    } catch (const std::exception &error) {
        return tr("Export failed: %1").arg(errorText(error));
    }
}

bool WalkHistoryModel::reopen(const QString &walkId)
{
    its::Database *db = sessionDatabase(session_);
    if (!db)
        return false;
    try {
        its::WalkStore(*db).reopenWalk(walkId.toStdString());
    } catch (const std::exception &error) {
        setError(tr("Cannot reopen the walk: %1").arg(errorText(error)));
        return false;
    }
    reload();
    return true;
}

bool WalkHistoryModel::remove(const QString &walkId)
{
    its::Database *db = sessionDatabase(session_);
    if (!db)
        return false;
    try {
        its::WalkStore(*db).deleteWalk(walkId.toStdString());
    } catch (const std::exception &error) {
        setError(tr("Cannot delete the walk: %1").arg(errorText(error)));
        return false;
    }
    reload();
    return true;
}
