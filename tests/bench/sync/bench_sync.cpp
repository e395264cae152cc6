// Sync benchmarks, each with its baseline in the same run:
// - push N summaries (default 1000) from the outbox to Apache mod_dav (PUT + GET read-back +
//   vault bookkeeping), against curl PUTting the same bytes to the same server: one curl
//   process, one keep-alive connection (sequential), and curl --parallel (8 connections);
// - pull, verify and decrypt M envelopes (default 10000) from a folder into a fresh review
//   vault, against merely reading the same files.
// main() prints the ratios. ITS_BENCH_SYNC_PUSH / ITS_BENCH_SYNC_PULL shrink N and M (ctest).

#include "formats/summary_json.h"
#include "review/review_pull.h"
#include "sync/envelope.h"
#include "sync/folder_target.h"
#include "sync/naming.h"
#include "sync/outbox.h"
#include "sync/sync_schema.h"
#include "sync/webdav_target.h"
#include "sync_fixtures.h"
#include "webdav_server.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

using namespace its;
using namespace its::sync;
using namespace its::sync::testing;

namespace {

int envCount(const char *name, int fallback)
{
    const QByteArray value = qgetenv(name);
    return value.isEmpty() ? fallback : std::max(10, value.toInt());
}
const int kPush = envCount("ITS_BENCH_SYNC_PUSH", 1000);
const int kPull = envCount("ITS_BENCH_SYNC_PULL", 10000);
int batchFromEnv()
{
    return envCount("ITS_BENCH_SYNC_BATCH", PushOptions{}.batchSize);
}
constexpr qint64 kFinished = 1'800'000'000'000;

std::map<std::string, double> secondsPerRun; // benchmark -> mean wall seconds per iteration

struct PushWorld
{
    QTemporaryDir dir;
    WebDavServer server{WebDavServer::Kind::Apache};
    FixedCredentials credentials{std::nullopt};
    std::optional<Vault> review;
    std::optional<Vault> device;
    std::vector<std::pair<QString, QString>> files; // relative path on the target, local copy
    int runs = 0;

