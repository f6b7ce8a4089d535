// Sentence similarity for cross-document alignment.
//
// Soft cosine (Sidorov et al. 2014) over TF-IDF stem vectors with a sparse term-similarity
// relation: identical stems 1.0, spelling variants of a name 0.8, stems sharing a 5-letter
// prefix 0.6 ("negoti|ate"/"negoti|ation" after stemming differences, "advis|er"/"advis|or").
// Shared verbatim wording (a quotation repeated by several outlets) is measured by word
// 3-gram containment (Broder 1997) and can raise the score. Candidate pairs come from an
// inverted index on informative keys, as in all-pairs similarity search (Bayardo et al. 2007).
#include "align/similarity.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace chorus::align {
namespace {

constexpr double kNameVariantCredit = 0.8;
constexpr double kPrefixCredit = 0.6;
constexpr size_t kMinShinglesForContainment = 4;
constexpr double kContainmentWeight = 0.9;

size_t SharedSorted(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

double SoftCosine(const StoryFeatures& f, const SentenceFeatures& a, const SentenceFeatures& b) {
  double dot = 0;
  std::vector<uint8_t> used_a(a.terms.size(), 0), used_b(b.terms.size(), 0);
  for (size_t i = 0, j = 0; i < a.terms.size() && j < b.terms.size();) {
    if (a.terms[i].term < b.terms[j].term) {
      ++i;
    } else if (b.terms[j].term < a.terms[i].term) {
      ++j;
    } else {
      dot += static_cast<double>(a.terms[i].weight) * b.terms[j].weight;
      used_a[i++] = used_b[j++] = 1;
    }
  }
  for (size_t i = 0; i < a.terms.size(); ++i) {
    if (used_a[i]) continue;
    const uint32_t ta = a.terms[i].term;
    double best = 0;
    size_t best_j = b.terms.size();
    for (size_t j = 0; j < b.terms.size(); ++j) {
      const uint32_t tb = b.terms[j].term;
      if (used_b[j] || f.soft_class[ta] != f.soft_class[tb]) continue;
      const double credit = f.term_is_name[ta] ? kNameVariantCredit : kPrefixCredit;
      const double v = credit * a.terms[i].weight * b.terms[j].weight;
      if (v > best) best = v, best_j = j;
    }
    if (best_j < b.terms.size()) {
      dot += best;
      used_b[best_j] = 1;
    }
  }
  return std::min(1.0, dot);
}

// Soft classes of a sentence that are informative enough to propose pairs, sorted, unique.
std::vector<std::vector<uint32_t>> SentenceKeys(const StoryFeatures& f) {
  std::vector<std::vector<uint32_t>> keys(f.sentences.size());
  uint32_t classes = 0;
  for (uint32_t c : f.soft_class) classes = std::max(classes, c + 1);
  std::vector<uint32_t> df(classes, 0);
  for (size_t s = 0; s < f.sentences.size(); ++s) {
    for (const TermWeight& t : f.sentences[s].terms) keys[s].push_back(f.soft_class[t.term]);
    std::sort(keys[s].begin(), keys[s].end());
    keys[s].erase(std::unique(keys[s].begin(), keys[s].end()), keys[s].end());
    for (uint32_t k : keys[s]) ++df[k];
  }
  const uint32_t max_df = MaxKeyDf(f);
  for (auto& k : keys) {
    std::erase_if(k, [&](uint32_t c) { return df[c] > max_df || df[c] < 2; });
  }
  return keys;
}

bool ShareKey(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) return true;
    a[i] < b[j] ? ++i : ++j;
  }
  return false;
}

uint32_t DocOf(const StoryFeatures& f, uint32_t s) { return f.sentences[s].ref.doc; }

}  // namespace

double SentenceSimilarity(const StoryFeatures& f, uint32_t ia, uint32_t ib) {
  const SentenceFeatures& a = f.sentences[ia];
  const SentenceFeatures& b = f.sentences[ib];
  double score = SoftCosine(f, a, b);
  const size_t shorter = std::min(a.shingles.size(), b.shingles.size());
  if (shorter >= kMinShinglesForContainment) {
    const double containment = static_cast<double>(SharedSorted(a.shingles, b.shingles)) / shorter;
    score = std::max(score, kContainmentWeight * containment);
  }
  return score;
}

uint32_t MaxKeyDf(const StoryFeatures& f) {
  const double n = static_cast<double>(f.sentences.size());
  return static_cast<uint32_t>(std::max(16.0, 4.0 * std::sqrt(n)));
}

std::vector<ScoredPair> CandidatePairs(const StoryFeatures& f, double min_score) {
  const std::vector<std::vector<uint32_t>> keys = SentenceKeys(f);
  std::unordered_map<uint32_t, std::vector<uint32_t>> postings;
  for (uint32_t s = 0; s < keys.size(); ++s) {
    for (uint32_t k : keys[s]) postings[k].push_back(s);
  }
  std::vector<ScoredPair> out;
  std::vector<uint32_t> seen(f.sentences.size(), UINT32_MAX);
  std::vector<uint32_t> partners;
  for (uint32_t a = 0; a < keys.size(); ++a) {
    partners.clear();
    for (uint32_t k : keys[a]) {
      const std::vector<uint32_t>& list = postings[k];
      auto it = std::upper_bound(list.begin(), list.end(), a);
      for (; it != list.end(); ++it) {
        if (seen[*it] == a || DocOf(f, *it) == DocOf(f, a)) continue;
        seen[*it] = a;
        partners.push_back(*it);
      }
    }
    std::sort(partners.begin(), partners.end());
    for (uint32_t b : partners) {
      const double s = SentenceSimilarity(f, a, b);
      if (s >= min_score) out.push_back({a, b, static_cast<float>(s)});
    }
  }
  return out;
}

std::vector<ScoredPair> CandidatePairsBruteForce(const StoryFeatures& f, double min_score) {
  const std::vector<std::vector<uint32_t>> keys = SentenceKeys(f);
  std::vector<ScoredPair> out;
  for (uint32_t a = 0; a < keys.size(); ++a) {
    for (uint32_t b = a + 1; b < keys.size(); ++b) {
      if (DocOf(f, a) == DocOf(f, b) || !ShareKey(keys[a], keys[b])) continue;
      const double s = SentenceSimilarity(f, a, b);
      if (s >= min_score) out.push_back({a, b, static_cast<float>(s)});
    }
  }
  return out;
}

}  // namespace chorus::align
