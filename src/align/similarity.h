// Sentence similarity across outlets and candidate pairs.
//
//   StoryFeatures f = BuildFeatures(story);
//   double s = SentenceSimilarity(f, a, b);                 // flat sentence indices
//   std::vector<ScoredPair> p = CandidatePairs(f, 0.2);     // via an inverted index
//   CandidatePairsBruteForce(f, 0.2) == CandidatePairs(f, 0.2)   // reference, all pairs
//
// Two sentences are compared only when they come from different documents and share a key:
// the soft term class (stem, stem prefix or name-variant class) of one of the 8 heaviest
// terms of both among the classes that 2 to MaxKeyDf(f) sentences of the story have, and the
// products of the shared keys' weights sum to at least 0.1 (prefix filtering, Bayardo et al.
// 2007), or they share a figure key (figure_agreement.h) that 2 to MaxKeyDf(f) sentences
// have. Both functions apply that same gate, so the indexed one returns exactly the pairs of the
// brute-force one, in the same order.
#ifndef CHORUS_ALIGN_SIMILARITY_H_
#define CHORUS_ALIGN_SIMILARITY_H_

#include <cstdint>
#include <vector>

#include "align/features.h"

namespace chorus::align {

struct ScoredPair {
  uint32_t a = 0;  // flat index, a < b
  uint32_t b = 0;
  float score = 0;
  float predicate = 0;  // SimilarityParts::predicate
  friend bool operator==(const ScoredPair&, const ScoredPair&) = default;
};

// Paraphrase-tolerant similarity in [0,1]: soft cosine over TF-IDF stems (exact matches count
// fully, same name-variant class 0.8, same stem prefix 0.6), raised to the containment of
// shared word 3-grams when one sentence repeats the other's wording (shared quotations), and
// raised when the two share a name or word and m >= 1 agreeing figures ("three killed" /
// "3 people died", "1.5 km" / "1,500 metres"): x -> x + (1 - x) x 0.6 x (1 - 0.5^m).
double SentenceSimilarity(const StoryFeatures& f, uint32_t a, uint32_t b);

// The similarity and its predicate part: the soft cosine of the two sentences' non-name terms
// alone (0 when one has none), raised like the score by shared wording and figures and, when
// the name part of the dot product is >= 0.35 (a list of names in common: a team, a panel),
// to that part.
// Names tell what a sentence is about; the predicate part whether two say the same about it.
struct SimilarityParts {
  double score = 0;
  double predicate = 0;
};
SimilarityParts Similarity(const StoryFeatures& f, uint32_t a, uint32_t b);

// Sentences a key may be carried by and still be used to propose pairs:
// max(32, min(2 x documents, 4 x sqrt(sentences))).
uint32_t MaxKeyDf(const StoryFeatures& f);

// Pairs (a < b, different documents, sharing a key) with score >= min_score, sorted by (a, b).
std::vector<ScoredPair> CandidatePairs(const StoryFeatures& f, double min_score);
std::vector<ScoredPair> CandidatePairsBruteForce(const StoryFeatures& f, double min_score);

}  // namespace chorus::align

#endif  // CHORUS_ALIGN_SIMILARITY_H_
