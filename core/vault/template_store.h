#pragma once
// Journey templates imported into a vault (or any database with the vault schema), stored as
// the "intheirshoes.template" JSON text of core/formats/template_json.h.

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

    // Inserts, or replaces the template with the same id. Throws InvalidInput for an empty id.
    void save(const JourneyTemplate &journey, std::int64_t importedAtMs);
    std::vector<TemplateHeader> list(); // ordered by name, then id
    bool contains(const std::string &id);
    JourneyTemplate load(const std::string &id); // NotFound; Corrupt if the JSON is damaged
    void remove(const std::string &id);          // NotFound when absent

private:
    Database &db_;
};

} // namespace its
