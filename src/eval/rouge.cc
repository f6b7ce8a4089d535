// ROUGE-1.5.5 (Lin 2004, "ROUGE: A Package for Automatic Evaluation of Summaries") re-implemented
// from the behaviour of the Perl script: readText / readText_LCS (SPL input, -l word limit),
// createNGram, createSkipBigram, ngramScore and the union-LCS of computeLCSScore with its
// unigram clipping, and the 5-decimal rounding of every per-cluster figure. Stemming uses the
// original Porter algorithm ("porter" in libstemmer). Like ROUGE-1.5.5's MorphStem, words found
// in the WordNet exception lists ("were" -> "be", "told" -> "tell") are replaced by their base
// form instead of being stemmed; we read WordNet 3.0's lists where ROUGE has 2.0's.
#include "eval/rouge.h"

#include <libstemmer.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <unordered_map>

namespace chorus {
namespace {

constexpr uint32_t kUnseen = 0xFFFFFFFFu;   // peer token that no reference has
constexpr uint32_t kUnigram = 0xFFFFFFFEu;  // second half of a skip-gram key for a unigram

bool IsPerlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Perl's split(/\s+/, s): a leading empty field when s starts with white space, no trailing
// empty fields.
std::vector<std::string_view> PerlSplit(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i <= s.size()) {
    size_t j = i;
    while (j < s.size() && !IsPerlSpace(s[j])) ++j;
    out.push_back(s.substr(i, j - i));
    if (j >= s.size()) break;
    while (j < s.size() && IsPerlSpace(s[j])) ++j;
    i = j;
    if (i == s.size()) break;
  }
  while (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

double Round5(double x) { return std::floor(x * 1e5 + 0.5) / 1e5; }

RougeScore MakeScore(double hits, double model_count, double peer_count) {
  RougeScore s;
  s.recall = model_count > 0 ? Round5(hits / model_count) : 0.0;
  s.precision = peer_count > 0 ? Round5(hits / peer_count) : 0.0;
  const double den = 0.5 * s.precision + 0.5 * s.recall;
  s.f = den > 0 ? Round5(s.precision * s.recall / den) : 0.0;
  return s;
}

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

using Ids = std::vector<uint32_t>;
using Counts = std::unordered_map<uint64_t, int>;

Counts NGrams(const Ids& t, int n) {
  Counts c;
  for (size_t i = 0; i + n <= t.size(); ++i) {
    const uint64_t key = n == 1 ? t[i] : (static_cast<uint64_t>(t[i]) << 32) | t[i + 1];
    ++c[key];
  }
  return c;
}

Counts SkipGrams(const Ids& t, int skip) {
  Counts c;
  for (size_t i = 0; i + 1 < t.size(); ++i) {  // as the script: no unigram for the last token
    ++c[(static_cast<uint64_t>(t[i]) << 32) | kUnigram];
    for (size_t j = i + 1; j < t.size() && (skip < 0 || j <= i + skip + 1); ++j) {
      ++c[(static_cast<uint64_t>(t[i]) << 32) | t[j]];
    }
  }
  return c;
}

int Total(const Counts& c) {
  int n = 0;
  for (const auto& [k, v] : c) n += v;
  return n;
}

int ClippedHits(const Counts& model, const Counts& peer) {
  int hits = 0;
  for (const auto& [k, v] : model) {
    auto it = peer.find(k);
    if (it != peer.end()) hits += std::min(v, it->second);
  }
  return hits;
}

// lcs_inner + markLCS: marks the model positions of one LCS of model and peer, with the
// script's tie-breaking (diagonal on a match, else up when c[i-1][j] >= c[i][j-1]).
void MarkLcs(const Ids& model, const Ids& peer, std::vector<char>* hit_mask) {
  const size_t m = model.size(), n = peer.size();
  if (m == 0) return;
  std::vector<int> c((m + 1) * (n + 1), 0);
  std::vector<char> b((m + 1) * (n + 1), 0);
  auto at = [n](size_t i, size_t j) { return i * (n + 1) + j; };
  for (size_t i = 1; i <= m; ++i) {
    for (size_t j = 1; j <= n; ++j) {
      if (model[i - 1] == peer[j - 1]) {
        c[at(i, j)] = c[at(i - 1, j - 1)] + 1;
        b[at(i, j)] = 'd';
      } else if (c[at(i - 1, j)] >= c[at(i, j - 1)]) {
        c[at(i, j)] = c[at(i - 1, j)];
        b[at(i, j)] = 'u';
      } else {
        c[at(i, j)] = c[at(i, j - 1)];
        b[at(i, j)] = 'l';
      }
    }
  }
  size_t i = m, j = n;
  while (i != 0 && j != 0) {
    const char d = b[at(i, j)];
    if (d == 'd') {
      --i;
      --j;
      (*hit_mask)[i] = 1;
    } else if (d == 'u') {
      --i;
    } else {
      --j;
    }
  }
}

// Union-LCS hits of one model against the peer, clipped by unigram counts (the "lcs" sub).
int LcsHits(const std::vector<Ids>& model, const std::vector<Ids>& peer, Counts model_1,
            Counts peer_1, int* base) {
  int hits = 0;
  for (const Ids& unit : model) {
    std::vector<char> mask(unit.size(), 0);
    *base += static_cast<int>(unit.size());
    for (const Ids& p : peer) MarkLcs(unit, p, &mask);
    for (size_t k = 0; k < unit.size(); ++k) {
      if (!mask[k]) continue;
      auto mi = model_1.find(unit[k]);
      auto pi = peer_1.find(unit[k]);
      if (mi == model_1.end() || pi == peer_1.end() || mi->second <= 0 || pi->second <= 0) {
        continue;
      }
      ++hits;
      --mi->second;
      --pi->second;
    }
  }
  return hits;
}

Ids Flatten(const std::vector<Ids>& units) {
  Ids out;
  for (const Ids& u : units) out.insert(out.end(), u.begin(), u.end());
  return out;
}

using ExceptionMap = std::unordered_map<std::string, std::string>;

// word -> base form from {adj,adv,noun,verb}.exc; later lists win for words in several
// (verbs last: news text inflects verbs far more than adjectives).
ExceptionMap LoadExceptions() {
  ExceptionMap map;
  const char* env = std::getenv("CHORUS_WORDNET_DIR");
  const std::string dir = env != nullptr && *env != '\0' ? env : "/usr/share/wordnet";
  for (const char* pos : {"adj", "adv", "noun", "verb"}) {
    std::ifstream in(dir + "/" + pos + ".exc");
    std::string line;
    while (std::getline(in, line)) {
      std::istringstream ls(line);
      std::string word, base;
      if (ls >> word >> base) map[word] = base;
    }
  }
  return map;
}

const ExceptionMap& Exceptions() {
  static const ExceptionMap* map = new ExceptionMap(LoadExceptions());
  return *map;
}

}  // namespace

size_t WordNetExceptionCount() { return Exceptions().size(); }

std::string PorterStem(std::string_view word) {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
      sb_stemmer_new("porter", "UTF_8"));
  thread_local std::unordered_map<std::string, std::string> cache;
  std::string key(word);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  const sb_symbol* s =
      sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(word.data()),
                      static_cast<int>(word.size()));
  std::string out = s == nullptr
                        ? key
                        : std::string(reinterpret_cast<const char*>(s),
                                      static_cast<size_t>(sb_stemmer_length(stemmer.get())));
  if (cache.size() > 200000) cache.clear();
  cache.emplace(std::move(key), out);
  return out;
}

