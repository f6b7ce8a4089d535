// Align: group sentences from different outlets that state the same thing into facts.
//
//   std::vector<FactGroup> facts = AlignFacts(story, garble);
//   facts[i].members          -> supporting sentences (at most one per source)
//   facts[i].representative   -> the clearest supporting sentence, shown verbatim
//   facts[i].origins          -> independent origins (near-verbatim copies count once)
//
// Paraphrase-tolerant similarity (soft cosine over IDF-weighted stems, name spelling variants,
// shared wording) with candidate pairs from an inverted index, so cost stays near-linear;
// average-link clustering with at most one sentence per document. Method: docs/align.md.
#ifndef CHORUS_ALIGN_ALIGNER_H_
#define CHORUS_ALIGN_ALIGNER_H_

#include <cstdint>
#include <vector>

#include "chorus/story.h"

namespace chorus {

struct FactGroup {
  std::vector<SentenceRef> members;  // sorted by (doc, sentence); at most one per doc
  SentenceRef representative;
  int origins = 1;
  double support = 0.0;  // weight from supporting origins and source quality
};

// Per-sentence garbling in [0,1] (1 = clearly garbled / machine-translation signs),
// parallel to story.sentences. Computed from the sentence and story-wide statistics; above
// 0.5 a sentence should not be shown (garbling.h has the signals behind the score).
using SentenceScores = std::vector<std::vector<double>>;

SentenceScores ScoreGarbling(const StoryText& story);

std::vector<FactGroup> AlignFacts(const StoryText& story, const SentenceScores& garbling);

namespace align {
struct StoryFeatures;
// The clusters AlignFacts builds facts from: flat sentence indices (features.h), sorted.
std::vector<std::vector<uint32_t>> ClusterSentences(const StoryFeatures& features);
}  // namespace align

}  // namespace chorus

#endif  // CHORUS_ALIGN_ALIGNER_H_
