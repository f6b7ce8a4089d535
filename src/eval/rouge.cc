// ROUGE-1.5.5 (Lin 2004, "ROUGE: A Package for Automatic Evaluation of Summaries") re-implemented
// from the behaviour of the Perl script: readText / readText_LCS (SPL input, -l word limit),
// createNGram, createSkipBigram, ngramScore and the union-LCS of computeLCSScore with its
// unigram clipping, the 5-decimal rounding of every per-cluster figure, and computeAverages'
// bootstrap average. Words are normalised as the script's MorphStem does (rouge_stem.h).
#include "eval/rouge.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
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

// sprintf("%7.5f") read back as a number, as the script stores every score.
double Round5(double x) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.5f", x);
  return std::strtod(buf, nullptr);
}

RougeScore MakeScore(double hits, double model_count, double peer_count) {
  RougeScore s;
  s.recall = model_count > 0 ? Round5(hits / model_count) : 0.0;
  s.precision = peer_count > 0 ? Round5(hits / peer_count) : 0.0;
  const double den = 0.5 * s.precision + 0.5 * s.recall;
  s.f = den > 0 ? Round5(s.precision * s.recall / den) : 0.0;
  return s;
}

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

// MorphStem of a token longer than 3 characters, cached (the script's rules are slow-ish and the
// vocabulary of an evaluation is small).
const std::string& Normalise(const std::string& token, bool wordnet_exceptions) {
  thread_local std::array<std::unordered_map<std::string, std::string>, 2> cache;
  auto& c = cache[wordnet_exceptions ? 1 : 0];
  auto it = c.find(token);
  if (it != c.end()) return it->second;
  if (c.size() > 200000) c.clear();
  return c.emplace(token, RougeMorphStem(token, wordnet_exceptions)).first->second;
}

// Perl's rand() (drand48, also what Perl >= 5.20 implements itself) after srand(seed).
class PerlRand {
 public:
  explicit PerlRand(uint32_t seed) : x_((static_cast<uint64_t>(seed) << 16) + 0x330E) {}
  // int(rand(n))
  size_t Below(size_t n) {
    x_ = (x_ * 0x5DEECE66DULL + 0xB) & ((1ULL << 48) - 1);
    return static_cast<size_t>(static_cast<double>(n) * std::ldexp(static_cast<double>(x_), -48));
  }

 private:
  uint64_t x_;
};

}  // namespace

std::vector<std::string> RougeTokens(std::string_view line, bool stem, bool wordnet_exceptions) {
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
      out.push_back(Normalise(tok, wordnet_exceptions));
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

RougeScores Rouge155Average(const std::vector<RougeScores>& scores, int resamples) {
  if (resamples <= 0 || scores.empty()) return MeanScores(scores);
  const size_t n = scores.size();
  std::vector<size_t> order(n);  // evaluation IDs "1".."n" in the script's string order
  for (size_t k = 0; k < n; ++k) order[k] = k;
  std::sort(order.begin(), order.end(),
            [](size_t a, size_t b) { return std::to_string(a + 1) < std::to_string(b + 1); });
  auto series = [](const RougeScores& s) {
    return std::array<double, 12>{s.rouge1.recall,   s.rouge1.precision,   s.rouge1.f,
                                  s.rouge2.recall,   s.rouge2.precision,   s.rouge2.f,
                                  s.rougeL.recall,   s.rougeL.precision,   s.rougeL.f,
                                  s.rougeSU4.recall, s.rougeSU4.precision, s.rougeSU4.f};
  };
  std::vector<std::array<double, 12>> values(n);
  for (size_t k = 0; k < n; ++k) values[k] = series(scores[order[k]]);
  std::array<std::vector<double>, 12> samples;
  for (int i = 0; i < resamples; ++i) {
    PerlRand rand(static_cast<uint32_t>(i));
    std::array<double, 12> sum{};
    for (size_t k = 0; k < n; ++k) {
      const std::array<double, 12>& v = values[rand.Below(n)];
      for (size_t m = 0; m < 12; ++m) sum[m] += v[m];
    }
    for (size_t m = 0; m < 12; ++m) samples[m].push_back(sum[m] / static_cast<double>(n));
  }
  std::array<double, 12> mean{};
  for (size_t m = 0; m < 12; ++m) {
    std::sort(samples[m].begin(), samples[m].end());  // the script sums them in sorted order
    double total = 0;
    for (double x : samples[m]) total += x;
    mean[m] = Round5(total / resamples);
  }
  RougeScores out;
  RougeScore* dst[] = {&out.rouge1, &out.rouge2, &out.rougeL, &out.rougeSU4};
  for (size_t g = 0; g < 4; ++g)
    *dst[g] = RougeScore{mean[3 * g], mean[3 * g + 1], mean[3 * g + 2]};
  return out;
}

}  // namespace chorus
