// Extraction metrics of the scrapinghub article-extraction-benchmark (token 4-gram shingle
// matching, as in its evaluate.py) and of WCXB (bag-of-words F1), see extract_eval.h.
#include "eval/extract_eval.h"

#include <unicode/uchar.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "read/gzip.h"
#include "read/html_dom.h"
#include "util/text_util.h"

namespace chorus {
namespace {

using Json = nlohmann::json;

// Python's str.isalnum() (categories L*, Nd, Nl, No) or '_': what `\w` matches.
bool IsWordChar(char32_t c) {
  if (c < 0x80)
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return true;
    default:
      return false;
  }
}

std::unordered_map<std::string, int> Counts(std::vector<std::string> items) {
  std::unordered_map<std::string, int> m;
  m.reserve(items.size());
  for (auto& s : items) ++m[std::move(s)];
  return m;
}

std::vector<std::string> Shingles(std::string_view text, int n) {
  const std::vector<std::string> tokens = WordTokens(text, false);
  std::vector<std::string> out;
  const size_t count = tokens.size() >= static_cast<size_t>(n) ? tokens.size() - n + 1 : 1;
  for (size_t i = 0; i < count; ++i) {
    std::string s;
    for (size_t k = i; k < std::min(tokens.size(), i + n); ++k) {
      if (!s.empty()) s.push_back(' ');
      s += tokens[k];
    }
    if (!s.empty()) out.push_back(std::move(s));
  }
  return out;
}

Result<Json> LoadJson(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(ErrorCode::kIo, path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  Json j = Json::parse(ss.str(), nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return MakeError(ErrorCode::kFormat, path + ": not a JSON object");
  return j;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

ToolScore AebScore(std::string tool, const std::vector<GoldPage>& pages,
                   const std::vector<std::string>& outputs) {
  ToolScore s;
  s.tool = std::move(tool);
  s.pages = static_cast<int>(pages.size());
  double p = 0, r = 0;
  for (size_t i = 0; i < pages.size(); ++i) {
    const ShingleMatch m = AebShingleMatch(outputs[i], pages[i].gold);
    p += m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : 0;
    r += m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : 0;
  }
  if (!pages.empty()) {
    s.precision = p / pages.size();
    s.recall = r / pages.size();
  }
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

ToolScore WcxbScore(std::string tool, const std::vector<GoldPage>& pages,
                    const std::vector<std::string>& outputs) {
  ToolScore s;
  s.tool = std::move(tool);
  s.pages = static_cast<int>(pages.size());
  double f = 0;
  for (size_t i = 0; i < pages.size(); ++i) f += BagOfWordsF1(outputs[i], pages[i].gold);
  s.f1 = pages.empty() ? 0 : f / pages.size();
  return s;
}

// Runs `extract` over pages on `threads` threads; outputs follow page order.
std::vector<std::string> RunExtraction(const std::vector<GoldPage>& pages, const ExtractFn& extract,
                                       int threads, int* failures) {
  std::vector<std::string> out(pages.size());
  std::vector<char> failed(pages.size(), 0);
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < pages.size(); i = next++) {
      std::string bytes = ReadFile(pages[i].html_path);
      if (LooksGzipped(bytes)) {
        auto raw = Gunzip(bytes, pages[i].html_path);
        bytes = raw ? std::move(*raw) : std::string();
      }
      auto text = extract(bytes, pages[i].html_path);
      if (text) {
        out[i] = std::move(*text);
      } else {
        failed[i] = 1;
      }
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < std::max(1, threads); ++t) pool.emplace_back(worker);
  for (auto& t : pool) t.join();
  *failures = static_cast<int>(std::count(failed.begin(), failed.end(), 1));
  return out;
}

// aeb/peers/<tool>.json: {id: {"articleBody"}} or {"output": {id: {"articleBody"}}}.
void AddPeers(const std::string& dir, const std::vector<GoldPage>& pages, BenchmarkReport* rep) {
  for (const char* tool : {"AutoExtract", "trafilatura", "news_please", "newspaper",
                           "readability_js", "readability", "goose3", "justext"}) {
    auto j = LoadJson(dir + "/peers/" + tool + ".json");
    if (!j) continue;
    const Json& m = j->contains("output") ? (*j)["output"] : *j;
    std::vector<std::string> outputs;
    for (const GoldPage& p : pages) {
      const auto it = m.find(p.id);
      std::string body;
      if (it != m.end() && it->is_object() && it->contains("articleBody") &&
          (*it)["articleBody"].is_string()) {
        body = (*it)["articleBody"].get<std::string>();
      }
      outputs.push_back(std::move(body));
    }
    rep->tools.push_back(AebScore(tool, pages, outputs));
  }
}

}  // namespace

std::vector<std::string> WordTokens(std::string_view text, bool lower_case) {
  std::vector<std::string> tokens;
  std::string cur;
  size_t i = 0;
  while (i < text.size()) {
    const char32_t c = NextCodePoint(text, &i);
    if (IsWordChar(c)) {
      html::AppendUtf8(lower_case ? static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))) : c,
                       &cur);
      continue;
    }
    if (!cur.empty()) tokens.push_back(std::move(cur));
    cur.clear();
  }
  if (!cur.empty()) tokens.push_back(std::move(cur));
  return tokens;
}

