#include "channel.h"

#include <array>
#include <utility>

namespace its {
namespace {
constexpr std::array<std::pair<Channel, std::string_view>, 8> kNames{{
    {Channel::Phone, "phone"},
    {Channel::Email, "email"},
    {Channel::Web, "web"},
    {Channel::App, "app"},
    {Channel::Chat, "chat"},
    {Channel::Social, "social"},
    {Channel::Store, "store"},
    {Channel::Letter, "letter"},
}};
} // namespace

std::string_view toString(Channel channel)
{
    for (const auto &[value, name] : kNames) {
        if (value == channel)
            return name;
    }
    return "phone";
}

std::optional<Channel> channelFromString(std::string_view text)
{
    for (const auto &[value, name] : kNames) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

const std::vector<Channel> &allChannels()
{
    static const std::vector<Channel> channels = [] {
        std::vector<Channel> all;
        for (const auto &entry : kNames)
            all.push_back(entry.first);
        return all;
    }();
    return channels;
}

const std::vector<std::string> &defaultPhases(Channel channel)
{
    static const std::vector<std::string> phone{"ringing", "ivr",      "queue",        "talking",
                                                "hold",    "transfer", "callback_wait"};
    static const std::vector<std::string> email{"awaiting_reply", "reading", "follow_up_wait"};
    static const std::vector<std::string> chat{"bot", "queue", "chatting", "transfer",
                                               "awaiting_reply"};
    static const std::vector<std::string> web{"searching", "filling_form", "waiting_page",
                                              "awaiting_confirmation"};
    static const std::vector<std::string> store{"travel", "queue", "served", "waiting_staff"};
    static const std::vector<std::string> social{"awaiting_reply", "conversation", "redirected"};
    static const std::vector<std::string> letter{"awaiting_letter", "reading", "awaiting_refund"};
    switch (channel) {
    case Channel::Phone:
        return phone;
    case Channel::Email:
        return email;
    case Channel::Chat:
        return chat;
    case Channel::Web:
    case Channel::App:
        return web;
    case Channel::Store:
        return store;
    case Channel::Social:
        return social;
    case Channel::Letter:
        return letter;
    }
    return phone;
}

bool isLongWaitPhase(std::string_view phaseId)
{
    return phaseId == "awaiting_reply" || phaseId == "follow_up_wait" ||
           phaseId == "callback_wait" || phaseId == "awaiting_letter" ||
           phaseId == "awaiting_refund" || phaseId == "awaiting_confirmation";
}

} // namespace its
