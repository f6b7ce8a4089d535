// Align stage cost: features, garbling, candidate pairs, clustering and source quality on the
// five seeds and on 50 / 500 documents from ../shared/data taken as one big story (stories
// are prepared once, outside the timed loop). One core.
#include <benchmark/benchmark.h>

#include "align/aligner.h"
#include "align/features.h"
#include "align/garbling.h"
#include "align/similarity.h"
#include "align/source_quality.h"
#include "bench/bench_data.inc"
#include "brief/brief_builder.h"

namespace chorus {
namespace {

StoryText Story(size_t n) { return PrepareStory(n == 0 ? bench::SeedDocs() : bench::DataDocs(n)); }

void Counters(benchmark::State& state, const StoryText& story) {
  size_t sentences = 0;
  for (const auto& s : story.sentences) sentences += s.size();
  state.counters["reports"] = static_cast<double>(story.docs.size());
  state.counters["sentences"] = static_cast<double>(sentences);
}

// The whole align stage as BuildBrief runs it. Arg 0 = the seeds.
void BM_AlignStage(benchmark::State& state) {
  const StoryText story = Story(static_cast<size_t>(state.range(0)));
  if (story.docs.empty()) return state.SkipWithError("no input data");
  for (auto _ : state) {
    const SentenceScores g = ScoreGarbling(story);
    const std::vector<FactGroup> facts = AlignFacts(story, g);
    const std::vector<SourceQuality> q = ScoreSources(story, g, facts);
    benchmark::DoNotOptimize(q);
  }
  Counters(state, story);
}
BENCHMARK(BM_AlignStage)->Arg(0)->Arg(10)->Arg(50)->Arg(500)->Unit(benchmark::kMillisecond);

// Feature building alone (AlignStage reuses the features of its first iteration through
// SharedFeatures, so add this to AlignStage for the cost of one story).
void BM_Features(benchmark::State& state) {
  const StoryText story = Story(static_cast<size_t>(state.range(0)));
  if (story.docs.empty()) return state.SkipWithError("no input data");
  for (auto _ : state) benchmark::DoNotOptimize(align::BuildFeatures(story));
  Counters(state, story);
}
BENCHMARK(BM_Features)->Arg(0)->Arg(10)->Arg(50)->Arg(500)->Unit(benchmark::kMillisecond);

void BM_Garbling(benchmark::State& state) {
  const StoryText story = Story(static_cast<size_t>(state.range(0)));
  if (story.docs.empty()) return state.SkipWithError("no input data");
  const align::StoryFeatures f = align::BuildFeatures(story);
  for (auto _ : state) benchmark::DoNotOptimize(align::AnalyseGarbling(story, f));
  Counters(state, story);
}
BENCHMARK(BM_Garbling)->Arg(0)->Arg(500)->Unit(benchmark::kMillisecond);

void BM_CandidatePairs(benchmark::State& state) {
  const StoryText story = Story(static_cast<size_t>(state.range(0)));
  if (story.docs.empty()) return state.SkipWithError("no input data");
  const align::StoryFeatures f = align::BuildFeatures(story);
  size_t pairs = 0;
  for (auto _ : state) {
    const auto p = align::CandidatePairs(f, 0.08);
    pairs = p.size();
    benchmark::DoNotOptimize(p);
  }
  Counters(state, story);
  state.counters["pairs"] = static_cast<double>(pairs);
}
BENCHMARK(BM_CandidatePairs)->Arg(50)->Arg(500)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace chorus

BENCHMARK_MAIN();
