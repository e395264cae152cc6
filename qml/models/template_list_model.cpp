#include "template_list_model.h"

#include "formats/format_error.h"
#include "formats/template_json.h"
#include "session_access.h"
#include "vault_session.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QUuid>

namespace {
QString readError(const QString &file, const QString &why)
{
    return TemplateListModel::tr("Cannot read %1: %2").arg(file, why);
}
} // namespace

TemplateListModel::TemplateListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(shown_.size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const its::TemplateHeader &header = shown_.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return QString::fromStdString(header.name);
    case TemplateIdRole:
        return QString::fromStdString(header.id);
    case SectorRole:
        return QString::fromStdString(header.sector);
    case LanguageRole:
        return QString::fromStdString(header.language);
    case ChannelsRole: {
        QStringList channels;
        for (its::Channel channel : header.channels)
            channels << QString::fromUtf8(its::toString(channel));
        return channels;
    }
    case RevisionRole:
        return header.revision;
    default:
        return {};
    }
}

QHash<int, QByteArray> TemplateListModel::roleNames() const
{
    return {{TemplateIdRole, "templateId"}, {NameRole, "name"},         {SectorRole, "sector"},
            {LanguageRole, "language"},     {ChannelsRole, "channels"}, {RevisionRole, "revision"}};
}

void TemplateListModel::setSession(VaultSession *session)
{
    if (bindSession(session_, session, this))
        emit sessionChanged();
}

void TemplateListModel::setSearchText(const QString &text)
{
    if (searchText_ == text)
        return;
    searchText_ = text;
    emit filterChanged();
    applyFilter();
}

void TemplateListModel::setSector(const QString &sector)
{
    if (sector_ == sector)
        return;
    sector_ = sector;
    emit filterChanged();
    applyFilter();
}

void TemplateListModel::setChannel(const QString &channel)
{
    if (channel_ == channel)
        return;
    channel_ = channel;
    emit filterChanged();
    applyFilter();
}

QStringList TemplateListModel::availableSectors() const
{
    QStringList sectors;
    for (const its::TemplateHeader &header : all_) {
        const QString sector = QString::fromStdString(header.sector);
        if (!sector.isEmpty() && !sectors.contains(sector))
            sectors << sector;
    }
    sectors.sort();
    return sectors;
}

void TemplateListModel::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}

void TemplateListModel::reload()
{
    std::vector<its::TemplateHeader> headers;
    if (its::Database *db = sessionDatabase(session_)) {
        try {
            headers = its::TemplateStore(*db).list();
        } catch (const std::exception &error) {
            setError(tr("Cannot list the templates: %1").arg(errorText(error)));
        }
    }
    all_ = std::move(headers);
    applyFilter();
}

bool TemplateListModel::matches(const its::TemplateHeader &header) const
{
    if (!sector_.isEmpty() && QString::fromStdString(header.sector) != sector_)
        return false;
    if (!channel_.isEmpty()) {
        const auto wanted = its::channelFromString(channel_.toStdString());
        if (!wanted || std::find(header.channels.begin(), header.channels.end(), *wanted) ==
                           header.channels.end())
            return false;
    }
    const QString needle = searchText_.trimmed();
    if (needle.isEmpty())
        return true;
    const QString sector = QString::fromStdString(header.sector);
    return QString::fromStdString(header.name).contains(needle, Qt::CaseInsensitive) ||
           sector.contains(needle, Qt::CaseInsensitive) ||
           Vocabulary::sectorLabel(sector).contains(needle, Qt::CaseInsensitive);
}

void TemplateListModel::applyFilter()
{
    std::vector<its::TemplateHeader> shown;
    for (const its::TemplateHeader &header : all_) {
        if (matches(header))
            shown.push_back(header);
    }
    beginResetModel();
    shown_ = std::move(shown);
    endResetModel();
    emit countChanged();
}

QString TemplateListModel::templateId(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return QString::fromStdString(shown_.at(static_cast<std::size_t>(row)).id);
}

QString TemplateListModel::importFile(const QUrl &file)
{
    its::Database *db = sessionDatabase(session_);
    if (!db) {
        setError(tr("The vault is locked."));
        return {};
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile in(path.startsWith(u"qrc:") ? path.mid(3) : path);
    if (!in.open(QIODevice::ReadOnly)) {
        setError(readError(QFileInfo(path).fileName(), in.errorString()));
        return {};
    }
    const QByteArray bytes = in.readAll();
    try {
        const its::JourneyTemplate journey =
            its::parseTemplate(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        its::TemplateStore(*db).save(journey, QDateTime::currentMSecsSinceEpoch());
        setError({});
        reload();
        return QString::fromStdString(journey.id);
    } catch (const its::FormatError &error) {
        setError(tr("%1 is not a valid journey template: %2")
                     .arg(QFileInfo(path).fileName(), errorText(error)));
    } catch (const std::exception &error) {
        setError(tr("Could not import %1: %2").arg(QFileInfo(path).fileName(), errorText(error)));
    }
    return {};
}

QString TemplateListModel::duplicate(const QString &templateId)
{
    its::Database *db = sessionDatabase(session_);
    if (!db)
        return {};
    try {
        its::TemplateStore store(*db);
        its::JourneyTemplate copy = store.load(templateId.toStdString());
        copy.id = copy.id + "-" + QUuid::createUuid().toString(QUuid::Id128).left(8).toStdString();
        copy.revision = 1;
        copy.name = tr("%1 (copy)").arg(QString::fromStdString(copy.name)).toStdString();
        store.save(copy, QDateTime::currentMSecsSinceEpoch());
        setError({});
        reload();
        return QString::fromStdString(copy.id);
    } catch (const std::exception &error) {
        setError(tr("Could not duplicate the template: %1").arg(errorText(error)));
        return {};
    }
}

bool TemplateListModel::remove(const QString &templateId)
{
    its::Database *db = sessionDatabase(session_);
    if (!db)
        return false;
    try {
        its::TemplateStore(*db).remove(templateId.toStdString());
    } catch (const std::exception &error) {
        setError(tr("Could not delete the template: %1").arg(errorText(error)));
        return false;
    }
    reload();
    return true;
}

int TemplateListModel::importStarterTemplates(const QString &language)
{
    its::Database *db = sessionDatabase(session_);
    if (!db || !all_.empty())
        return 0;
    int imported = 0;
    QStringList problems;
    const QString lang = language == u"it" ? QStringLiteral("it") : QStringLiteral("en");
    for (const QString &dirPath :
         {QStringLiteral(":/templates"), QStringLiteral(":/assets/templates")}) {
        const QDir dir(dirPath);
        for (const QString &name :
             dir.entryList(QStringList{QStringLiteral("*.") + lang + QStringLiteral(".json")},
                           QDir::Files, QDir::Name)) {
            QFile in(dir.filePath(name));
            if (!in.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = in.readAll();
            try {
                its::TemplateStore(*db).save(its::parseTemplate(std::string_view(
                                                 bytes.constData(), std::size_t(bytes.size()))),
                                             QDateTime::currentMSecsSinceEpoch());
                ++imported;
            } catch (const std::exception &error) {
                problems << name + QStringLiteral(": ") + errorText(error);
            }
        }
    }
    setError(problems.isEmpty() ? QString() : problems.join(QLatin1Char('\n')));
    reload();
    return imported;
}
