// The review's compile benchmark (issue 10, "Speed"), with its baseline in the same run:
// - compile every figure over N generated summaries (default 100,000; review_fixture.h),
//   alternated in every repetition with the baseline: ONE SQL GROUP BY over the same summaries'
//   contacts (one row per contact, revisions included) in an unkeyed SQLCipher file:
//     SELECT journey, touchpoint, count(*), sum(passed), avg(score) FROM contacts
//     GROUP BY journey, touchpoint
//   The reported figure is the median over the repetitions of compile / GROUP BY, each pair
//   measured back to back (the machine is shared: a ratio per pair cancels its load);
// - a filter change: one compile with another filter over the first 10,000 summaries.
// ITS_BENCH_REVIEW_SUMMARIES and ITS_BENCH_REVIEW_REPS shrink the run (the ctest smoke run).
// ITS_BENCH_REVIEW_DUMP=<folder> writes the findings JSON of the unfiltered compile and of each
// filter change instead of timing: diff two builds' folders to prove a faster compile says the
// same thing, figure for figure.
// main() prints the figures and fails when a compile leaves a section empty: never on time.

#include "review/findings_json.h"
#include "review_fixture.h"
#include "vault/database.h"

#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace its;
using namespace its::review;

namespace {

int envCount(const char *name, int fallback)
{
    const QByteArray value = qgetenv(name);
    return value.isEmpty() ? fallback : std::max(1, value.toInt());
}
const int kSummaries = envCount("ITS_BENCH_REVIEW_SUMMARIES", 100'000);
const int kReps = envCount("ITS_BENCH_REVIEW_REPS", 9);
const int kFilterSummaries = std::min(10'000, kSummaries);

struct World
{
    std::vector<JourneyTemplate> library = bench::benchLibrary();
    std::vector<Leader> roster = bench::benchRoster();
    std::vector<ReceivedWalk> walks;
    std::vector<ReceivedWalk> firstWalks; // the filter change's 10,000
    CompileOptions options;
    QTemporaryDir dir;
    Database db;
    std::int64_t rows = 0;

    World()
    {
        walks = bench::WalkGenerator(library).generate(kSummaries);
        firstWalks.assign(walks.begin(), walks.begin() + kFilterSummaries);
        options.nowMs = bench::monthStartMs(bench::kMonths);
        options.library = library;
        db = Database::open(std::filesystem::path(dir.path().toStdString()) / "baseline.db",
                            nullptr, true);
        db.exec("CREATE TABLE contacts (journey TEXT NOT NULL, touchpoint TEXT NOT NULL,"
                " passed INTEGER NOT NULL, score REAL)");
        Transaction tx(db);
        Statement insert = db.prepare(
            "INSERT INTO contacts (journey, touchpoint, passed, score) VALUES (?,?,?,?)");
        for (const ReceivedWalk &walk : walks) {
            for (const ContactSummary &contact : walk.summary.contacts) {
                insert.reset();
                insert.bindText(1, walk.summary.journeyId)
                    .bindText(2, contact.touchpointId)
                    .bindInt64(3, contact.passed ? 1 : 0);
                if (contact.score)
                    insert.bindDouble(4, *contact.score);
                else
                    insert.bindNull(4);
                insert.run();
                ++rows;
            }
        }
        tx.commit();
    }
};

World &world()
{
    static World theWorld;
    return theWorld;
}

std::vector<std::string> problems; // sections a compile left empty: main() fails on them

void expect(bool ok, const std::string &what)
{
    if (!ok && std::find(problems.begin(), problems.end(), what) == problems.end())
        problems.push_back(what);
}

// Every section has data, so the benchmark times the whole compile, not a shortcut.
void checkSections(const Findings &f, int expectedJourneys)
{
    expect(!f.noWalksMatch && f.walks > 0 && f.contacts > 0, "walks");
    expect(static_cast<int>(f.journeys.size()) == expectedJourneys, "journeys");
    bool mustBe = false, delighters = false, breaches = false, quotes = false;
    for (const JourneyFindings &journey : f.journeys)
        for (const StageFindings &stage : journey.stages)
            for (const TouchpointFindings &tp : stage.touchpoints) {
                mustBe |= !tp.mustBeFailures.empty();
                delighters |= !tp.delighterHits.empty();
                quotes |= !tp.quotes.empty();
                for (const PhaseFindings &phase : tp.phases)
                    breaches |= phase.breachRate.count > 0;
            }
    expect(mustBe && delighters && breaches && quotes, "touchpoint figures");
    expect(!f.departments.empty() && !f.departments.front().themes.empty(), "departments");
    expect(!f.siloMap.empty(), "silo map");
    expect(f.voice.nps.value && f.voice.csat.value && f.voice.cesMean.value &&
               f.voice.wouldStay.value && f.voice.firstContactResolution.value,
           "voice");
    expect(!f.peakEnd.lowPoints.empty() && !f.peakEnd.endPoints.empty(), "peak-end");
    expect(!f.periods.empty() && !f.participation.leaders.empty(), "trends, participation");
}

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

template <typename F> double secondsOf(F &&work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The baseline: one GROUP BY over every contact row. Returns the groups it read.
int groupBy(Database &db)
{
    Statement query = db.prepare("SELECT journey, touchpoint, count(*), sum(passed), avg(score)"
                                 " FROM contacts GROUP BY journey, touchpoint");
    int groups = 0;
    double checksum = 0;
    while (query.step()) {
        ++groups;
        checksum += static_cast<double>(query.columnInt64(2) + query.columnInt64(3)) +
                    query.columnDouble(4);
        benchmark::DoNotOptimize(query.columnText(0));
        benchmark::DoNotOptimize(query.columnText(1));
    }
    benchmark::DoNotOptimize(checksum);
    return groups;
}

struct Paired
{
    std::vector<double> compile, baseline, ratio;
} paired;
std::vector<double> filterChange;

// Compile and GROUP BY back to back, the order swapped every repetition. Manual time: compile.
void BM_Compile_PairedWithGroupBy(benchmark::State &state)
{
    World &w = world();
    int repetition = 0;
    for (auto _ : state) {
        double compileSeconds = 0, baselineSeconds = 0;
        Findings findings;
        int groups = 0;
        auto runCompile = [&] {
            compileSeconds =
                secondsOf([&] { findings = compile(w.walks, w.roster, {}, w.options); });
        };
        auto runBaseline = [&] {
            baselineSeconds = secondsOf([&] { groups = groupBy(w.db); });
        };
        if (repetition++ % 2) {
            runCompile();
            runBaseline();
        } else {
            runBaseline();
            runCompile();
        }
        checkSections(findings, bench::kJourneys);
        expect(groups == bench::kJourneys * 6, "baseline groups");
        paired.compile.push_back(compileSeconds);
        paired.baseline.push_back(baselineSeconds);
        paired.ratio.push_back(compileSeconds / baselineSeconds);
        state.SetIterationTime(compileSeconds);
    }
    state.counters["baseline_ms"] = medianOf(paired.baseline) * 1000;
    state.counters["compile_ms"] = medianOf(paired.compile) * 1000;
    state.counters["ratio_median"] = medianOf(paired.ratio);
    state.counters["rows"] = static_cast<double>(w.rows);
    state.SetItemsProcessed(state.iterations() * kSummaries);
}

// The filter changes: a journey, a department, a quarter, five leaders, a channel.
std::vector<ReviewFilter> changedFilters(const QTimeZone &zone)
{
    std::vector<ReviewFilter> filters(5);
    filters[0].journeys = {"journey-3"};
    filters[1].departments = {"billing"};
    setQuarter(filters[2], 2026, 2, zone);
    filters[3].leaders = {"device-1", "device-2", "device-3", "device-4", "device-5"};
    filters[4].channels = {Channel::Phone};
    return filters;
}

// A filter change: one compile over the first 10,000 summaries, each time with another filter
// than the one before.
void BM_FilterChange10k(benchmark::State &state)
{
    World &w = world();
    const std::vector<ReviewFilter> filters = changedFilters(w.options.zone);
    Findings warm = compile(w.firstWalks, w.roster, filters.back(), w.options);
    benchmark::DoNotOptimize(warm.walks);
    std::size_t next = 0;
    for (auto _ : state) {
        const ReviewFilter &filter = filters[next++ % filters.size()];
        Findings findings;
        const double seconds =
            secondsOf([&] { findings = compile(w.firstWalks, w.roster, filter, w.options); });
        expect(!findings.noWalksMatch, "filter change");
        filterChange.push_back(seconds);
        state.SetIterationTime(seconds);
    }
    state.counters["median_ms"] = medianOf(filterChange) * 1000;
}

// Every walk's findings, unfiltered and with each filter change, by month and by quarter.
void dumpFindings(const std::filesystem::path &folder)
{
    World &w = world();
    std::filesystem::create_directories(folder);
    std::vector<ReviewFilter> filters = changedFilters(w.options.zone);
    filters.insert(filters.begin(), ReviewFilter());
    for (PeriodKind kind : {PeriodKind::Month, PeriodKind::Quarter}) {
        CompileOptions options = w.options;
        options.periodKind = kind;
        for (std::size_t i = 0; i < filters.size(); ++i) {
            const Findings findings = compile(w.walks, w.roster, filters[i], options);
            const std::string name =
                (kind == PeriodKind::Month ? "month-" : "quarter-") + std::to_string(i) + ".json";
            std::ofstream(folder / name) << findingsToJson(findings, filters[i], 0).dump(1);
        }
    }
}

} // namespace

BENCHMARK(BM_Compile_PairedWithGroupBy)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(kReps)
    ->UseManualTime();
BENCHMARK(BM_FilterChange10k)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(std::max(5, kReps))
    ->UseManualTime();

int main(int argc, char **argv)
{
    if (const QByteArray folder = qgetenv("ITS_BENCH_REVIEW_DUMP"); !folder.isEmpty()) {
        dumpFindings(folder.toStdString());
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (!paired.ratio.empty()) {
        std::printf("\n%d summaries, %lld contact rows, %zu paired repetitions\n", kSummaries,
                    static_cast<long long>(world().rows), paired.ratio.size());
        std::printf("ratio compile / GROUP BY, median of pairs: %.2fx (min %.2fx, max %.2fx)\n",
                    medianOf(paired.ratio),
                    *std::min_element(paired.ratio.begin(), paired.ratio.end()),
                    *std::max_element(paired.ratio.begin(), paired.ratio.end()));
        std::printf("compile median %.1f ms, GROUP BY median %.1f ms\n",
                    medianOf(paired.compile) * 1000, medianOf(paired.baseline) * 1000);
    }
    if (!filterChange.empty())
        std::printf("filter change on %d summaries: median %.1f ms over %zu compiles\n",
                    kFilterSummaries, medianOf(filterChange) * 1000, filterChange.size());
    for (const std::string &problem : problems)
        std::fprintf(stderr, "FAIL: the compile left a section empty or wrong: %s\n",
                     problem.c_str());
    return problems.empty() ? 0 : 1;
}
