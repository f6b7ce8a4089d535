// Analyse stage cost (entities, quotes, figures, conflicts) on the five seeds and on 10 / 50 /
// 500 documents from ../shared/data taken as one story, and the whole brief with analysis
// for the latency aims (10 reports < 10 ms, 500 < 1 s, one core). Stories are prepared once,
// outside the timed loop, except in BM_WholeBrief.
#include <benchmark/benchmark.h>

#include "analyse/analysis.h"
#include "analyse/entities.h"
#include "analyse/mentions.h"
#include "analyse/quotes.h"
#include "bench/bench_data.inc"
#include "brief/brief_builder.h"

namespace chorus {
namespace {

std::vector<Document> Docs(size_t n) { return n == 0 ? bench::SeedDocs() : bench::DataDocs(n); }

void Counters(benchmark::State& state, const StoryText& story) {
  size_t sentences = 0;
  for (const auto& s : story.sentences) sentences += s.size();
  state.counters["reports"] = static_cast<double>(story.docs.size());
  state.counters["sentences"] = static_cast<double>(sentences);
}

void BM_AnalyseStory(benchmark::State& state) {
  const StoryText story = PrepareStory(Docs(static_cast<size_t>(state.range(0))));
  if (story.docs.empty()) return state.SkipWithError("no input data");
  size_t entities = 0, quotes = 0;
  for (auto _ : state) {
    const StoryAnalysis a = AnalyseStory(story);
    entities = a.entities.size();
    quotes = a.quotes.size();
    benchmark::DoNotOptimize(a);
  }
  Counters(state, story);
  state.counters["entities"] = static_cast<double>(entities);
  state.counters["quotes"] = static_cast<double>(quotes);
}
BENCHMARK(BM_AnalyseStory)->Arg(0)->Arg(10)->Arg(50)->Arg(500)->Unit(benchmark::kMillisecond);

// Mention finding and entity resolution alone.
void BM_Entities(benchmark::State& state) {
  const StoryText story = PrepareStory(Docs(static_cast<size_t>(state.range(0))));
  if (story.docs.empty()) return state.SkipWithError("no input data");
  for (auto _ : state) {
    const ScannedStory scan = ScanStory(story);
    EntitySet es = BuildEntities(story, FindMentions(story, scan, QuoteRegions(story.docs.size())));
    benchmark::DoNotOptimize(es);
  }
  Counters(state, story);
}
BENCHMARK(BM_Entities)->Arg(0)->Arg(500)->Unit(benchmark::kMillisecond);

// The whole brief (read excluded: documents are copied in), analysis included.
void BM_WholeBrief(benchmark::State& state) {
  const std::vector<Document> docs = Docs(static_cast<size_t>(state.range(0)));
  if (docs.empty()) return state.SkipWithError("no input data");
  for (auto _ : state) {
    std::vector<Document> copy = docs;
    benchmark::DoNotOptimize(BuildBrief(std::move(copy), BriefOptions{}));
  }
  state.counters["reports"] = static_cast<double>(docs.size());
}
BENCHMARK(BM_WholeBrief)->Arg(0)->Arg(10)->Arg(500)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace chorus

BENCHMARK_MAIN();
