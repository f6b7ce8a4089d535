// Lead and LexRank baselines. LexRank follows Erkan & Radev (2004), "LexRank: Graph-based
// Lexical Centrality as Salience in Text Summarization": sentences are nodes, edges join
// sentences whose idf-modified cosine is at least 0.1, and the stationary distribution of the
// degree-normalised random walk with damping (power iteration) ranks them; a cosine > 0.5 with
// a sentence already chosen counts as redundant (their cross-sentence informational subsumption
// filter, simplified).
#include "eval/baselines.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "util/text_util.h"

namespace chorus {
namespace {

using SparseVec = std::vector<std::pair<int, double>>;  // sorted by term id

// Adds text to out if the budget allows; returns false when the summary is full.
bool Take(std::string_view text, int budget, bool fill, int* used, std::string* out) {
  const int w = CountWords(text);
  if (*used >= budget) return false;
  if (*used + w > budget && !fill) return true;  // does not fit; a shorter one may
  if (!out->empty()) *out += '\n';
  *out += text;
  *used += w;
  return *used < budget;
}

double Dot(const SparseVec& a, const SparseVec& b) {
  double s = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first == b[j].first)
      s += a[i++].second * b[j++].second;
    else if (a[i].first < b[j].first)
      ++i;
    else
      ++j;
  }
  return s;
}

// Unit-length TF-IDF vectors of the sentences (stems of word and number tokens).
std::vector<SparseVec> TfIdf(const StoryText& story, const std::vector<SentenceRef>& refs) {
  std::unordered_map<std::string, int> ids;
  std::vector<std::unordered_map<int, int>> tf(refs.size());
  std::vector<int> df;
  for (size_t i = 0; i < refs.size(); ++i) {
    for (const Token& t : story.At(refs[i]).tokens) {
      if (!t.Is(kTokWord) && !t.Is(kTokNumber)) continue;
      auto [it, added] = ids.emplace(t.stem, static_cast<int>(ids.size()));
      if (added) df.push_back(0);
      if (tf[i][it->second]++ == 0) ++df[it->second];
    }
  }
  std::vector<SparseVec> out(refs.size());
  for (size_t i = 0; i < refs.size(); ++i) {
    double norm = 0;
    for (const auto& [term, n] : tf[i]) {
      const double w = n * std::log(static_cast<double>(refs.size()) / df[term]);
      out[i].emplace_back(term, w);
      norm += w * w;
    }
    std::sort(out[i].begin(), out[i].end());
    if (norm > 0) {
      for (auto& e : out[i]) e.second /= std::sqrt(norm);
    }
  }
  return out;
}

std::vector<double> PowerIteration(const std::vector<std::vector<int>>& adj) {
  const size_t n = adj.size();
  std::vector<double> p(n, 1.0 / n), next(n);
  for (int iter = 0; iter < 200; ++iter) {
    std::fill(next.begin(), next.end(), 0.15 / n);
    for (size_t i = 0; i < n; ++i) {
      for (int j : adj[i]) next[j] += 0.85 * p[i] / adj[i].size();
    }
    double delta = 0;
    for (size_t i = 0; i < n; ++i) delta += std::fabs(next[i] - p[i]);
    p.swap(next);
    if (delta < 1e-7) break;
  }
  return p;
}

}  // namespace

std::string LeadSummary(const StoryText& story, int words, bool fill) {
  std::string out;
  int used = 0;
  for (size_t d = 0; d < story.sentences.size(); ++d) {
    if (story.sentences[d].empty()) continue;
    for (size_t s = 0; s < story.sentences[d].size(); ++s) {
      const int before = used;
      if (!Take(story.Text({static_cast<uint32_t>(d), static_cast<uint32_t>(s)}), words, fill,
                &used, &out) ||
          used == before) {
        break;
      }
    }
    break;  // the first document only
  }
  return out;
}

std::string LexRankSummary(const StoryText& story, int words, bool fill) {
  std::vector<SentenceRef> refs;
  for (size_t d = 0; d < story.sentences.size(); ++d) {
    for (size_t s = 0; s < story.sentences[d].size(); ++s) {
      const SentenceRef r{static_cast<uint32_t>(d), static_cast<uint32_t>(s)};
      if (CountWords(story.Text(r)) >= 5) refs.push_back(r);
    }
  }
  if (refs.empty()) return "";
  const std::vector<SparseVec> vec = TfIdf(story, refs);
  std::vector<std::vector<int>> adj(refs.size());
  for (size_t i = 0; i < refs.size(); ++i) {
    for (size_t j = 0; j < refs.size(); ++j) {
      if (i == j || Dot(vec[i], vec[j]) >= 0.1) adj[i].push_back(static_cast<int>(j));
    }
  }
  const std::vector<double> rank = PowerIteration(adj);
  std::vector<size_t> order(refs.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return rank[a] > rank[b]; });
  std::string out;
  std::vector<size_t> chosen;
  int used = 0;
  for (size_t i : order) {
    bool redundant = false;
    for (size_t c : chosen) redundant = redundant || Dot(vec[i], vec[c]) > 0.5;
    if (redundant) continue;
    const int before = used;
    const bool more = Take(story.Text(refs[i]), words, fill, &used, &out);
    if (used != before) chosen.push_back(i);
    if (!more) break;
  }
  return out;
}

}  // namespace chorus
