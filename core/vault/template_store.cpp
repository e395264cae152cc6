#include "template_store.h"

#include "formats/format_error.h"
#include "formats/template_json.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace its {
namespace {

std::string channelList(const JourneyTemplate &journey)
{
    std::vector<Channel> seen;
    for (const Touchpoint *touchpoint : journey.touchpoints()) {
        if (std::find(seen.begin(), seen.end(), touchpoint->channel) == seen.end())
            seen.push_back(touchpoint->channel);
    }
    std::string out;
    for (Channel channel : seen) {
        if (!out.empty())
            out += ',';
        out += toString(channel);
    }
    return out;
}

std::vector<Channel> parseChannels(std::string_view text)
{
    std::vector<Channel> channels;
    while (!text.empty()) {
        const auto comma = text.find(',');
        if (auto channel = channelFromString(text.substr(0, comma)))
            channels.push_back(*channel);
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    }
    return channels;
}

} // namespace

void TemplateStore::save(const JourneyTemplate &journey, std::int64_t importedAtMs)
{
    if (journey.id.empty())
        throw VaultError(VaultErrorCode::InvalidInput, "a template needs an id to be saved");
    const std::string json = templateToJson(journey).dump();
    Transaction tx(db_);
    Statement stmt = db_.prepare(
        "INSERT OR REPLACE INTO templates (id, revision, name, sector, language, channels, json,"
        " imported_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    stmt.bindText(1, journey.id)
        .bindInt64(2, journey.revision)
        .bindText(3, journey.name)
        .bindText(4, journey.sector)
        .bindText(5, journey.language)
        .bindText(6, channelList(journey))
        .bindText(7, json)
        .bindInt64(8, importedAtMs);
    stmt.run();
    tx.commit();
}

std::vector<TemplateHeader> TemplateStore::list()
{
    Statement stmt = db_.prepare("SELECT id, revision, name, sector, language, channels,"
                                 " imported_at_ms FROM templates ORDER BY name, id, language");
    std::vector<TemplateHeader> out;
    while (stmt.step()) {
        TemplateHeader header;
        header.id = stmt.columnText(0);
        header.revision = stmt.columnInt(1);
        header.name = stmt.columnText(2);
        header.sector = stmt.columnText(3);
        header.language = stmt.columnText(4);
        header.channels = parseChannels(stmt.columnText(5));
        header.importedAtMs = stmt.columnInt64(6);
        out.push_back(std::move(header));
    }
    return out;
}

bool TemplateStore::contains(const std::string &id)
{
    Statement stmt = db_.prepare("SELECT 1 FROM templates WHERE id = ?");
    stmt.bindText(1, id);
    return stmt.step();
}

JourneyTemplate TemplateStore::load(const std::string &id, const std::string &language)
{
    Statement stmt = db_.prepare("SELECT json FROM templates WHERE id = ?1"
                                 " ORDER BY language <> ?2, language LIMIT 1");
    stmt.bindText(1, id).bindText(2, language);
    if (!stmt.step())
        throw VaultError(VaultErrorCode::NotFound, "no template with id '" + id + "'");
    try {
        return parseTemplate(stmt.columnText(0));
    } catch (const FormatError &e) {
        throw VaultError(VaultErrorCode::Corrupt,
                         "the stored template '" + id + "' is damaged: " + e.what());
    }
}

void TemplateStore::remove(const std::string &id)
{
    Transaction tx(db_);
    Statement stmt = db_.prepare("DELETE FROM templates WHERE id = ?");
    stmt.bindText(1, id);
    stmt.run();
    if (db_.changes() == 0)
        throw VaultError(VaultErrorCode::NotFound, "no template with id '" + id + "'");
    tx.commit();
}

} // namespace its
