// Align: facts across outlets by constrained agglomerative clustering of sentences.
//
// Pairs of sentences from different documents are scored by similarity.h (soft TF-IDF cosine,
// name variants, shared wording) over candidates from an inverted index. Clusters grow by
// average-link agglomeration (Manning et al. 2008, ch. 17) in order of the strongest pairs,
// under a cannot-link constraint (Wagstaff et al. 2001): a fact holds at most one sentence per
// document. Two clusters merge only when they also share what is said, not just who is
// named: the average of their pairs' predicate part (the soft cosine of the non-name terms,
// similarity.h) must reach a threshold, so "Korin was questioned" and "Korin hired a lawyer"
// stay two facts. Each fact counts its independent origins (origins.h) and takes as its text the
// clearest member: complete, not garbled, from a less garbled report, of moderate length.
// A fact's weight follows the pyramid idea (Nenkova & Passonneau 2004): how many independent
// outlets state it, each weighted by how clean its report is.
#include "align/aligner.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>
#include <numeric>
#include <unordered_map>

#include "align/features.h"
#include "align/garbling.h"
#include "align/origins.h"
#include "align/similarity.h"
#include "util/text_util.h"

namespace chorus {
namespace {

using align::ScoredPair;
using align::StoryFeatures;

constexpr double kLinkThreshold = 0.30;     // best pair needed to merge two clusters
constexpr double kAverageThreshold = 0.22;  // average link needed to merge two clusters
constexpr double kStoredPairs = 0.12;       // pairs kept for average links (others count 0)
constexpr double kPredicateAverage = 0.30;  // average predicate link needed to merge

uint64_t PairKey(uint32_t a, uint32_t b) {
  if (a > b) std::swap(a, b);
  return (static_cast<uint64_t>(a) << 32) | b;
}

struct Cluster {
  std::vector<uint32_t> members;  // flat sentence indices
  std::vector<uint32_t> docs;     // sorted
  bool alive = true;
};

bool Disjoint(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) return false;
    a[i] < b[j] ? ++i : ++j;
  }
  return true;
}

class Clusterer {
 public:
  Clusterer(const StoryFeatures& f, const std::vector<ScoredPair>& pairs)
      : f_(f), owner_(f.sentences.size()) {
    for (const ScoredPair& p : pairs) sim_[PairKey(p.a, p.b)] = {p.score, p.predicate};
    clusters_.resize(f.sentences.size());
    for (uint32_t s = 0; s < f.sentences.size(); ++s) {
      clusters_[s].members = {s};
      clusters_[s].docs = {f.sentences[s].ref.doc};
      owner_[s] = s;
    }
  }

