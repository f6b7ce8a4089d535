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
#include <tuple>
#include <unordered_map>
#include <utility>

namespace chorus::align {
namespace {

constexpr double kNameVariantCredit = 0.8;
constexpr double kPrefixCredit = 0.6;
constexpr size_t kMinShinglesForContainment = 4;
constexpr double kContainmentWeight = 0.9;
constexpr double kMinCosineForContainment = 0.1;  // shared wording implies shared words
constexpr double kFewTermsOffset = 2;             // cosine x min(1, (terms + 2) / 7)
constexpr double kFewTermsScale = 7;
constexpr double kSingleClassDamping = 0.6;
constexpr double kSpecificNames = 0.35;  // name part of the dot that stands for a predicate
constexpr size_t kKeyTerms = 8;          // heaviest terms of a sentence used as index keys
constexpr double kMinKeyDot = 0.1;       // shared key weight a pair needs to be scored
constexpr double kFigureWeight = 0.6;    // agreeing figures close this share of the gap to 1

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

// Dot product of the terms of one soft class in a and b: identical terms count fully, the
// remaining ones pair greedily with a partial credit.
double ClassDot(const StoryFeatures& f, const TermWeight* a, size_t na, const TermWeight* b,
                size_t nb) {
  if (na == 1 && nb == 1) {
    if (a->term == b->term) return static_cast<double>(a->weight) * b->weight;
    const double credit = f.term_is_name[a->term] ? kNameVariantCredit : kPrefixCredit;
    return credit * a->weight * b->weight;
  }
  double dot = 0;
  // Classes hold a handful of terms: flags on the stack, no allocation per compared pair.
  constexpr size_t kStack = 64;
  uint8_t stack_a[kStack] = {}, stack_b[kStack] = {};
  std::vector<uint8_t> heap_a, heap_b;
  uint8_t* used_a = stack_a;
  uint8_t* used_b = stack_b;
  if (na > kStack) heap_a.assign(na, 0), used_a = heap_a.data();
  if (nb > kStack) heap_b.assign(nb, 0), used_b = heap_b.data();
  for (size_t i = 0; i < na; ++i) {
    for (size_t j = 0; j < nb; ++j) {
      if (!used_b[j] && a[i].term == b[j].term) {
        dot += static_cast<double>(a[i].weight) * b[j].weight;
        used_a[i] = used_b[j] = 1;
        break;
      }
    }
  }
  for (size_t i = 0; i < na; ++i) {
    if (used_a[i]) continue;
    const double credit = f.term_is_name[a[i].term] ? kNameVariantCredit : kPrefixCredit;
    for (size_t j = 0; j < nb; ++j) {
      if (used_b[j]) continue;
      dot += credit * a[i].weight * b[j].weight;
      used_b[j] = 1;
      break;
    }
  }
  return dot;
}

// The soft dot product of two sentences, split into name classes (who is named) and the
// other classes (what is said about them).
struct SharedContent {
  double names = 0;
  double other = 0;
  int classes = 0;  // shared term classes
  int words = 0;    // of which not written in digits (names or predicate words)
};

SharedContent SoftDot(const StoryFeatures& f, const SentenceFeatures& sa,
                      const SentenceFeatures& sb) {
  const std::vector<TermWeight>& a = sa.terms;
  const std::vector<TermWeight>& b = sb.terms;
  SharedContent out;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].cls < b[j].cls) {
      ++i;
    } else if (b[j].cls < a[i].cls) {
      ++j;
    } else {
      size_t i2 = i + 1, j2 = j + 1;
      while (i2 < a.size() && a[i2].cls == a[i].cls) ++i2;
      while (j2 < b.size() && b[j2].cls == b[j].cls) ++j2;
      const double dot = ClassDot(f, &a[i], i2 - i, &b[j], j2 - j);
      (f.term_is_name[a[i].term] ? out.names : out.other) += dot;
      ++out.classes;
      out.words += f.term_is_number[a[i].term] ? 0 : 1;
      i = i2, j = j2;
    }
  }
  return out;
}

// Soft cosine, damped for sentences with few content terms and for pairs that share a single
// term class: there one common word makes the whole cosine.
// *predicate receives the cosine of the non-name terms alone, *words the number of shared
// term classes not written in digits.
double SoftCosine(const StoryFeatures& f, const SentenceFeatures& sa, const SentenceFeatures& sb,
                  double* predicate, int* words) {
  const std::vector<TermWeight>& a = sa.terms;
  const std::vector<TermWeight>& b = sb.terms;
  const SharedContent parts = SoftDot(f, sa, sb);
  *words = parts.words;
  const double mass = std::sqrt(static_cast<double>(sa.other_mass) * sb.other_mass);
  *predicate = mass > 0 ? std::min(1.0, parts.other / mass) : 0.0;
  // A long list of names in common (a team, a panel) is itself what the sentences say.
  if (parts.names >= kSpecificNames) *predicate = std::max(*predicate, parts.names);
  double dot = parts.names + parts.other;
  const double fewest = static_cast<double>(std::min(a.size(), b.size()));
  dot *= std::min(1.0, (fewest + kFewTermsOffset) / kFewTermsScale);
  if (parts.classes < 2) dot *= kSingleClassDamping;
  return std::min(1.0, dot);
}