    PushWorld()
    {
        if (!server.start())
            qFatal("apache did not start: %s", qPrintable(server.lastLog()));
        credentials = FixedCredentials(Credentials{server.user(), server.password()});
        review.emplace(createVault(dir.path() + "/review"));
        device.emplace(createVault(dir.path() + "/device"));
        const ReviewCircle circle = createReviewCircle(review->db(), "bench", 1);
        enrollAndAccept(device->db(), review->db(), circle, "bench device", 1);
        Outbox outbox(device->db());
        QDir().mkpath(dir.path() + "/bytes");
        for (int i = 0; i < kPush; ++i) {
            const auto entry = outbox.enqueue(
                sampleSummary(QStringLiteral("walk-%1").arg(i), 1, "j1", kFinished), 1);
            Statement load =
                device->db().prepare("SELECT envelope FROM sync_outbox_envelope WHERE path = ?");
            load.bindText(1, entry.path.toStdString());
            load.step();
            const QString local = dir.path() + "/bytes/" + entry.path.section('/', -1);
            QFile out(local);
            out.open(QIODevice::WriteOnly);
            out.write(columnBytes(load, 0));
            files.emplace_back(entry.path, local);
        }
    }
    // A fresh folder on the server per run, so every run uploads new files.
    QUrl nextBase()
    {
        const QString folder = QStringLiteral("run%1").arg(++runs);
        WebDavTarget(server.url(), WebDavOptions{30'000, &credentials, {}})
            .put(folder + "/.keep", "");
        return server.url().resolved(QUrl(folder + '/'));
    }
};

std::optional<PushWorld> thePushWorld; // reset before main returns: stops the server cleanly
PushWorld &pushWorld()
{
    if (!thePushWorld)
        thePushWorld.emplace();
    return *thePushWorld;
}

// Every benchmark here times only its measured section (manual time), so the JSON figures
// scripts/bench.sh reads exclude setup such as resetting the outbox or creating folders.
void record(benchmark::State &state, const std::string &name, double seconds)
{
    secondsPerRun[name] += seconds / static_cast<double>(state.max_iterations);
    state.SetIterationTime(seconds);
}

double runPush(PushWorld &world, int window, QString *error);

void pushOutbox(benchmark::State &state, int window)
{
    for (auto _ : state) {
        QString error;
        record(state, "push/window" + std::to_string(window), runPush(pushWorld(), window, &error));
        if (!error.isEmpty())
            state.SkipWithError(qPrintable(error));
    }
    state.SetItemsProcessed(state.iterations() * kPush);
}

// The vault half of the push alone: the outbox against a target that keeps files in memory.
class MemoryTarget final : public SyncTarget
{
public:
    QString address() const override { return "memory"; }
    void put(const QString &path, const QByteArray &bytes) override { files_[path] = bytes; }
    QByteArray get(const QString &path) override { return files_.value(path); }
    QStringList list(const QString &) override { return {}; }

private:
    QHash<QString, QByteArray> files_;
};

void BM_Push_VaultOnly(benchmark::State &state)
{
    PushWorld &world = pushWorld();
    for (auto _ : state) {
        world.device->db().exec("UPDATE sync_outbox SET state = 'queued', attempts = 0");
        MemoryTarget target;
        const auto start = std::chrono::steady_clock::now();
        const PushReport report =
            Outbox(world.device->db()).push(target, 2, {batchFromEnv(), 8, -1, true});
        record(state, "vault-only",
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        if (report.synced != kPush)
            state.SkipWithError("not every summary was synced");
    }
    state.SetItemsProcessed(state.iterations() * kPush);
}

// The network half of the push alone (PUT + GET read-back, same window), without the vault.
void BM_Push_TargetOnly(benchmark::State &state)
{
    PushWorld &world = pushWorld();
    std::vector<SyncTarget::Item> items;
    for (const auto &[path, local] : world.files) {
        QFile file(local);
        file.open(QIODevice::ReadOnly);
        items.push_back({path, file.readAll()});
    }
    for (auto _ : state) {
        WebDavTarget target(world.nextBase(), WebDavOptions{30'000, &world.credentials, {}});
        const auto start = std::chrono::steady_clock::now();
        const auto errors = target.putVerifiedMany(items, 8);
        record(state, "target-only/window8",
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        for (const QString &error : errors)
            if (!error.isEmpty())
                state.SkipWithError(qPrintable(error));
    }
    state.SetItemsProcessed(state.iterations() * kPush);
}

// One curl process PUTting every file (keep-alive); `parallel` > 1 adds --parallel. Seconds.
double runCurl(PushWorld &world, int parallel, QString *error)
{
    const QUrl base = world.nextBase();
    // Create the folders untimed: curl only PUTs.
    WebDavTarget(base, WebDavOptions{30'000, &world.credentials, {}})
        .put(world.files.front().first, "x");
    QFile config(world.dir.path() + "/curl.conf");
    config.open(QIODevice::WriteOnly | QIODevice::Truncate);
    config.write(QStringLiteral("user = \"%1:%2\"\nsilent\nfail\n")
                     .arg(world.server.user(), world.server.password())
                     .toUtf8());
    for (const auto &[path, local] : world.files)
        config.write(QStringLiteral("upload-file = \"%1\"\nurl = \"%2\"\noutput = /dev/null\n")
                         .arg(local, base.resolved(QUrl(path)).toString())
                         .toUtf8());
    config.close();
    QStringList args{"--config", config.fileName()};
    if (parallel > 1)
        args << "--parallel"
             << "--parallel-max" << QString::number(parallel);
    const auto start = std::chrono::steady_clock::now();
    QProcess curl;
    curl.start("curl", args);
    curl.waitForFinished(600'000);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (curl.exitCode() != 0)
        *error = "curl failed: " + QString::fromLocal8Bit(curl.readAllStandardError());
    return seconds;
}

// The outbox pushing every summary again to a fresh folder. Seconds.
double runPush(PushWorld &world, int window, QString *error)
{
    world.device->db().exec("UPDATE sync_outbox SET state = 'queued', attempts = 0");
    WebDavTarget target(world.nextBase(), WebDavOptions{30'000, &world.credentials, {}});
    const auto start = std::chrono::steady_clock::now();
    const PushReport report =
        Outbox(world.device->db()).push(target, 2, {batchFromEnv(), window, -1, true});
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (report.synced != kPush)
        *error = "not every summary was synced";
    return seconds;
}

void pushCurl(benchmark::State &state, int parallel)
{
    for (auto _ : state) {
        QString error;
        record(state, parallel > 1 ? "curl/parallel" : "curl/sequential",
               runCurl(pushWorld(), parallel, &error));
        if (!error.isEmpty())
            state.SkipWithError(qPrintable(error));
    }
    state.SetItemsProcessed(state.iterations() * kPush);
}

// Push and curl alternately in each iteration, so both see the same load on a shared machine:
// the ratio that matters.
void BM_Push_PairedWithCurl(benchmark::State &state)
{
    for (auto _ : state) {
        QString error;
        record(state, "paired/curl", runCurl(pushWorld(), 1, &error));
        record(state, "paired/push", runPush(pushWorld(), 8, &error));
        if (!error.isEmpty())
            state.SkipWithError(qPrintable(error));
    }
    state.SetItemsProcessed(state.iterations() * kPush);
}

struct PullWorld
{
    QTemporaryDir dir;
    std::optional<Vault> review;
    ReviewCircle circle;
    QByteArray reviewBackup;
    EnrollmentRequest enrollment;
    QStringList paths;
    int runs = 0;

    PullWorld()
    {
        review.emplace(createVault(dir.path() + "/review0"));
        circle = createReviewCircle(review->db(), "bench", 1);
        Vault device = createVault(dir.path() + "/device");
        enrollment = enrollDevice(device.db(), makeInvitation(circle), "bench device", 1);
        const DeviceKeys keys = *[&] {
            return std::optional(loadDeviceIdentity(device.db())->keys);
        }();
        // Sealed directly (the outbox would fsync 10,000 times): the same bytes it would make.
        for (int i = 0; i < kPull; ++i) {
            const QString walk = QStringLiteral("walk-%1").arg(i);
            const qint64 finished = kFinished - (i % 12) * 30LL * 86'400'000;
            EnvelopeHeader header{1, circle.circleId, {}, walk, 1, finished, 2, {}};
            const QByteArray json = QByteArray::fromStdString(
                summaryToJson(sampleSummary(walk, 1, QStringLiteral("j%1").arg(i % 5), finished))
                    .dump());
            const QString path = envelopePath(keys.deviceId(), walk, 1, finished);
            QDir().mkpath(dir.path() + "/share/" + path.section('/', 0, -2));
            QFile file(dir.path() + "/share/" + path);
            file.open(QIODevice::WriteOnly);
            file.write(sealEnvelope(header, json, circle.keys.boxPublic, keys));
            paths << path;
        }
    }
};

std::optional<PullWorld> thePullWorld;
PullWorld &pullWorld()
{
    if (!thePullWorld)
        thePullWorld.emplace();
    return *thePullWorld;
}

void BM_Pull_VerifyDecrypt(benchmark::State &state)
{
    PullWorld &world = pullWorld();
    FolderTarget share(world.dir.path() + "/share");
    for (auto _ : state) {
        // A fresh review vault holding the same circle: every envelope is new to it.
        Vault review =
            createVault(QStringLiteral("%1/review%2").arg(world.dir.path()).arg(++world.runs));
        ReviewCircle circle = loadReviewCircle(world.review->db()).value();
        migrateSyncSchema(review.db());
        review.db()
            .prepare(
                "INSERT INTO sync_review_circle (id, circle_id, box_public, box_secret, target_url,"
                " created_at_ms) VALUES (1, ?, ?, ?, 'bench', 1)")
            .bindText(1, circle.circleId.toStdString())
            .bindBlob(2, blob(circle.keys.boxPublic))
            .bindBlob(3, {circle.keys.boxSecret.data(), circle.keys.boxSecret.size()})
            .run();
        Roster(review.db())
            .accept(world.enrollment, circle.circleId, fingerprint(circle.keys.boxPublic), 1);
        const auto start = std::chrono::steady_clock::now();
        const PullReport report = pullEnvelopes(review.db(), share, 3);
        record(state, "pull/verify-decrypt",
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        if (report.accepted != kPull)
            state.SkipWithError("not every envelope was accepted");
    }
    state.SetItemsProcessed(state.iterations() * kPull);
}

void BM_Pull_ReadFilesBaseline(benchmark::State &state)
{
    PullWorld &world = pullWorld();
    FolderTarget share(world.dir.path() + "/share");
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        qsizetype bytes = 0;
        for (const QString &month : share.list("summaries"))
            for (const QString &name : share.list("summaries/" + month.chopped(1)))
                bytes += share.get("summaries/" + month + name).size();
        record(state, "pull/read-only",
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations() * kPull);
}

} // namespace

void BM_Push_CurlSequential(benchmark::State &state)
{
    pushCurl(state, 1);
}
void BM_Push_CurlParallel8(benchmark::State &state)
{
    pushCurl(state, 8);
}
void BM_Push_Outbox1(benchmark::State &state)
{
    pushOutbox(state, 1);
}
void BM_Push_Outbox8(benchmark::State &state)
{
    pushOutbox(state, 8);
}

BENCHMARK(BM_Push_CurlSequential)->Unit(benchmark::kMillisecond)->Iterations(3)->UseManualTime();
BENCHMARK(BM_Push_CurlParallel8)->Unit(benchmark::kMillisecond)->Iterations(3)->UseManualTime();
BENCHMARK(BM_Push_Outbox1)->Unit(benchmark::kMillisecond)->Iterations(3)->UseManualTime();
BENCHMARK(BM_Push_Outbox8)->Unit(benchmark::kMillisecond)->Iterations(3)->UseManualTime();
// Manual time = curl + push together; main() prints their ratio.
BENCHMARK(BM_Push_PairedWithCurl)->Unit(benchmark::kMillisecond)->Iterations(5)->UseManualTime();
BENCHMARK(BM_Push_VaultOnly)->Unit(benchmark::kMillisecond)->Iterations(3)->UseManualTime();
BENCHMARK(BM_Push_TargetOnly)->Unit(benchmark::kMillisecond)->Iterations(3)->UseManualTime();
BENCHMARK(BM_Pull_ReadFilesBaseline)->Unit(benchmark::kMillisecond)->Iterations(3)->UseManualTime();
BENCHMARK(BM_Pull_VerifyDecrypt)->Unit(benchmark::kMillisecond)->Iterations(3)->UseManualTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    thePushWorld.reset();
    thePullWorld.reset();
    auto ratio = [](const char *name, const char *of, const char *to) {
        if (secondsPerRun.count(of) && secondsPerRun.count(to))
            std::printf("ratio %-44s %.2fx  (%.3f s vs %.3f s)\n", name,
                        secondsPerRun[of] / secondsPerRun[to], secondsPerRun[of],
                        secondsPerRun[to]);
    };
    std::printf("\n%d summaries pushed, %d envelopes pulled per run\n", kPush, kPull);
    ratio("PAIRED push (8 in flight) / curl sequential", "paired/push", "paired/curl");
    ratio("push (8 in flight) / curl sequential", "push/window8", "curl/sequential");
    ratio("push (8 in flight) / curl --parallel 8", "push/window8", "curl/parallel");
    ratio("push (1 in flight) / curl sequential", "push/window1", "curl/sequential");
    ratio("PUT+GET only (8 in flight) / curl sequential", "target-only/window8", "curl/sequential");
    ratio("pull+verify+decrypt / read files", "pull/verify-decrypt", "pull/read-only");
    return 0;
}
