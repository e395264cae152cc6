#include "template_document.h"

#include "formats/template_json.h"
#include "session_access.h"
#include "vault/template_store.h"
#include "vault_session.h"

#include <QDateTime>
#include <nlohmann/json.hpp>
#include <set>

namespace {
// An id not used yet by any touchpoint or criterion of the journey: "<prefix><n>".
std::string freshId(const its::JourneyTemplate &journey, const std::string &prefix)
{
    std::set<std::string> used;
    for (const its::Stage &stage : journey.stages) {
        used.insert(stage.id);
        for (const its::Touchpoint &tp : stage.touchpoints) {
            used.insert(tp.id);
            for (const its::Criterion &c : tp.criteria)
                used.insert(c.id);
        }
    }
    for (int n = 1;; ++n) {
        std::string candidate = prefix + std::to_string(n);
        if (!used.count(candidate))
            return candidate;
    }
}
} // namespace

TemplateDocument::TemplateDocument(QObject *parent)
    : QObject(parent)
    , touchpoints_(this)
{
}

void TemplateDocument::setSession(VaultSession *session)
{
    if (session_ == session)
        return;
    session_ = session;
    emit sessionChanged();
    reload();
}

void TemplateDocument::setTemplateId(const QString &id)
{
    if (templateId_ == id)
        return;
    templateId_ = id;
    reload();
}

void TemplateDocument::setPreferredLanguage(const QString &language)
{
    if (preferredLanguage_ == language)
        return;
    preferredLanguage_ = language;
    emit preferredLanguageChanged();
    if (!dirty_)
        reload();
}

void TemplateDocument::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}

bool TemplateDocument::reload()
{
    journey_ = {};
    dirty_ = false;
    its::Database *db = sessionDatabase(session_);
    bool ok = false;
    if (db && !templateId_.isEmpty()) {
        try {
            journey_ = its::TemplateStore(*db).load(templateId_.toStdString(),
                                                    preferredLanguage_.toStdString());
            setError({});
            ok = true;
        } catch (const std::exception &error) {
            setError(tr("Cannot open the template: %1").arg(errorText(error)));
        }
    }
    touchpoints_.setJourney(journey_);
    emit loadedChanged();
    emit changed();
    return ok;
}

void TemplateDocument::edited()
{
    dirty_ = true;
    touchpoints_.setJourney(journey_);
    emit changed();
}

QString TemplateDocument::personaDescription() const
{
    return QString::fromStdString(journey_.persona.description);
}

QStringList TemplateDocument::stageNames() const
{
    QStringList names;
    for (const its::Stage &stage : journey_.stages)
        names << QString::fromStdString(stage.name);
    return names;
}

QStringList TemplateDocument::departments() const
{
    QStringList out;
    for (const its::Touchpoint *tp : journey_.touchpoints()) {
        const QString department = QString::fromStdString(tp->department);
        if (!department.isEmpty() && !out.contains(department))
            out << department;
    }
    return out;
}

void TemplateDocument::setName(const QString &name)
{
    if (name == this->name())
        return;
    journey_.name = name.toStdString();
    edited();
}

void TemplateDocument::setDescription(const QString &text)
{
    if (text == description())
        return;
    journey_.description = text.toStdString();
    edited();
}

void TemplateDocument::setSector(const QString &sector)
{
    if (sector == this->sector())
        return;
    journey_.sector = sector.toStdString();
    edited();
}

void TemplateDocument::setPersonaName(const QString &name)
{
    if (name == personaName())
        return;
    journey_.persona.name = name.toStdString();
    edited();
}

its::Touchpoint *TemplateDocument::touchpointAt(int row)
{
    const auto [stage, touchpoint] = touchpoints_.position(row);
    if (stage < 0)
        return nullptr;
    return &journey_.stages[std::size_t(stage)].touchpoints[std::size_t(touchpoint)];
}

int TemplateDocument::addStage(const QString &name)
{
    its::Stage stage;
    stage.id = freshId(journey_, "stage-");
    stage.name = name.trimmed().isEmpty() ? tr("New stage").toStdString() : name.toStdString();
    journey_.stages.push_back(stage);
    edited();
    return static_cast<int>(journey_.stages.size()) - 1;
}

