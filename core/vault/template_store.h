#pragma once
// Journey templates imported into a vault (or any database with the vault schema), stored as
// the "intheirshoes.template" JSON text of core/formats/template_json.h. A journey may be kept
// in several languages under one id (the starter journeys ship in Italian and English).

#include "database.h"
#include "domain/journey.h"

#include <cstdint>
#include <string>
#include <vector>

namespace its {

struct TemplateHeader
{
    std::string id;
    int revision = 1;
    std::string name;
    std::string sector;
    std::string language;
    std::vector<Channel> channels; // distinct, in order of first appearance
    std::int64_t importedAtMs = 0;
};

class TemplateStore
{
public:
    explicit TemplateStore(Database &db)
        : db_(db)
    {
    }

    // Inserts, or replaces the template with the same id and language. Throws InvalidInput for
    // an empty id.
    void save(const JourneyTemplate &journey, std::int64_t importedAtMs);
    std::vector<TemplateHeader> list();   // every language; ordered by name, then id, language
    bool contains(const std::string &id); // in any language
    // The journey in `language` when it has it, else in its first language by code.
    // NotFound; Corrupt if the JSON is damaged.
    JourneyTemplate load(const std::string &id, const std::string &language = {});
    void remove(const std::string &id); // every language of the journey; NotFound when absent

private:
    Database &db_;
};

} // namespace its