struct Key {
  uint32_t cls = 0;
  float weight = 0;  // the heaviest weight of a term of that class in the sentence
};

// The soft classes of each sentence's kKeyTerms heaviest terms among those whose class at
// least two and at most MaxKeyDf(f) sentences have; sorted by class.
std::vector<std::vector<Key>> SentenceKeys(const StoryFeatures& f, uint32_t* classes) {
  *classes = 0;
  for (uint32_t c : f.soft_class) *classes = std::max(*classes, c + 1);
  std::vector<uint32_t> df(*classes, 0);
  for (const SentenceFeatures& s : f.sentences) {
    for (size_t i = 0; i < s.terms.size(); ++i) {
      if (i == 0 || s.terms[i].cls != s.terms[i - 1].cls) ++df[s.terms[i].cls];
    }
  }
  const uint32_t max_df = MaxKeyDf(f);
  std::vector<std::vector<Key>> keys(f.sentences.size());
  std::vector<TermWeight> top;
  for (size_t s = 0; s < f.sentences.size(); ++s) {
    top.clear();
    for (const TermWeight& t : f.sentences[s].terms) {
      if (df[t.cls] >= 2 && df[t.cls] <= max_df) top.push_back(t);
    }
    const size_t k = std::min(kKeyTerms, top.size());
    std::partial_sort(top.begin(), top.begin() + k, top.end(),
                      [](const TermWeight& x, const TermWeight& y) {
                        return std::tie(y.weight, x.term) < std::tie(x.weight, y.term);
                      });
    top.resize(k);
    std::sort(top.begin(), top.end(), [](const TermWeight& x, const TermWeight& y) {
      return std::tie(x.cls, y.weight) < std::tie(y.cls, x.weight);
    });
    for (const TermWeight& t : top) {
      if (keys[s].empty() || keys[s].back().cls != t.cls) keys[s].push_back({t.cls, t.weight});
    }
  }
  return keys;
}

// Each sentence's figure keys (figure_agreement.h) that 2 to MaxKeyDf(f) sentences have.
std::vector<std::vector<uint64_t>> UsableFigureKeys(const StoryFeatures& f) {
  std::unordered_map<uint64_t, uint32_t> df;
  for (const SentenceFeatures& s : f.sentences) {
    for (uint64_t k : s.figure_keys) ++df[k];
  }
  const uint32_t max_df = MaxKeyDf(f);
  std::vector<std::vector<uint64_t>> out(f.sentences.size());
  for (size_t s = 0; s < f.sentences.size(); ++s) {
    for (uint64_t k : f.sentences[s].figure_keys) {
      const uint32_t n = df[k];
      if (n >= 2 && n <= max_df) out[s].push_back(k);
    }
  }
  return out;
}

// Sum over shared keys of the product of their weights, in increasing class order.
double KeyDot(const std::vector<Key>& a, const std::vector<Key>& b) {
  double dot = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].cls == b[j].cls) {
      dot += static_cast<double>(a[i].weight) * b[j].weight;
      ++i, ++j;
    } else {
      a[i].cls < b[j].cls ? ++i : ++j;
    }
  }
  return dot;
}

uint32_t DocOf(const StoryFeatures& f, uint32_t s) { return f.sentences[s].ref.doc; }

}  // namespace

double SentenceSimilarity(const StoryFeatures& f, uint32_t ia, uint32_t ib) {
  return Similarity(f, ia, ib).score;
}

