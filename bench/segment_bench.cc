// Throughput of the segment stage: sentence splitting (with tokens) and tokenizing alone,
// in bytes per second, over the five seed reports concatenated and repeated (read from
// ../shared/seeds at run time; CHORUS_SHARED overrides the shared folder).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "segment/sentence_splitter.h"
#include "segment/tokenizer.h"
#include "util/text_util.h"

namespace {

std::string SharedDir() {
  const char* env = std::getenv("CHORUS_SHARED");
  if (env != nullptr && *env != '\0') return env;
  return CHORUS_SOURCE_DIR "/../shared";
}

// The seeds concatenated, repeated `times`; pieces are its non-empty lines.
chorus::Document SeedDocument(int times) {
  std::vector<std::filesystem::path> paths;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(SharedDir() + "/seeds", ec)) {
    paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  std::string all;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    all += ss.str();
    all += "\n";
  }
  chorus::Document doc;
  for (int i = 0; i < times; ++i) doc.text += all;
  doc.body = {0, static_cast<uint32_t>(doc.text.size())};
  return doc;
}

std::vector<chorus::TextSpan> Pieces(const chorus::Document& doc) {
  std::vector<chorus::TextSpan> pieces;
  for (chorus::TextSpan line : chorus::SplitLines(doc.text, doc.body)) {
    chorus::TextSpan t = chorus::TrimSpan(doc.text, line);
    if (!t.empty()) pieces.push_back(t);
  }
  return pieces;
}

void BM_SplitSentences(benchmark::State& state) {
  chorus::Document doc = SeedDocument(static_cast<int>(state.range(0)));
  std::vector<chorus::TextSpan> pieces = Pieces(doc);
  if (doc.text.empty()) state.SkipWithError("seeds not found");
  size_t sentences = 0;
  for (auto _ : state) {
    auto s = chorus::SplitSentences(doc, pieces);
    sentences = s.size();
    benchmark::DoNotOptimize(s);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(doc.text.size()));
  state.counters["sentences"] = static_cast<double>(sentences);
}
BENCHMARK(BM_SplitSentences)->Arg(1)->Arg(20)->Unit(benchmark::kMillisecond);

void BM_SentenceSpansOnly(benchmark::State& state) {
  chorus::Document doc = SeedDocument(static_cast<int>(state.range(0)));
  if (doc.text.empty()) state.SkipWithError("seeds not found");
  for (auto _ : state) benchmark::DoNotOptimize(chorus::SentenceSpans(doc.text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(doc.text.size()));
}
BENCHMARK(BM_SentenceSpansOnly)->Arg(20)->Unit(benchmark::kMillisecond);

// Tokenizing line by line, as the clean stage does (most lines take the fast path).
void BM_TokenizeLines(benchmark::State& state) {
  chorus::Document doc = SeedDocument(static_cast<int>(state.range(0)));
  std::vector<chorus::TextSpan> pieces = Pieces(doc);
  if (doc.text.empty()) state.SkipWithError("seeds not found");
  for (auto _ : state) {
    for (chorus::TextSpan p : pieces) {
      benchmark::DoNotOptimize(chorus::Tokenize(doc.Slice(p), p.begin));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(doc.text.size()));
}
BENCHMARK(BM_TokenizeLines)->Arg(20)->Unit(benchmark::kMillisecond);

// The whole text in one call: one non-ASCII letter anywhere sends it all through ICU.
void BM_TokenizeWhole(benchmark::State& state) {
  chorus::Document doc = SeedDocument(static_cast<int>(state.range(0)));
  if (doc.text.empty()) state.SkipWithError("seeds not found");
  for (auto _ : state) benchmark::DoNotOptimize(chorus::Tokenize(doc.text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(doc.text.size()));
}
BENCHMARK(BM_TokenizeWhole)->Arg(20)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
