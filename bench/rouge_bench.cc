// ROUGE-1.5.5 scoring speed: one DUC 2004 peer summary against its 4 references (-l 100),
// and scorer construction (reference tokenisation and stemming).
#include <benchmark/benchmark.h>

#include "bench/bench_data.inc"
#include "eval/rouge.h"
#include "eval/summary_eval.h"

namespace chorus {
namespace {

const SummaryCluster* FirstDucCluster() {
  static const auto* set = new Result<SummaryClusterSet>(
      ReadSummaryClusters(bench::SharedDir() + "/data/duc2004/dev.jsonl", {.limit = 1}));
  return *set && !(*set)->clusters.empty() ? &(*set)->clusters.front() : nullptr;
}

void BM_RougeScore(benchmark::State& state) {
  const SummaryCluster* c = FirstDucCluster();
  if (c == nullptr || c->peers.empty()) {
    state.SkipWithError("../shared/data/duc2004 not found");
    return;
  }
  const RougeScorer scorer(c->references, RougeOptions{});
  for (auto _ : state) benchmark::DoNotOptimize(scorer.Score(c->peers.front().second));
}
BENCHMARK(BM_RougeScore)->Unit(benchmark::kMicrosecond);

void BM_RougeScorerBuild(benchmark::State& state) {
  const SummaryCluster* c = FirstDucCluster();
  if (c == nullptr) {
    state.SkipWithError("../shared/data/duc2004 not found");
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(RougeScorer(c->references, RougeOptions{}));
}
BENCHMARK(BM_RougeScorerBuild)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace chorus

BENCHMARK_MAIN();
