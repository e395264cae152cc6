// Startup benchmark driver. Alternates the app and the baseline N times; each child is spawned
// with posix_spawn and reports CLOCK_MONOTONIC and its peak RSS at its first presented frame
// (see qml/shell/startup_probe.h). Prints medians and the ratios app/baseline.
// Exit status: non-zero only if a child fails to show a frame; timings never fail the run.
#include "vault/vault.h"

#include <QDir>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <optional>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

struct Sample
{
    double ms = 0;
    long rssKiB = 0;
};

long long nowNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<long long>(t.tv_sec) * 1'000'000'000LL + t.tv_nsec;
}

std::optional<Sample> runOnce(const char *binary, const std::vector<std::string> &extraEnv)
{
    int out[2];
    if (pipe(out) != 0)
        return std::nullopt;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);

    std::vector<std::string> env;
    for (char **e = environ; *e; ++e)
        env.emplace_back(*e);
    env.emplace_back("ITS_STARTUP_PROBE=1");
    env.insert(env.end(), extraEnv.begin(), extraEnv.end());
    std::vector<char *> envp;
    for (auto &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    std::string arg0 = binary;
    char *argv[] = {arg0.data(), nullptr};

    pid_t pid = 0;
    const long long start = nowNs();
    const int rc = posix_spawn(&pid, binary, &actions, nullptr, argv, envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (rc != 0) {
        close(out[0]);
        return std::nullopt;
    }
    std::string text;
    char buffer[512];
    ssize_t n = 0;
    while ((n = read(out[0], buffer, sizeof buffer)) > 0)
        text.append(buffer, static_cast<size_t>(n));
    close(out[0]);
    int status = 0;
    waitpid(pid, &status, 0);

    const auto at = text.find("ITS_FIRST_FRAME ");
    if (at == std::string::npos)
        return std::nullopt;
    long long frameNs = 0;
    long rss = 0;
    if (std::sscanf(text.c_str() + at, "ITS_FIRST_FRAME %lld %ld", &frameNs, &rss) != 2)
        return std::nullopt;
    return Sample{static_cast<double>(frameNs - start) / 1e6, rss};
}

template <typename T> T median(std::vector<T> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    int runs = 10;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::max(1, std::atoi(argv[i + 1]));
    }

    // The app starts on its unlock screen: give it an existing vault in a private data home.
    QTemporaryDir home;
    const QString vaultDir = home.filePath(QStringLiteral("data/InTheirShoes/InTheirShoes/vault"));
    QDir().mkpath(vaultDir);
    its::Vault::create(vaultDir.toStdString(), "startup bench passphrase", its::KdfCost::Test);
    const std::vector<std::string> appEnv = {
        "XDG_DATA_HOME=" + home.filePath(QStringLiteral("data")).toStdString(),
        "XDG_CONFIG_HOME=" + home.filePath(QStringLiteral("config")).toStdString()};

    std::vector<Sample> app, base;
    for (int i = 0; i < runs + 1; ++i) {
        // Alternate, and drop round 0 of each (cold page cache for the binaries).
        const auto b = runOnce(ITS_BASELINE_BINARY, {});
        const auto a = runOnce(ITS_APP_BINARY, appEnv);
        if (!a || !b) {
            std::fprintf(stderr, "startup bench: %s showed no first frame\n",
                         !a ? "the app" : "the baseline");
            return 1;
        }
        if (i == 0)
            continue;
        app.push_back(*a);
        base.push_back(*b);
    }

    auto ms = [](const std::vector<Sample> &v) {
        std::vector<double> x;
        for (const auto &s : v)
            x.push_back(s.ms);
        return median(x);
    };
    auto rss = [](const std::vector<Sample> &v) {
        std::vector<long> x;
        for (const auto &s : v)
            x.push_back(s.rssKiB);
        return median(x);
    };
    const char *platform = std::getenv("QT_QPA_PLATFORM");
    std::printf("startup to first frame, median of %d alternated runs (QPA: %s)\n", runs,
                platform ? platform : "default");
    std::printf("  %-34s %9s %12s\n", "", "ms", "peak RSS MiB");
    std::printf("  %-34s %9.1f %12.1f\n", "minimal Qt Quick Controls window", ms(base),
                static_cast<double>(rss(base)) / 1024.0);
    std::printf("  %-34s %9.1f %12.1f\n", "InTheirShoes unlock screen", ms(app),
                static_cast<double>(rss(app)) / 1024.0);
    std::printf("  ratio app/baseline: time %.2fx, peak RSS %.2fx (target <= 1.5x both)\n",
                ms(app) / ms(base), static_cast<double>(rss(app)) / static_cast<double>(rss(base)));
    return 0;
}
