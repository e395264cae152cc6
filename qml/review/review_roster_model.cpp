#include "review_roster_model.h"

#include "review/review_circle.h"
#include "review_support.h"
#include "session_access.h"
#include "vault_session.h"

using namespace its::sync;

ReviewRosterModel::ReviewRosterModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(&runner_, &SyncRunner::busyChanged, this, &ReviewRosterModel::busyChanged);
    connect(&runner_, &SyncRunner::credentialsChanged, this,
            &ReviewRosterModel::credentialsChanged);
}

int ReviewRosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant ReviewRosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rows_.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return row.label;
    case DeviceIdRole:
        return row.deviceId;
    case FingerprintRole:
        return row.fingerprint;
    case StatusRole:
        return row.status;
    case EnrolledMsRole:
        return QVariant::fromValue<qint64>(row.enrolledMs);
    case RevokedMsRole:
        return QVariant::fromValue<qint64>(row.revokedMs);
    case RequestedMsRole:
        return QVariant::fromValue<qint64>(row.requestedMs);
    case RejectedMsRole:
        return QVariant::fromValue<qint64>(row.rejectedMs);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewRosterModel::roleNames() const
{
    return {{DeviceIdRole, "deviceId"},       {LabelRole, "label"},
            {FingerprintRole, "fingerprint"}, {StatusRole, "status"},
            {EnrolledMsRole, "enrolledMs"},   {RevokedMsRole, "revokedMs"},
            {RequestedMsRole, "requestedMs"}, {RejectedMsRole, "rejectedMs"}};
}

void ReviewRosterModel::setSession(VaultSession *session)
{
    runner_.setSession(session);
    if (session_ != session)
        requestFiles_.clear(); // another vault's requests
    if (bindSession(session_, session, this))
        emit sessionChanged();
}

int ReviewRosterModel::pendingCount() const
{
    return static_cast<int>(pending_.size());
}

void ReviewRosterModel::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}

void ReviewRosterModel::reload()
{
    rebuild();
    fetchRequests();
}

void ReviewRosterModel::fetchRequests()
{
    its::Database *db = sessionDatabase(session_);
    if (!db || runner_.busy())
        return;
    QString address;
    QSet<QString> known;
    try {
        const std::optional<ReviewCircle> circle = loadReviewCircle(*db);
        if (!circle)
            return;
        address = circle->targetUrl;
        Roster roster(*db);
        for (const RosterEntry &entry : roster.all())
            known.insert(entry.deviceId);
        for (const RejectedRequest &entry : roster.rejected())
            known.insert(entry.deviceId);
    } catch (const std::exception &) {
        return; // rebuild() has said why the roster cannot be read
    }
    runner_.begin(address, [this, address, known] {
        auto files = std::make_shared<std::vector<Roster::RequestFile>>();
        runner_.post(
            [files, known](SyncTarget &target) { *files = Roster::fetchRequests(target, known); },
            [this, files, address](const QString &error) {
                runner_.end();
                // The target may be unreachable: the roster is still shown, with why.
                targetError_ =
                    error.isEmpty()
                        ? QString()
                        : tr("Cannot read enrollment requests from %1: %2").arg(address, error);
                if (error.isEmpty())
                    requestFiles_ = std::move(*files);
                rebuild();
                emit requestsRefreshed();
            });
    });
}

void ReviewRosterModel::rebuild()
{
    std::vector<Row> rows;
    std::vector<EnrollmentRequest> pending;
    QStringList problems;
    QString error = targetError_;
    if (its::Database *db = sessionDatabase(session_)) {
        try {
            const std::optional<ReviewCircle> circle = loadReviewCircle(*db);
            Roster roster(*db);
            if (circle) {
                std::vector<QString> found;
                pending = roster.pendingFrom(requestFiles_, circle->circleId, &found);
                for (const QString &problem : found)
                    problems << problem;
            }
            for (const EnrollmentRequest &request : pending)
                rows.push_back({request.deviceId, request.label, fingerprint(request.signPublic),
                                QStringLiteral("pending"), 0, 0, request.createdMs, 0});
            for (const RosterEntry &entry : roster.all())
                rows.push_back(
                    {entry.deviceId, entry.label, fingerprint(entry.signPublic),
                     entry.active() ? QStringLiteral("enrolled") : QStringLiteral("revoked"),
                     entry.enrolledMs, entry.revokedMs.value_or(0), 0, 0});
            for (const RejectedRequest &entry : roster.rejected())
                rows.push_back({entry.deviceId, entry.label, fingerprint(entry.signPublic),
                                QStringLiteral("rejected"), 0, 0, 0, entry.rejectedMs});
        } catch (const std::exception &dbError) {
            error = tr("Cannot read the roster: %1").arg(errorText(dbError));
        }
    }
    // The same rows again (the requests read back after showing the vault's roster): keep the
    // delegates, so nothing on screen is rebuilt under the CCO's finger.
    if (rows == rows_ && problems == problems_) {
        pending_ = std::move(pending);
        setError(error);
        return;
    }
    beginResetModel();
    rows_ = std::move(rows);
    pending_ = std::move(pending);
    problems_ = problems;
    endResetModel();
    emit countChanged();
    setError(error);
}

// Accept and reject share everything but the roster call and its error's words: the vault must
// be open, the request still pending, and a failure is shown, not thrown.
bool ReviewRosterModel::answerPending(
    const QString &deviceId, const QString &failure,
    const std::function<void(its::Database &, const EnrollmentRequest &)> &answer)
{
    its::Database *db = sessionDatabase(session_);
    if (!db) {
        setError(tr("The vault is locked."));
        return false;
    }
    const auto it = std::find_if(pending_.begin(), pending_.end(), [&](const EnrollmentRequest &r) {
        return r.deviceId == deviceId;
    });
    if (it == pending_.end()) {
        setError(tr("There is no pending request from this device any more."));
        return false;
    }
    try {
        answer(*db, *it);
    } catch (const std::exception &error) {
        setError(failure.arg(errorText(error)));
        return false;
    }
    reload();
    return true;
}

bool ReviewRosterModel::accept(const QString &deviceId)
{
    return answerPending(deviceId, tr("Cannot accept the device: %1"),
                         [](its::Database &db, const EnrollmentRequest &request) {
                             const ReviewCircle circle = requireReviewCircle(db);
                             Roster(db).accept(request, circle.circleId,
                                               fingerprint(circle.keys.boxPublic), review::nowMs());
                         });
}

bool ReviewRosterModel::reject(const QString &deviceId)
{
    return answerPending(deviceId, tr("Cannot reject the request: %1"),
                         [](its::Database &db, const EnrollmentRequest &request) {
                             Roster(db).reject(request, review::nowMs());
                         });
}

bool ReviewRosterModel::revoke(const QString &deviceId)
{
    its::Database *db = sessionDatabase(session_);
    if (!db) {
        setError(tr("The vault is locked."));
        return false;
    }
    try {
        Roster(*db).revoke(deviceId, review::nowMs());
    } catch (const std::exception &error) {
        setError(tr("Cannot revoke the device: %1").arg(errorText(error)));
        return false;
    }
    reload();
    return true;
}
