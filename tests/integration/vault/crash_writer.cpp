// Helper for tst_vault_crash: unlocks a vault and appends phase events to one contact forever,
// printing "<seq> <wallMs> <monoMs> <elapsedMs since the contact's first event>" after each
// event is committed. The test SIGKILLs it mid-stream.
#include "timing/time_point.h"
#include "vault/vault.h"
#include "vault/walk_store.h"

#include <cstdio>
#include <exception>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s <vault dir> <passphrase> <walk id> <contact id>\n",
                     argv[0]);
        return 2;
    }
    try {
        its::Vault vault = its::Vault::unlock(argv[1], argv[2]);
        its::WalkStore walks(vault.db());
        const its::Walk walk = walks.loadWalk(argv[3]);
        const std::string contactId = argv[4];
        its::TimePoint first;
        for (const its::Contact &contact : walk.contacts) {
            if (contact.id == contactId && !contact.events.empty())
                first = contact.events.front().at;
        }
        if (first.isNull()) {
            std::fprintf(stderr, "contact %s not found\n", argv[4]);
            return 2;
        }
        const its::SystemClock clock;
        for (long i = 0;; ++i) {
            const its::TimePoint now = clock.now();
            const std::int64_t seq =
                walks.appendPhaseEvent(contactId, i % 2 == 0 ? "hold" : "talking", now);
            // Printed only after appendPhaseEvent returned, i.e. after COMMIT.
            std::printf("%lld %lld %lld %lld\n", static_cast<long long>(seq),
                        static_cast<long long>(now.wallMs), static_cast<long long>(now.monoMs),
                        static_cast<long long>(its::elapsedMs(first, now)));
            std::fflush(stdout);
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "crash_writer: %s\n", e.what());
        return 1;
    }
}
