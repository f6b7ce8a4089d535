// Summarise latency: concept coverage selection over a prepared, aligned story of 5 (the seeds),
// 10, 50 and 500 reports (../shared/data), budget 100 words.
#include <benchmark/benchmark.h>

#include "align/aligner.h"
#include "align/source_quality.h"
#include "bench/bench_data.inc"
#include "brief/brief_builder.h"
#include "summarise/summariser.h"

namespace chorus {
namespace {

void RunSummarise(benchmark::State& state, std::vector<Document> docs) {
  if (docs.empty()) {
    state.SkipWithError("../shared/data not found");
    return;
  }
  const StoryText story = PrepareStory(std::move(docs));
  const SentenceScores garbling = ScoreGarbling(story);
  const std::vector<FactGroup> facts = AlignFacts(story, garbling);
  const std::vector<SourceQuality> quality = ScoreSources(story, garbling, facts);
  for (auto _ : state) {
    SummaryPlan plan = Summarise(story, facts, garbling, quality, SummaryOptions{});
    benchmark::DoNotOptimize(plan);
  }
  state.counters["facts"] = static_cast<double>(facts.size());
}

void BM_SummariseSeeds(benchmark::State& state) { RunSummarise(state, bench::SeedDocs()); }
BENCHMARK(BM_SummariseSeeds)->Unit(benchmark::kMillisecond);

void BM_SummariseData(benchmark::State& state) {
  RunSummarise(state, bench::DataDocs(static_cast<size_t>(state.range(0))));
}
BENCHMARK(BM_SummariseData)->Arg(10)->Arg(50)->Arg(500)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace chorus

BENCHMARK_MAIN();
