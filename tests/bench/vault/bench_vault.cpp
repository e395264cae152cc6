// Vault benchmarks. Every encrypted figure has its baseline in the same run: the same schema
// in an unkeyed SQLCipher database (label "plain"). scripts/bench.sh prints the ratios.
//
// ITS_BENCH_EVENTS sets how many contact events the write benchmarks record (default 100000;
// the ctest smoke run uses a few hundred).

#include "bench_fixture.h"
#include "formats/walk_json.h"
#include "scoring/summarize.h"
#include "vault/vault.h"
#include "vault/vault_schema.h"
#include "vault/walk_store.h"

#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sodium.h>

using namespace its;

namespace {

int eventCount()
{
    const char *value = std::getenv("ITS_BENCH_EVENTS");
    return value ? std::max(10, std::atoi(value)) : 100'000;
}

// A database with the vault schema: keyed with a random raw key, or plain.
struct Store
{
    QTemporaryDir dir;
    SecureKey key = SecureKey::random();
    Database db;
    explicit Store(bool encrypted)
    {
        db = Database::open(std::filesystem::path(dir.path().toStdString()) / "bench.db",
                            encrypted ? &key : nullptr, true);
        applyVaultSchema(db);
    }
};

// The app's path: every event is its own committed transaction (WAL, synchronous=FULL).
void writeEvents(benchmark::State &state, bool encrypted, bool batched)
{
    const int events = eventCount();
    for (auto _ : state) {
        state.PauseTiming();
        Store store(encrypted);
        WalkStore walks(store.db);
        const JourneyTemplate journey = bench::syntheticJourney(50);
        ManualClock clock;
        const std::string walkId = walks.createWalk(journey, "Commuter", clock.now());
        const std::string contactId = walks.startContact(walkId, "tp-0", clock.now());
        const auto &phases = journey.stages[0].touchpoints[0].effectivePhases();
        state.ResumeTiming();
        if (batched) {
            // CPU-bound variant: the same rows through one prepared statement in one
            // transaction, so the cipher's cost is not hidden behind 100k fsyncs.
            Transaction tx(store.db);
            Statement insert = store.db.prepare(
                "INSERT INTO phase_events (contact_id, seq, phase, wall_ms, mono_ms, anchor)"
                " VALUES (?, ?, ?, ?, ?, ?)");
            for (int i = 0; i < events; ++i) {
                clock.advance(1000);
                const TimePoint at = clock.now();
                insert.reset();
                insert.bindText(1, contactId)
                    .bindInt64(2, i + 2)
                    .bindText(3, phases[static_cast<std::size_t>(i) % phases.size()])
                    .bindInt64(4, at.wallMs)
                    .bindInt64(5, at.monoMs)
                    .bindText(6, at.anchor);
                insert.run();
            }
            tx.commit();
        } else {
            for (int i = 0; i < events; ++i) {
                clock.advance(1000);
                walks.appendPhaseEvent(
                    contactId, phases[static_cast<std::size_t>(i) % phases.size()], clock.now());
            }
        }
        // Read back the walk and its summary, as the summary screen does.
        const WalkSummary summary = summarize(walks.loadWalk(walkId), clock.now());
        benchmark::DoNotOptimize(summary.totalCustomerMs);
    }
    state.SetItemsProcessed(state.iterations() * events);
}

void BM_WriteEventsCommitted_Vault(benchmark::State &s)
{
    writeEvents(s, true, false);
}
void BM_WriteEventsCommitted_Plain(benchmark::State &s)
{
    writeEvents(s, false, false);
}
void BM_WriteEventsBatched_Vault(benchmark::State &s)
{
    writeEvents(s, true, true);
}
void BM_WriteEventsBatched_Plain(benchmark::State &s)
{
    writeEvents(s, false, true);
}

// Unlock cost: Argon2id is deliberate. Baseline: opening the same schema unkeyed.
void unlock(benchmark::State &state, KdfCost cost)
{
    QTemporaryDir dir;
    const std::filesystem::path path = dir.path().toStdString();
    Vault::create(path, "a long enough passphrase", cost).vault.lock();
    for (auto _ : state) {
        Vault vault = Vault::unlock(path, "a long enough passphrase");
        benchmark::DoNotOptimize(vault.isOpen());
    }
}
void BM_Unlock_Moderate(benchmark::State &s)
{
    unlock(s, KdfCost::Moderate);
}
void BM_Unlock_Interactive(benchmark::State &s)
{
    unlock(s, KdfCost::Interactive);
}
void BM_Open_Plain(benchmark::State &state)
{
    Store store(false);
    const std::filesystem::path path = store.db.path();
    store.db.close();
    for (auto _ : state) {
        Database db = Database::open(path, nullptr, false);
        benchmark::DoNotOptimize(db.isOpen());
    }
}

// Scoring a 50-touchpoint walk; baseline: serialising the same walk to JSON.
void BM_Summarize50(benchmark::State &state)
{
    const Walk walk = bench::syntheticWalk(50, 8);
    const TimePoint now{walk.finishedAt->wallMs, walk.finishedAt->monoMs, "bench"};
    for (auto _ : state)
        benchmark::DoNotOptimize(summarize(walk, now).contacts.size());
}
void BM_WalkToJson50_Baseline(benchmark::State &state)
{
    const Walk walk = bench::syntheticWalk(50, 8);
    for (auto _ : state)
        benchmark::DoNotOptimize(walkToJson(walk).dump().size());
}

} // namespace

BENCHMARK(BM_WriteEventsCommitted_Vault)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_WriteEventsCommitted_Plain)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_WriteEventsBatched_Vault)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_WriteEventsBatched_Plain)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Unlock_Moderate)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Unlock_Interactive)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Open_Plain)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Summarize50)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_WalkToJson50_Baseline)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    if (sodium_init() < 0)
        return 1;
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
