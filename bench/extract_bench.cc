// Extraction throughput on the scrapinghub benchmark pages (../shared/data/aeb/html): the
// parser alone, and the whole reader (charset, parse, metadata, main content, language).
// Pages are gunzipped once before timing. Whole-process figures against Mozilla
// Readability: bench/extract_vs_readability.sh.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "read/gzip.h"
#include "read/html_dom.h"
#include "read/html_reader.h"

namespace chorus {
namespace {

const std::vector<std::string>& Pages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> out;
    const std::filesystem::path dir =
        std::filesystem::path(CHORUS_SOURCE_DIR) / ".." / "shared" / "data" / "aeb" / "html";
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      auto raw = Gunzip(ss.str(), f.string());
      if (raw) out.push_back(std::move(*raw));
    }
    return out;
  }();
  return pages;
}

size_t TotalBytes() {
  size_t n = 0;
  for (const std::string& p : Pages()) n += p.size();
  return n;
}

void BM_ParseHtml(benchmark::State& state) {
  if (Pages().empty()) {
    state.SkipWithError("../shared/data/aeb not found");
    return;
  }
  for (auto _ : state) {
    for (const std::string& p : Pages()) {
      html::Dom dom = html::ParseHtml(p);
      benchmark::DoNotOptimize(dom);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * Pages().size()));
}
BENCHMARK(BM_ParseHtml)->Unit(benchmark::kMillisecond);

void BM_ReadArticle(benchmark::State& state) {
  if (Pages().empty()) {
    state.SkipWithError("../shared/data/aeb not found");
    return;
  }
  for (auto _ : state) {
    for (const std::string& p : Pages()) {
      auto r = ReadArticle(p, "page.html");
      benchmark::DoNotOptimize(r);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * Pages().size()));
}
BENCHMARK(BM_ReadArticle)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace chorus

BENCHMARK_MAIN();
