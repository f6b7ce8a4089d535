// Candidate facts for the summary: their concepts, length, prior and position.
//
//   std::vector<Candidate> c = BuildCandidates(story, facts, garbling, quality, index, 100);
//
// A fact is a candidate through its representative sentence. Questions, fragments, sentences
// opening with a word that needs earlier context ("But", "He", "This"), very short sentences
// and garbled ones (garbling > 0.5) are kept out unless the rest cannot fill the budget.
// Overlap(a, b) is the idf-weighted cosine of two candidates' content-word stems (to skip
// paraphrases).
#ifndef CHORUS_SUMMARISE_CANDIDATES_H_
#define CHORUS_SUMMARISE_CANDIDATES_H_

#include <cstdint>
#include <vector>

#include "align/aligner.h"
#include "align/source_quality.h"
#include "chorus/story.h"
#include "summarise/concepts.h"

namespace chorus::summarise {

inline constexpr double kLengthExponent = 1.0;     // r of the cost-scaled greedy rule
inline constexpr double kUnigramWeight = 0.3;      // content unigrams relative to bigrams
inline constexpr double kRareWeight = 0.05;        // concepts in too few documents (fill only)
inline constexpr double kConceptLeadWeight = 1.0;  // a report's first sentence counts it twice

struct Candidate {
  size_t fact = 0;
  SentenceRef ref;
  const Sentence* sentence = nullptr;
  const ConceptIndex* index = nullptr;
  int words = 0;
  std::vector<uint32_t> concepts;
  std::vector<uint32_t> content;       // its distinct content-word unigram concepts, sorted (none
                                       // unless the index has unigrams: no paraphrase check)
  std::vector<double> content_weight;  // their idf in the story, parallel to content
  double content_norm = 0.0;           // Euclidean norm of content_weight
  double prior = 1.0;                  // support x source quality x position
  double position = 0.0;  // orders the summary: sentence index in its report, then report
};

std::vector<Candidate> BuildCandidates(const StoryText& story, const std::vector<FactGroup>& facts,
                                       const SentenceScores& garbling,
                                       const std::vector<SourceQuality>& quality,
                                       const ConceptIndex& index, int budget);

// Idf-weighted cosine of the two candidates' content-word stem sets, in [0, 1].
double Overlap(const Candidate& a, const Candidate& b);

// Concepts of the candidate's first `words` words.
std::vector<uint32_t> PrefixConcepts(const Candidate& c, int words);

}  // namespace chorus::summarise

#endif  // CHORUS_SUMMARISE_CANDIDATES_H_
