#pragma once
// Channels a customer uses to reach the company, and the timing phases each one has.
// Phases are seen from the customer's side: ringing and queueing count, agent wrap-up does not.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace its {

enum class Channel
{
    Phone,
    Email,
    Web,
    App,
    Chat,
    Social,
    Store,
    Letter
};

std::string_view toString(Channel channel);
std::optional<Channel> channelFromString(std::string_view text);
const std::vector<Channel> &allChannels();

// The default phase ids for a channel, in the order a contact usually goes through them.
// Phone: ringing, ivr, queue, talking, hold, transfer, callback_wait.
const std::vector<std::string> &defaultPhases(Channel channel);

// Phases whose waits are counted in days rather than minutes (an email reply, a letter).
bool isLongWaitPhase(std::string_view phaseId);

} // namespace its
