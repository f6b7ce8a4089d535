// Clean stage throughput: the five seeds, and 10 / 50 / 500 reports from ../shared/data as
// one story (the off-topic detector compares every report with all the others).
#include <benchmark/benchmark.h>

#include "bench/bench_data.inc"
#include "clean/cleaner.h"

namespace chorus {
namespace {

void BM_CleanSeeds(benchmark::State& state) {
  const std::vector<Document> docs = bench::SeedDocs();
  const size_t bytes = bench::TotalBytes(docs);
  for (auto _ : state) {
    std::vector<CleanDocument> c = CleanStory(docs);
    benchmark::DoNotOptimize(c);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_CleanSeeds)->Unit(benchmark::kMicrosecond);

void BM_CleanData(benchmark::State& state) {
  const std::vector<Document> docs = bench::DataDocs(static_cast<size_t>(state.range(0)));
  if (docs.empty()) {
    state.SkipWithError("../shared/data not found");
    return;
  }
  const size_t bytes = bench::TotalBytes(docs);
  for (auto _ : state) {
    std::vector<CleanDocument> c = CleanStory(docs);
    benchmark::DoNotOptimize(c);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["reports"] = static_cast<double>(docs.size());
}
BENCHMARK(BM_CleanData)->Arg(10)->Arg(50)->Arg(500)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace chorus

BENCHMARK_MAIN();