SimilarityParts Similarity(const StoryFeatures& f, uint32_t ia, uint32_t ib) {
  const SentenceFeatures& a = f.sentences[ia];
  const SentenceFeatures& b = f.sentences[ib];
  SimilarityParts out;
  int words = 0;
  double score = SoftCosine(f, a, b, &out.predicate, &words);
  const size_t shorter = std::min(a.shingles.size(), b.shingles.size());
  if (shorter >= kMinShinglesForContainment && score >= kMinCosineForContainment) {
    const double containment = static_cast<double>(SharedSorted(a.shingles, b.shingles)) / shorter;
    score = std::max(score, kContainmentWeight * containment);
    // Shared wording is shared content, names or not.
    out.predicate = std::max(out.predicate, kContainmentWeight * containment);
  }
  // The same figure about the same thing ("three killed" / "3 people died", "1.5 km" /
  // "1,500 metres") in two sentences that share a name or word is shared content.
  if (words > 0 && !a.figures.empty() && !b.figures.empty()) {
    const int agree = AgreeingFigures(a.figures, b.figures);
    const double evidence = kFigureWeight * (1.0 - std::pow(0.5, agree));
    score += (1.0 - score) * evidence;
    out.predicate += (1.0 - out.predicate) * evidence;
  }
  out.score = score;
  return out;
}

uint32_t MaxKeyDf(const StoryFeatures& f) {
  // Enough for a fact every outlet states, few enough that postings stay short.
  const double n = static_cast<double>(f.sentences.size());
  const double docs = static_cast<double>(f.docs());
  return static_cast<uint32_t>(std::max(32.0, std::min(2.0 * docs, 4.0 * std::sqrt(n))));
}

std::vector<ScoredPair> CandidatePairs(const StoryFeatures& f, double min_score) {
  uint32_t classes = 0;
  const std::vector<std::vector<Key>> keys = SentenceKeys(f, &classes);
  std::vector<std::vector<std::pair<uint32_t, float>>> postings(classes);
  for (uint32_t s = 0; s < keys.size(); ++s) {
    for (const Key& k : keys[s]) postings[k.cls].push_back({s, k.weight});
  }
  const std::vector<std::vector<uint64_t>> figure_keys = UsableFigureKeys(f);
  std::unordered_map<uint64_t, std::vector<uint32_t>> figure_postings;
  for (uint32_t s = 0; s < figure_keys.size(); ++s) {
    for (uint64_t k : figure_keys[s]) figure_postings[k].push_back(s);
  }
  std::vector<ScoredPair> out;
  std::vector<double> acc(f.sentences.size(), 0.0);
  std::vector<uint32_t> seen(f.sentences.size(), UINT32_MAX);
  std::vector<uint32_t> figure_partner(f.sentences.size(), UINT32_MAX);
  std::vector<uint32_t> partners;
  for (uint32_t a = 0; a < keys.size(); ++a) {
    partners.clear();
    for (const Key& k : keys[a]) {
      const auto& list = postings[k.cls];
      auto it = std::upper_bound(list.begin(), list.end(), std::make_pair(a, 2.0f));
      for (; it != list.end(); ++it) {
        const uint32_t b = it->first;
        if (DocOf(f, b) == DocOf(f, a)) continue;
        if (seen[b] != a) seen[b] = a, partners.push_back(b);
        acc[b] += static_cast<double>(k.weight) * it->second;
      }
    }
    for (uint64_t k : figure_keys[a]) {
      const std::vector<uint32_t>& list = figure_postings[k];
      for (auto it = std::upper_bound(list.begin(), list.end(), a); it != list.end(); ++it) {
        const uint32_t b = *it;
        if (DocOf(f, b) == DocOf(f, a)) continue;
        if (seen[b] != a) seen[b] = a, partners.push_back(b);
        figure_partner[b] = a;
      }
    }
    std::sort(partners.begin(), partners.end());
    for (uint32_t b : partners) {
      if (acc[b] >= kMinKeyDot || figure_partner[b] == a) {
        const SimilarityParts s = Similarity(f, a, b);
        if (s.score >= min_score) {
          out.push_back({a, b, static_cast<float>(s.score), static_cast<float>(s.predicate)});
        }
      }
      acc[b] = 0.0;
    }
  }
  return out;
}

std::vector<ScoredPair> CandidatePairsBruteForce(const StoryFeatures& f, double min_score) {
  uint32_t classes = 0;
  const std::vector<std::vector<Key>> keys = SentenceKeys(f, &classes);
  const std::vector<std::vector<uint64_t>> figure_keys = UsableFigureKeys(f);
  std::vector<ScoredPair> out;
  for (uint32_t a = 0; a < keys.size(); ++a) {
    for (uint32_t b = a + 1; b < keys.size(); ++b) {
      if (DocOf(f, a) == DocOf(f, b)) continue;
      if (KeyDot(keys[a], keys[b]) < kMinKeyDot &&
          SharedSorted(figure_keys[a], figure_keys[b]) == 0) {
        continue;
      }
      const SimilarityParts s = Similarity(f, a, b);
      if (s.score >= min_score) {
        out.push_back({a, b, static_cast<float>(s.score), static_cast<float>(s.predicate)});
      }
    }
  }
  return out;
}

}  // namespace chorus::align
