#include "review_findings_rows.h"

#include "review_findings_controller.h"

ReviewFindingsRows::ReviewFindingsRows(QObject *parent)
    : ReviewFindingsRows({}, parent)
{
}

ReviewFindingsRows::ReviewFindingsRows(QStringList roles, QObject *parent)
    : QAbstractListModel(parent)
    , roles_(std::move(roles))
{
}

int ReviewFindingsRows::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ReviewFindingsRows::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantMap &row = rows_.at(index.row());
    if (role == Qt::DisplayRole)
        return roles_.isEmpty() ? QVariant() : row.value(roles_.first());
    const int at = role - Qt::UserRole - 1;
    return at >= 0 && at < roles_.size() ? row.value(roles_.at(at)) : QVariant();
}

QHash<int, QByteArray> ReviewFindingsRows::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < roles_.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, roles_.at(i).toUtf8());
    return names;
}

void ReviewFindingsRows::setFindings(ReviewFindingsController *findings)
{
    if (findings_ == findings)
        return;
    if (findings_)
        disconnect(findings_, nullptr, this, nullptr);
    findings_ = findings;
    if (findings_)
        connect(findings_, &ReviewFindingsController::findingsChanged, this,
                &ReviewFindingsRows::refresh);
    emit findingsChanged();
    refresh();
}

QVariantMap ReviewFindingsRows::get(int row) const
{
    return row >= 0 && row < rows_.size() ? rows_.at(row) : QVariantMap();
}

QList<QVariantMap> ReviewFindingsRows::build(const review::FindingsResult &)
{
    return {};
}

std::shared_ptr<const review::FindingsResult> ReviewFindingsRows::result() const
{
    const ReviewFindingsController *controller = findings_.data();
    if (controller == nullptr)
        return {};
    return controller->result();
}

void ReviewFindingsRows::refresh()
{
    const auto shown = result();
    // "No walks match" is no row at all, never a row of zeros.
    QList<QVariantMap> rows = shown && shown->error.empty() && !shown->current.noWalksMatch
                                  ? build(*shown)
                                  : QList<QVariantMap>();
    const int before = count();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    ++revision_;
    if (before != count())
        emit countChanged();
    emit rebuilt();
}

QStringList toStringList(const std::vector<std::string> &ids)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(ids.size()));
    for (const std::string &id : ids)
        list << QString::fromStdString(id);
    return list;
}
