#pragma once
// The company's evidence policy and the consent log, in the vault. Its own migration component
// ("evidence_policy"), applied when first used, like the sync tables: the vault's numbered
// schema is left to the evidence store.
//  - settings: key/value pairs set in Settings (today: whether call audio may be recorded).
//  - consents: each time call audio starts, the sentence the executive said first, in which
//    language and when; kept in the contact's log (deleted with the contact).

#include "database.h"
#include "timing/time_point.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace its {

inline constexpr std::string_view kCallAudioAllowedKey = "call_audio_allowed";

struct ConsentRecord
{
    std::string contactId;
    std::int64_t seq = 0; // 1-based per contact
    std::string kind;     // "call_audio"
    std::string language; // the walk's language the sentence was said in
    std::string sentence;
    TimePoint at;
};

class EvidencePolicy
{
public:
    explicit EvidencePolicy(Database &db);

    std::optional<std::string> setting(std::string_view key);
    void setSetting(std::string_view key, std::string_view value);
    // Off unless the policy was turned on.
    bool callAudioAllowed();
    void setCallAudioAllowed(bool allowed);

    // Notes in the contact's log that the consent sentence was said. NotFound for an unknown
    // contact. Returns the record's seq.
    std::int64_t recordConsent(const std::string &contactId, std::string_view kind,
                               std::string_view language, std::string_view sentence,
                               const TimePoint &at);
    std::vector<ConsentRecord> consents(const std::string &contactId);

private:
    Database &db_;
};

} // namespace its