ShingleMatch AebShingleMatch(std::string_view output, std::string_view gold, int n) {
  const auto pred = Counts(Shingles(output, n));
  const auto truth = Counts(Shingles(gold, n));
  ShingleMatch m;
  for (const auto& [k, pc] : pred) {
    const auto it = truth.find(k);
    const int tc = it == truth.end() ? 0 : it->second;
    m.tp += std::min(pc, tc);
    m.fp += std::max(0, pc - tc);
  }
  for (const auto& [k, tc] : truth) {
    const auto it = pred.find(k);
    const int pc = it == pred.end() ? 0 : it->second;
    m.fn += std::max(0, tc - pc);
  }
  const double s = m.tp + m.fp + m.fn;
  if (s > 0) {
    m.tp /= s;
    m.fp /= s;
    m.fn /= s;
  }
  return m;
}

double BagOfWordsF1(std::string_view output, std::string_view gold) {
  const auto pred = Counts(WordTokens(output, true));
  const auto truth = Counts(WordTokens(gold, true));
  double overlap = 0, np = 0, nt = 0;
  for (const auto& [k, c] : pred) {
    np += c;
    const auto it = truth.find(k);
    if (it != truth.end()) overlap += std::min(c, it->second);
  }
  for (const auto& [k, c] : truth) nt += c;
  if (np == 0 && nt == 0) return 1.0;
  if (overlap == 0) return 0.0;
  const double p = overlap / np, r = overlap / nt;
  return 2 * p * r / (p + r);
}

Result<std::vector<GoldPage>> LoadGold(const std::string& dir, const std::string& field) {
  auto j = LoadJson(dir + "/ground-truth.json");
  if (!j) return tl::unexpected(j.error());
  std::vector<GoldPage> pages;
  for (const auto& [id, v] : j->items()) {
    if (!v.is_object() || !v.contains(field) || !v[field].is_string()) continue;
    pages.push_back(GoldPage{id, dir + "/html/" + id + ".html.gz", v[field].get<std::string>()});
  }
  std::sort(pages.begin(), pages.end(),
            [](const GoldPage& a, const GoldPage& b) { return a.id < b.id; });
  return pages;
}

Result<std::vector<BenchmarkReport>> EvaluateExtraction(const std::string& data_dir,
                                                        const ExtractFn& extract,
                                                        const ExtractEvalOptions& options) {
  std::vector<BenchmarkReport> reports;
  struct Bench {
    const char* name;
    const char* field;
  };
  for (const Bench& b : {Bench{"aeb", "articleBody"}, Bench{"wcxb-articles", "main_content"}}) {
    const std::string dir = data_dir + "/" + b.name;
    auto pages = LoadGold(dir, b.field);
    if (!pages) return tl::unexpected(pages.error());
    if (options.max_pages > 0 && pages->size() > options.max_pages)
      pages->resize(options.max_pages);
    BenchmarkReport rep;
    rep.name = b.name;
    const auto outputs = RunExtraction(*pages, extract, options.threads, &rep.failures);
    if (rep.name == "aeb") {
      rep.tools.push_back(AebScore("chorus", *pages, outputs));
      AddPeers(dir, *pages, &rep);
    } else {
      rep.tools.push_back(WcxbScore("chorus", *pages, outputs));
      for (auto [tool, f1] : {std::pair{"rs-trafilatura", 0.932}, std::pair{"trafilatura", 0.926},
                              std::pair{"Readability", 0.825}}) {
        rep.tools.push_back(ToolScore{tool, 0, 0, 0, f1, true});
      }
    }
    reports.push_back(std::move(rep));
  }
  return reports;
}

std::string ExtractReportMarkdown(const std::vector<BenchmarkReport>& reports) {
  std::string out;
  char buf[256];
  for (const BenchmarkReport& r : reports) {
    out += "## " + r.name +
           "\n\n| tool | pages | precision | recall | F1 |\n|---|---:|---:|---:|---:|\n";
    for (const ToolScore& t : r.tools) {
      if (t.published) {
        std::snprintf(buf, sizeof buf, "| %s (published) | | | | %.3f |\n", t.tool.c_str(), t.f1);
      } else if (r.name == "aeb") {
        std::snprintf(buf, sizeof buf, "| %s | %d | %.3f | %.3f | %.3f |\n", t.tool.c_str(),
                      t.pages, t.precision, t.recall, t.f1);
      } else {
        std::snprintf(buf, sizeof buf, "| %s | %d | | | %.3f |\n", t.tool.c_str(), t.pages, t.f1);
      }
      out += buf;
    }
    if (r.failures > 0)
      out += "\nchorus could not read " + std::to_string(r.failures) + " pages.\n";
    out += "\n";
  }
  return out;
}

std::string ExtractReportJson(const std::vector<BenchmarkReport>& reports) {
  Json j = Json::object();
  for (const BenchmarkReport& r : reports) {
    Json tools = Json::array();
    for (const ToolScore& t : r.tools) {
      tools.push_back({{"tool", t.tool},
                       {"pages", t.pages},
                       {"precision", t.precision},
                       {"recall", t.recall},
                       {"f1", t.f1},
                       {"published", t.published}});
    }
    j[r.name] = {{"tools", tools}, {"failures", r.failures}};
  }
  return j.dump(2) + "\n";
}

}  // namespace chorus
