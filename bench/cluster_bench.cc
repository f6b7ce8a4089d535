// Cost of the story engine per article (src/cluster): the sketch of an article (features +
// MinHash signature over 5-word shingles), an LSH candidate query, and StoryEngine::Place
// once the engine already holds 1k, 10k or 100k articles, to show that the cost per article
// stays flat as the store grows (candidates come from capped indexes, not from a scan).
// Articles are ECB+, DUC 2004 and Multi-News dev documents from ../shared/data (never
// copied into the repo), repeated with dates 45 days apart as in bench/ingest_bench.sh, so
// that a repeat is a new article of a new story, not a near-duplicate copy.
//
//   build/<dir>/bench/cluster_bench [--benchmark_filter=Place]
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include "bench/bench_data.inc"
#include "cluster/article_stream.h"
#include "cluster/engine.h"
#include "cluster/minhash.h"

namespace chorus::bench {
namespace {

// ECB+ dev articles followed by DUC 2004 and Multi-News documents.
const std::vector<Document>& Articles() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    std::ifstream in(SharedDir() + "/data/ecbplus/dev.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      auto d = cluster::DocumentFromJsonLine(line, "ecbplus");
      if (d) out.push_back(std::move(*d));
    }
    for (Document& d : DataDocs(1600)) out.push_back(std::move(d));
    return out;
  }();
  return docs;
}

// Sketches of Articles(), computed once; Repeat() gives the i-th article of the endless
// stream (repetition r dated 45 * r days after the first).
const std::vector<cluster::ArticleSketch>& Sketches() {
  static const std::vector<cluster::ArticleSketch> sketches = [] {
    cluster::StoryEngine engine;
    std::vector<cluster::ArticleSketch> out;
    for (const Document& d : Articles()) out.push_back(engine.Sketch(d));
    return out;
  }();
  return sketches;
}

cluster::ArticleSketch Repeat(size_t i) {
  const auto& base = Sketches();
  cluster::ArticleSketch sk = base[i % base.size()];
  sk.features.published = 18262.0 + 45.0 * static_cast<double>(i / base.size());
  return sk;
}

void BM_Sketch(benchmark::State& state) {
  const auto& docs = Articles();
  if (docs.empty()) state.SkipWithError("../shared/data not found");
  cluster::StoryEngine engine;
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const Document& d = docs[i++ % docs.size()];
    benchmark::DoNotOptimize(engine.Sketch(d));
    bytes += d.text.size();
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Sketch);

void BM_MinHash(benchmark::State& state) {
  const auto& docs = Articles();
  if (docs.empty()) state.SkipWithError("../shared/data not found");
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const Document& d = docs[i++ % docs.size()];
    benchmark::DoNotOptimize(cluster::MinHashOf(cluster::Shingles(d.text)));
    bytes += d.text.size();
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_MinHash);

// LSH candidates of one signature in an index holding range(0) signatures.
void BM_LshQuery(benchmark::State& state) {
  const auto& base = Sketches();
  if (base.empty()) state.SkipWithError("../shared/data not found");
  const auto n = static_cast<size_t>(state.range(0));
  cluster::LshIndex lsh;
  for (size_t i = 0; i < n; ++i) {
    cluster::MinHash sig = base[i % base.size()].minhash;
    const auto r = static_cast<uint32_t>(i / base.size());  // repeats share no band
    for (uint32_t k = 0; r > 0 && k < sig.size(); ++k) sig[k] ^= (r * 2654435761U) + k;
    lsh.Insert(sig, static_cast<uint32_t>(i));
  }
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(lsh.Candidates(base[i++ % base.size()].minhash));
  state.SetItemsProcessed(state.iterations());
  state.counters["buckets"] = static_cast<double>(lsh.buckets());
}
BENCHMARK(BM_LshQuery)->Arg(1000)->Arg(10000)->Arg(100000);

// StoryEngine::Place (near-duplicate check + online clustering) after range(0) articles.
// 1,000 timed articles per run, so the engine grows by at most 1,000 while measured.
void BM_Place(benchmark::State& state) {
  if (Sketches().empty()) state.SkipWithError("../shared/data not found");
  const auto n = static_cast<size_t>(state.range(0));
  cluster::StoryEngine engine;
  for (size_t i = 0; i < n; ++i) engine.Place(Repeat(i));
  std::vector<cluster::ArticleSketch> next;
  for (size_t i = n; i < n + 1000; ++i) next.push_back(Repeat(i));
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(engine.Place(next[i++ % next.size()]));
  state.SetItemsProcessed(state.iterations());
  state.counters["stories"] = static_cast<double>(engine.story_count());
}
BENCHMARK(BM_Place)->Arg(1000)->Arg(10000)->Arg(100000)->Iterations(1000)->Unit(
    benchmark::kMicrosecond);

}  // namespace
}  // namespace chorus::bench

BENCHMARK_MAIN();
