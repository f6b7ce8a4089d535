// Brief latency for 5 (the seeds), 10, 50 and 500 reports (from ../shared/data), one core.
// Aim: 10 reports under 10 ms, 500 under 1 s. Peak memory and the whole process:
// bench/brief_bench.sh. Run: taskset -c 0 build/release/bench/brief_bench
#include <benchmark/benchmark.h>

#include "bench/bench_data.inc"
#include "brief/brief_builder.h"

namespace chorus {
namespace {

// Counters: the number of reports, and the time per report (shown as a duration), so the
// per-size lines show whether the cost per report stays flat from 5 to 500 reports.
void PerReport(benchmark::State& state, size_t reports) {
  state.counters["reports"] = static_cast<double>(reports);
  state.counters["per_report"] =
      benchmark::Counter(static_cast<double>(reports * state.iterations()),
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_BriefSeeds(benchmark::State& state) {
  const std::vector<Document> docs = bench::SeedDocs();
  for (auto _ : state) {
    Brief b = BuildBrief(docs, BriefOptions{});
    benchmark::DoNotOptimize(b);
  }
  PerReport(state, docs.size());
}
BENCHMARK(BM_BriefSeeds)->Unit(benchmark::kMillisecond);

void BM_BriefData(benchmark::State& state) {
  const std::vector<Document> docs = bench::DataDocs(static_cast<size_t>(state.range(0)));
  if (docs.empty()) {
    state.SkipWithError("../shared/data not found");
    return;
  }
  const size_t bytes = bench::TotalBytes(docs);
  for (auto _ : state) {
    Brief b = BuildBrief(docs, BriefOptions{});
    benchmark::DoNotOptimize(b);
  }
  PerReport(state, docs.size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_BriefData)->Arg(10)->Arg(50)->Arg(500)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace chorus

BENCHMARK_MAIN();
