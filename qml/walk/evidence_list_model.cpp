#include "evidence_list_model.h"

#include "ogg_duration.h"
#include "photo_sharing.h"
#include "session_access.h"
#include "vault/evidence_sharing.h"
#include "vault/evidence_store.h"
#include "walk_controller.h"

#include <QDateTime>
#include <algorithm>

namespace {

QString touchpointNameOf(const its::Walk &walk, const std::optional<std::string> &contactId)
{
    if (!contactId)
        return {};
    for (const its::Contact &contact : walk.contacts) {
        if (contact.id != *contactId)
            continue;
        const its::Touchpoint *touchpoint = walk.journey.findTouchpoint(contact.touchpointId);
        return touchpoint ? QString::fromStdString(touchpoint->name) : QString();
    }
    return {};
}

} // namespace

EvidenceListModel::EvidenceListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EvidenceListModel::setWalk(WalkController *walk)
{
    if (walk_ == walk)
        return;
    if (walk_)
        disconnect(walk_, nullptr, this, nullptr);
    walk_ = walk;
    if (walk_)
        connect(walk_, &WalkController::walkChanged, this, &EvidenceListModel::reload);
    emit walkChanged();
    reload();
}

void EvidenceListModel::setContactId(const QString &id)
{
    if (contactId_ == id)
        return;
    contactId_ = id;
    emit contactIdChanged();
    reload();
}

int EvidenceListModel::photoCount() const
{
    return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Item &item) {
        return item.kind == QLatin1String("photo");
    }));
}

void EvidenceListModel::reload()
{
    std::vector<Item> items;
    const WalkController *walk = walk_.data();
    its::Database *db = walk ? walk->database() : nullptr;
    if (walk && db && walk->loaded()) {
        try {
            its::EvidenceStore store(*db);
            for (const its::EvidenceInfo &info : store.list(walk->walkId().toStdString())) {
                const QString contact =
                    info.contactId ? QString::fromStdString(*info.contactId) : QString();
                if (!contactId_.isEmpty() && contact != contactId_)
                    continue;
                Item item;
                item.id = QString::fromStdString(info.id);
                item.kind = QString::fromUtf8(its::toString(info.kind));
                item.caption = QString::fromStdString(info.caption);
                item.offsetMs =
                    info.contactOffsetMs ? static_cast<double>(*info.contactOffsetMs) : -1.0;
                item.touchpointName = touchpointNameOf(walk->walk(), info.contactId);
                item.contactId = contact;
                item.sizeBytes = static_cast<double>(info.size);
                item.shared =
                    info.kind == its::EvidenceKind::Photo && its::isEvidenceShared(*db, info.id);
                if (info.kind == its::EvidenceKind::Voice) {
                    // The length is in the stream, not in the store: read from the decrypted
                    // bytes in memory (a memo is ~0.5 MB a minute).
                    const std::vector<unsigned char> bytes = store.read(info.id);
                    const auto ms = its::media::oggDurationMs(bytes);
                    item.durationMs = ms ? static_cast<double>(*ms) : -1.0;
                }
                items.push_back(std::move(item));
            }
            setError({});
        } catch (const std::exception &error) {
            setError(tr("The evidence could not be read: %1").arg(errorText(error)));
        }
    }
    beginResetModel();
    items_ = std::move(items);
    endResetModel();
    emit countChanged(); // photo and memo counts may change at an equal total
}

bool EvidenceListModel::remove(const QString &evidenceId)
{
    const WalkController *walk = walk_.data();
    its::Database *db = walk ? walk->database() : nullptr;
    if (!db) {
        setError(tr("The vault is locked."));
        return false;
    }
    try {
        its::EvidenceStore(*db).remove(evidenceId.toStdString());
    } catch (const std::exception &error) {
        setError(tr("Not deleted: %1").arg(errorText(error)));
        return false;
    }
    reload();
    return true;
}

bool EvidenceListModel::share(const QString &evidenceId)
{
    const WalkController *walk = walk_.data();
    its::Database *db = walk ? walk->database() : nullptr;
    if (!db) {
        setError(tr("The vault is locked."));
        return false;
    }
    return finishSharing(evidenceId, its::media::sharePhoto(*db, evidenceId.toStdString(),
                                                            QDateTime::currentMSecsSinceEpoch()));
}

bool EvidenceListModel::unshare(const QString &evidenceId)
{
    const WalkController *walk = walk_.data();
    its::Database *db = walk ? walk->database() : nullptr;
    if (!db) {
        setError(tr("The vault is locked."));
        return false;
    }
    return finishSharing(evidenceId, its::media::unsharePhoto(*db, evidenceId.toStdString()));
}

bool EvidenceListModel::finishSharing(const QString &evidenceId, const QString &error)
{
    setError(error);
    const WalkController *walk = walk_.data();
    its::Database *db = walk ? walk->database() : nullptr;
    for (std::size_t row = 0; db && row < items_.size(); ++row) {
        Item &item = items_[row];
        if (item.id != evidenceId)
            continue;
        try {
            const bool shared = item.kind == QLatin1String("photo") &&
                                its::isEvidenceShared(*db, item.id.toStdString());
            if (shared != item.shared) {
                item.shared = shared;
                const QModelIndex changed = index(static_cast<int>(row));
                emit dataChanged(changed, changed, {SharedRole});
            }
        } catch (const std::exception &e) {
            if (error.isEmpty())
                setError(tr("The evidence could not be read: %1").arg(errorText(e)));
            return false;
        }
    }
    return error.isEmpty();
}

void EvidenceListModel::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}

int EvidenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant EvidenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = items_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case EvidenceIdRole:
        return item.id;
    case KindRole:
        return item.kind;
    case CaptionRole:
        return item.caption;
    case SourceRole:
        return item.kind == QLatin1String("photo") ? QStringLiteral("image://evidence/") + item.id
                                                   : QString();
    case OffsetMsRole:
        return item.offsetMs;
    case DurationMsRole:
        return item.durationMs;
    case TouchpointNameRole:
        return item.touchpointName;
    case ContactIdRole:
        return item.contactId;
    case SizeBytesRole:
        return item.sizeBytes;
    case SharedRole:
        return item.shared;
    default:
        return {};
    }
}

QHash<int, QByteArray> EvidenceListModel::roleNames() const
{
    return {{EvidenceIdRole, "evidenceId"},
            {KindRole, "kind"},
            {CaptionRole, "caption"},
            {SourceRole, "source"},
            {OffsetMsRole, "offsetMs"},
            {DurationMsRole, "durationMs"},
            {TouchpointNameRole, "touchpointName"},
            {ContactIdRole, "contactId"},
            {SizeBytesRole, "sizeBytes"},
            {SharedRole, "shared"}};
}