  std::vector<std::vector<uint32_t>> Run(std::vector<ScoredPair> pairs) {
    std::sort(pairs.begin(), pairs.end(), [](const ScoredPair& x, const ScoredPair& y) {
      if (x.score != y.score) return x.score > y.score;
      return std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
    for (const ScoredPair& p : pairs) {
      if (p.score < kLinkThreshold) break;
      TryMerge(owner_[p.a], owner_[p.b]);
    }
    std::vector<std::vector<uint32_t>> out;
    for (Cluster& c : clusters_) {
      if (!c.alive) continue;
      std::sort(c.members.begin(), c.members.end());
      out.push_back(std::move(c.members));
    }
    return out;
  }

 private:
  struct Link {
    float score = 0;
    float predicate = 0;
  };

  // Mean score and mean predicate part over all cross pairs (unstored pairs count 0).
  Link AverageLink(const Cluster& x, const Cluster& y) const {
    double sum = 0, predicate = 0;
    for (uint32_t a : x.members) {
      for (uint32_t b : y.members) {
        const auto it = sim_.find(PairKey(a, b));
        if (it == sim_.end()) continue;
        sum += it->second.score;
        predicate += it->second.predicate;
      }
    }
    const double n = static_cast<double>(x.members.size() * y.members.size());
    return {static_cast<float>(sum / n), static_cast<float>(predicate / n)};
  }

  void TryMerge(uint32_t x, uint32_t y) {
    if (x == y) return;
    Cluster& cx = clusters_[x];
    Cluster& cy = clusters_[y];
    if (!Disjoint(cx.docs, cy.docs)) return;
    const Link link = AverageLink(cx, cy);
    if (link.score < kAverageThreshold || link.predicate < kPredicateAverage) return;
    if (cx.members.size() < cy.members.size()) return TryMerge(y, x);
    for (uint32_t s : cy.members) owner_[s] = x;
    cx.members.insert(cx.members.end(), cy.members.begin(), cy.members.end());
    std::vector<uint32_t> docs;
    std::merge(cx.docs.begin(), cx.docs.end(), cy.docs.begin(), cy.docs.end(),
               std::back_inserter(docs));
    cx.docs = std::move(docs);
    cy = Cluster{{}, {}, false};
  }

  const StoryFeatures& f_;
  std::vector<uint32_t> owner_;
  std::vector<Cluster> clusters_;
  std::unordered_map<uint64_t, Link> sim_;
};

// How well a member reads on its own as the fact's text; higher is clearer.
double Clarity(const StoryText& story, const align::SentenceFeatures& f, double garbling,
               double doc_rate) {
  const Sentence& s = story.At(f.ref);
  const std::string_view text = story.Text(f.ref);
  bool verb = false;
  for (const Token& t : s.tokens) verb = verb || align::LooksLikeVerb(t);
  double score = 1.0 - garbling;
  score *= 1.0 - 0.5 * doc_rate;
  if (!EndsLikeSentence(text)) score *= 0.6;
  if (!verb) score *= 0.6;
  if (!f.in_quote.empty() && f.in_quote.front() && !text.empty() &&
      std::isalnum(static_cast<unsigned char>(text.front()))) {
    score *= 0.7;  // continues a quotation opened in an earlier sentence
  }
  // Moderate length reads best: penalise below 10 and above 45 words.
  if (f.words < 10) score *= 0.6 + 0.04 * f.words;
  if (f.words > 45) score *= std::max(0.4, 1.0 - 0.01 * (f.words - 45));
  return score;
}

// Mean similarity of each member to the other members, scaled so the most central is 1.
// Large groups are compared against their first kMaxCentralityPeers members only.
std::vector<double> Centrality(const StoryFeatures& f, const std::vector<uint32_t>& members) {
  constexpr size_t kMaxCentralityPeers = 24;
  std::vector<double> c(members.size(), 1.0);
  if (members.size() < 3) return c;
  const size_t peers = std::min(members.size(), kMaxCentralityPeers);
  double top = 0.0;
  for (size_t i = 0; i < members.size(); ++i) {
    double sum = 0.0;
    size_t n = 0;
    for (size_t j = 0; j < peers; ++j) {
      if (j == i) continue;
      sum += align::SentenceSimilarity(f, members[i], members[j]);
      ++n;
    }
    c[i] = n > 0 ? sum / static_cast<double>(n) : 0.0;
    top = std::max(top, c[i]);
  }
  for (double& v : c) v = top > 0 ? v / top : 1.0;
  return c;
}

FactGroup MakeFact(const StoryText& story, const StoryFeatures& f,
                   const align::Syndication& syndication, const SentenceScores& garbling,
                   const std::vector<double>& doc_rate, const std::vector<uint32_t>& members) {
  FactGroup g;
  const std::vector<uint32_t> origin = align::OriginOf(f, syndication, members);
  const std::vector<double> centrality = Centrality(f, members);
  std::vector<double> origin_weight;
  double best = -1;
  for (size_t i = 0; i < members.size(); ++i) {
    const align::SentenceFeatures& s = f.sentences[members[i]];
    g.members.push_back(s.ref);
    const double gs = s.ref.doc < garbling.size() && s.ref.sentence < garbling[s.ref.doc].size()
                          ? garbling[s.ref.doc][s.ref.sentence]
                          : 0.0;
    // The fact's text is a clear member that says what the others say (a medoid), not an
    // outlier the grouping pulled in.
    const double clarity = Clarity(story, s, gs, doc_rate[s.ref.doc]) * (0.4 + 0.6 * centrality[i]);
    if (clarity > best) best = clarity, g.representative = s.ref;
    if (origin[i] >= origin_weight.size()) origin_weight.resize(origin[i] + 1, 0.0);
    origin_weight[origin[i]] = std::max(origin_weight[origin[i]], 1.0 - 0.5 * doc_rate[s.ref.doc]);
  }
  g.origins = static_cast<int>(origin_weight.size());
  g.support = std::accumulate(origin_weight.begin(), origin_weight.end(), 0.0);
  return g;
}

std::vector<double> DocRates(const StoryText& story, const SentenceScores& garbling) {
  std::vector<double> rate(story.sentences.size(), 0.0);
  for (size_t d = 0; d < rate.size() && d < garbling.size(); ++d) {
    if (garbling[d].empty()) continue;
    rate[d] = std::accumulate(garbling[d].begin(), garbling[d].end(), 0.0) / garbling[d].size();
  }
  return rate;
}

}  // namespace

namespace align {

std::vector<std::vector<uint32_t>> ClusterSentences(const StoryFeatures& f) {
  const std::vector<ScoredPair> pairs = CandidatePairs(f, kStoredPairs);
  std::vector<std::vector<uint32_t>> clusters = Clusterer(f, pairs).Run(pairs);
  std::erase_if(clusters, [&](const std::vector<uint32_t>& c) {
    return c.size() == 1 && f.sentences[c.front()].words == 0;
  });
  return clusters;
}

}  // namespace align

SentenceScores ScoreGarbling(const StoryText& story) {
  const align::GarblingReport report = align::AnalyseGarbling(story, *align::SharedFeatures(story));
  SentenceScores out(report.sentences.size());
  for (size_t d = 0; d < out.size(); ++d) {
    for (const align::SentenceGarbling& g : report.sentences[d]) out[d].push_back(g.score);
  }
  return out;
}

std::vector<FactGroup> AlignFacts(const StoryText& story, const SentenceScores& garbling) {
  const std::shared_ptr<const StoryFeatures> features = align::SharedFeatures(story);
  const StoryFeatures& f = *features;
  const align::Syndication syndication(f);
  const std::vector<double> doc_rate = DocRates(story, garbling);
  std::vector<FactGroup> out;
  for (const std::vector<uint32_t>& members : align::ClusterSentences(f)) {
    out.push_back(MakeFact(story, f, syndication, garbling, doc_rate, members));
  }
  std::sort(out.begin(), out.end(), [](const FactGroup& a, const FactGroup& b) {
    return a.members.front() < b.members.front();
  });
  return out;
}

}  // namespace chorus