int TemplateDocument::addTouchpoint(int stageIndex, const QString &name, const QString &channel,
                                    const QString &department)
{
    const auto parsed = its::channelFromString(channel.toStdString());
    if (!loaded() || !parsed || name.trimmed().isEmpty()) {
        setError(tr("A touchpoint needs a name and a channel."));
        return -1;
    }
    if (journey_.stages.empty())
        addStage({});
    const std::size_t s = stageIndex < 0 || std::size_t(stageIndex) >= journey_.stages.size()
                              ? journey_.stages.size() - 1
                              : std::size_t(stageIndex);
    its::Touchpoint tp;
    tp.id = freshId(journey_, "tp-");
    tp.name = name.trimmed().toStdString();
    tp.channel = *parsed;
    tp.department = department.trimmed().toStdString();
    journey_.stages[s].touchpoints.push_back(tp);
    setError({});
    edited();
    int row = 0;
    for (std::size_t i = 0; i <= s; ++i)
        row += static_cast<int>(journey_.stages[i].touchpoints.size());
    return row - 1;
}

bool TemplateDocument::removeTouchpoint(int row)
{
    const auto [stage, touchpoint] = touchpoints_.position(row);
    if (stage < 0)
        return false;
    auto &list = journey_.stages[std::size_t(stage)].touchpoints;
    list.erase(list.begin() + touchpoint);
    edited();
    return true;
}

bool TemplateDocument::setTouchpointName(int row, const QString &name)
{
    its::Touchpoint *tp = touchpointAt(row);
    if (!tp || name.trimmed().isEmpty())
        return false;
    tp->name = name.trimmed().toStdString();
    edited();
    return true;
}

bool TemplateDocument::setTouchpointDepartment(int row, const QString &department)
{
    its::Touchpoint *tp = touchpointAt(row);
    if (!tp)
        return false;
    tp->department = department.trimmed().toStdString();
    edited();
    return true;
}

bool TemplateDocument::setTouchpointChannel(int row, const QString &channel)
{
    its::Touchpoint *tp = touchpointAt(row);
    const auto parsed = its::channelFromString(channel.toStdString());
    if (!tp || !parsed)
        return false;
    tp->channel = *parsed;
    tp->phases.clear(); // the new channel's own phases
    // SLAs on phases the new channel lacks would make the template invalid: drop them.
    const auto &phases = tp->effectivePhases();
    std::erase_if(tp->slas, [&](const its::Sla &sla) {
        return sla.phase != "total" &&
               std::find(phases.begin(), phases.end(), sla.phase) == phases.end();
    });
    edited();
    return true;
}

bool TemplateDocument::addCriterion(int row, const QString &text, bool mustBe, double weight)
{
    its::Touchpoint *tp = touchpointAt(row);
    if (!tp || text.trimmed().isEmpty() || !(weight > 0)) {
        setError(tr("A criterion needs words and a weight above zero."));
        return false;
    }
    its::Criterion criterion;
    criterion.id = freshId(journey_, tp->id + ".c");
    criterion.text = text.trimmed().toStdString();
    criterion.weight = weight;
    criterion.kind = mustBe ? its::CriterionKind::MustBe : its::CriterionKind::Delighter;
    tp->criteria.push_back(criterion);
    setError({});
    edited();
    return true;
}

bool TemplateDocument::removeCriterion(int row, int criterionIndex)
{
    its::Touchpoint *tp = touchpointAt(row);
    if (!tp || criterionIndex < 0 || std::size_t(criterionIndex) >= tp->criteria.size())
        return false;
    tp->criteria.erase(tp->criteria.begin() + criterionIndex);
    edited();
    return true;
}

bool TemplateDocument::addSla(int row, const QString &phase, int seconds)
{
    its::Touchpoint *tp = touchpointAt(row);
    if (!tp || seconds <= 0) {
        setError(tr("A target time must be longer than zero seconds."));
        return false;
    }
    its::Sla sla;
    sla.phase = phase.toStdString();
    sla.targetSeconds = seconds;
    tp->slas.push_back(sla);
    setError({});
    edited();
    return true;
}

bool TemplateDocument::removeSla(int row, int slaIndex)
{
    its::Touchpoint *tp = touchpointAt(row);
    if (!tp || slaIndex < 0 || std::size_t(slaIndex) >= tp->slas.size())
        return false;
    tp->slas.erase(tp->slas.begin() + slaIndex);
    edited();
    return true;
}

bool TemplateDocument::save()
{
    its::Database *db = sessionDatabase(session_);
    if (!db || !loaded()) {
        setError(tr("The vault is locked."));
        return false;
    }
    try {
        its::JourneyTemplate next = journey_;
        next.revision += 1;
        // The strict reader is the validator: what it rejects could never be imported again.
        next = its::templateFromJson(its::templateToJson(next));
        its::TemplateStore(*db).save(next, QDateTime::currentMSecsSinceEpoch());
        journey_ = next;
    } catch (const std::exception &error) {
        setError(tr("The template was not saved: %1").arg(errorText(error)));
        return false;
    }
    dirty_ = false;
    setError({});
    emit changed();
    return true;
}