std::vector<std::string> RougeTokens(std::string_view line, bool stem, bool wordnet_exceptions) {
  const ExceptionMap* exc = stem && wordnet_exceptions ? &Exceptions() : nullptr;
  // s/-/ - /g; s/[^A-Za-z0-9\-]/ /g; split; keep /^[a-z0-9\$]/: maximal alphanumeric runs.
  std::vector<std::string> out;
  size_t i = 0;
  while (i < line.size()) {
    if (!IsAlnum(line[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && IsAlnum(line[j])) ++j;
    std::string tok(line.substr(i, j - i));
    if (tok[0] >= 'A' && tok[0] <= 'Z') {  // only reachable without lowercasing
      i = j;
      continue;
    }
    if (stem && tok.size() > 3) {
      auto it = exc != nullptr ? exc->find(tok) : ExceptionMap::const_iterator();
      out.push_back(exc != nullptr && it != exc->end() ? it->second : PorterStem(tok));
    } else {
      out.push_back(std::move(tok));
    }
    i = j;
  }
  return out;
}

std::vector<std::string> RougeUnits(std::string_view summary, int word_limit) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < summary.size()) {
    size_t end = summary.find('\n', start);
    if (end == std::string_view::npos) end = summary.size();
    if (end > start) lines.push_back(LowerAscii(summary.substr(start, end - start)));
    start = end + 1;
  }
  if (word_limit <= 0) return lines;
  std::vector<std::string> out;
  int used = 0;
  for (const std::string& s : lines) {
    const std::vector<std::string_view> words = PerlSplit(s);
    const int n = static_cast<int>(words.size());
    if (used + n < word_limit) {
      out.push_back(s);
      used += n;
      continue;
    }
    std::string cut;
    for (int k = 0; k < word_limit - used; ++k) {
      if (k > 0) cut += ' ';
      cut += words[k];
    }
    out.push_back(std::move(cut));
    break;
  }
  return out;
}

