// Scoring main-content extraction against the public benchmarks in ../shared/data.
//
//   ShingleMatch m = AebShingleMatch(output, gold);    // scrapinghub article-extraction-benchmark
//   double f1 = BagOfWordsF1(output, gold);            // WCXB
//   ExtractEvalReport r = EvaluateExtraction("../shared/data", extract_fn, threads);
//
// Metrics, as the benchmarks define them (data/README.md):
// - aeb: tokens are Python-style `\w+` runs (case kept); the multisets of token 4-gram
//   shingles of output and gold give TP/FP/FN, normalised per page so TP+FP+FN = 1;
//   precision and recall are means over pages, F1 = 2PR/(P+R).
// - wcxb: per page, F1 of the bags of lower-cased `\w+` tokens; the mean over pages.
#ifndef CHORUS_EVAL_EXTRACT_EVAL_H_
#define CHORUS_EVAL_EXTRACT_EVAL_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/error.h"

namespace chorus {

struct ShingleMatch {
  double tp = 0, fp = 0, fn = 0;  // normalised: tp + fp + fn == 1 (all 0 when both are empty)
};

// `\w+` tokens as Python's re module finds them (letters, digits, numerics, underscore).
std::vector<std::string> WordTokens(std::string_view text, bool lower_case);

ShingleMatch AebShingleMatch(std::string_view output, std::string_view gold, int n = 4);
double BagOfWordsF1(std::string_view output, std::string_view gold);

struct GoldPage {
  std::string id;
  std::string html_path;  // <dir>/html/<id>.html.gz
  std::string gold;
};

// aeb/ground-truth.json ("articleBody") or wcxb-articles/ground-truth.json ("main_content").
Result<std::vector<GoldPage>> LoadGold(const std::string& dir, const std::string& field);

struct ToolScore {
  std::string tool;
  int pages = 0;
  double precision = 0, recall = 0, f1 = 0;
  bool published = false;  // a figure from the literature, not measured here
};

struct BenchmarkReport {
  std::string name;              // "aeb", "wcxb-articles"
  std::vector<ToolScore> tools;  // chorus first
  int failures = 0;              // pages chorus could not read (scored as empty output)
};

// Extracts the article text of one page's raw bytes (gzip already removed).
using ExtractFn =
    std::function<Result<std::string>(std::string_view page, const std::string& name)>;

struct ExtractEvalOptions {
  int threads = 1;
  size_t max_pages = 0;  // 0: all
};

// Scores `extract` on aeb/ and wcxb-articles/ under data_dir, with aeb's peers (scored with
// the same metric) and the published WCXB figures alongside.
Result<std::vector<BenchmarkReport>> EvaluateExtraction(const std::string& data_dir,
                                                        const ExtractFn& extract,
                                                        const ExtractEvalOptions& options);

std::string ExtractReportMarkdown(const std::vector<BenchmarkReport>& reports);
std::string ExtractReportJson(const std::vector<BenchmarkReport>& reports);

}  // namespace chorus

#endif  // CHORUS_EVAL_EXTRACT_EVAL_H_
