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
#include <set>
#include <unordered_map>

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

void TemplateListModel::setLanguage(const QString &language)
{
    if (language_ == language)
        return;
    language_ = language;
    emit languageChanged();
    pickLanguages();
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
    stored_ = std::move(headers);
    pickLanguages();
}

void TemplateListModel::pickLanguages()
{
    // One row per id: the UI language when the journey has it, else its first stored language.
    const std::string wanted = language_.toStdString();
    std::vector<its::TemplateHeader> picked;
    std::unordered_map<std::string, std::size_t> rowOfId;
    for (const its::TemplateHeader &header : stored_) {
        const auto [it, inserted] = rowOfId.emplace(header.id, picked.size());
        if (inserted)
            picked.push_back(header);
        else if (header.language == wanted && picked[it->second].language != wanted)
            picked[it->second] = header;
    }
    // Sorted by the names shown, so a language switch re-sorts the list.
    std::stable_sort(picked.begin(), picked.end(),
                     [](const its::TemplateHeader &a, const its::TemplateHeader &b) {
                         return QString::fromStdString(a.name).localeAwareCompare(
                                    QString::fromStdString(b.name)) < 0;
                     });
    all_ = std::move(picked);
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
        its::JourneyTemplate copy = store.load(templateId.toStdString(), language_.toStdString());
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

int TemplateListModel::importStarterTemplates()
{
    its::Database *db = sessionDatabase(session_);
    if (!db)
        return 0;
    const bool empty = stored_.empty();
    std::set<std::pair<std::string, std::string>> present; // (id, language)
    std::unordered_map<std::string, int> revisionOf;
    for (const its::TemplateHeader &header : stored_) {
        present.emplace(header.id, header.language);
        revisionOf.emplace(header.id, header.revision);
    }
    int imported = 0;
    QStringList problems;
    for (const QString &dirPath :
         {QStringLiteral(":/templates"), QStringLiteral(":/assets/templates")}) {
        const QDir dir(dirPath);
        for (const QString &name :
             dir.entryList(QStringList{QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile in(dir.filePath(name));
            if (!in.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = in.readAll();
            try {
                const its::JourneyTemplate journey = its::parseTemplate(
                    std::string_view(bytes.constData(), std::size_t(bytes.size())));
                const auto revision = revisionOf.find(journey.id);
                const bool wanted =
                    empty || (!present.count({journey.id, journey.language}) &&
                              revision != revisionOf.end() && revision->second == journey.revision);
                if (!wanted)
                    continue;
                its::TemplateStore(*db).save(journey, QDateTime::currentMSecsSinceEpoch());
                present.emplace(journey.id, journey.language);
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