struct RougeScorer::Ref {
  std::vector<Ids> units;  // token ids per sentence (ROUGE-L)
  Counts c1, c2, csu;
};

RougeScorer::RougeScorer(const std::vector<std::string>& references, const RougeOptions& options)
    : options_(options) {
  for (const std::string& r : references) {
    auto ref = std::make_shared<Ref>();
    for (const std::string& u : RougeUnits(r, options.word_limit)) {
      Ids ids;
      for (const std::string& t : RougeTokens(u, options.stem, options.wordnet_exceptions)) {
        ids.push_back(vocab_.emplace(t, static_cast<uint32_t>(vocab_.size())).first->second);
      }
      ref->units.push_back(std::move(ids));
    }
    const Ids all = Flatten(ref->units);
    ref->c1 = NGrams(all, 1);
    ref->c2 = NGrams(all, 2);
    ref->csu = SkipGrams(all, options.skip_distance);
    refs_.push_back(std::move(ref));
  }
}

RougeScores RougeScorer::Score(std::string_view peer) const {
  std::vector<Ids> peer_units;  // peer words no reference has get kUnseen and never match
  for (const std::string& u : RougeUnits(peer, options_.word_limit)) {
    Ids ids;
    for (const std::string& t : RougeTokens(u, options_.stem, options_.wordnet_exceptions)) {
      auto it = vocab_.find(t);
      ids.push_back(it == vocab_.end() ? kUnseen : it->second);
    }
    peer_units.push_back(std::move(ids));
  }
  const Ids peer_ids = Flatten(peer_units);
  const Counts p1 = NGrams(peer_ids, 1), p2 = NGrams(peer_ids, 2);
  const Counts psu = SkipGrams(peer_ids, options_.skip_distance);
  double h1 = 0, m1 = 0, h2 = 0, m2 = 0, hl = 0, ml = 0, hsu = 0, msu = 0;
  for (const auto& ref : refs_) {
    h1 += ClippedHits(ref->c1, p1);
    m1 += Total(ref->c1);
    h2 += ClippedHits(ref->c2, p2);
    m2 += Total(ref->c2);
    hsu += ClippedHits(ref->csu, psu);
    msu += Total(ref->csu);
    int base = 0;
    hl += LcsHits(ref->units, peer_units, ref->c1, p1, &base);
    ml += base;
  }
  const double refs = static_cast<double>(refs_.size());
  RougeScores s;
  s.rouge1 = MakeScore(h1, m1, Total(p1) * refs);
  s.rouge2 = MakeScore(h2, m2, Total(p2) * refs);
  s.rougeL = MakeScore(hl, ml, Total(p1) * refs);
  s.rougeSU4 = MakeScore(hsu, msu, Total(psu) * refs);
  return s;
}

RougeScores MeanScores(const std::vector<RougeScores>& scores) {
  RougeScores mean;
  if (scores.empty()) return mean;
  auto add = [](RougeScore* a, const RougeScore& b) {
    a->recall += b.recall;
    a->precision += b.precision;
    a->f += b.f;
  };
  for (const RougeScores& s : scores) {
    add(&mean.rouge1, s.rouge1);
    add(&mean.rouge2, s.rouge2);
    add(&mean.rougeL, s.rougeL);
    add(&mean.rougeSU4, s.rougeSU4);
  }
  const double n = static_cast<double>(scores.size());
  for (RougeScore* r : {&mean.rouge1, &mean.rouge2, &mean.rougeL, &mean.rougeSU4}) {
    r->recall /= n;
    r->precision /= n;
    r->f /= n;
  }
  return mean;
}

}  // namespace chorus
