// Appended articles: a tail of a report that is not about the story. Internal to src/clean.
#ifndef CHORUS_CLEAN_OFF_TOPIC_H_
#define CHORUS_CLEAN_OFF_TOPIC_H_

#include <cstdint>
#include <vector>

#include "clean/line_features.h"

namespace chorus::clean {

// Per block of one report, what the tail detector measured (for tests and docs).
struct TailEvidence {
  std::vector<double> cohesion;  // TextTiling similarity at each gap between content blocks
  std::vector<double> story;     // share of each content block's words the other reports use
  int boundary = -1;             // index (into content blocks) where the off-topic tail starts
};

// Content-word stems (stopwords out) of the kept lines of every report of a story, interned
// as ids 0, 1, ... in order of first use.
struct StoryVocabulary {
  std::vector<int> df;  // reports using each stem, by id
  // ids[d][i]: stem ids of the content words of block i of report d, in token order (empty
  // for blocks not kept when the vocabulary was built).
  std::vector<std::vector<std::vector<uint32_t>>> ids;
  size_t reports() const { return ids.size(); }
};
StoryVocabulary BuildStoryVocabulary(const std::vector<std::vector<Block>>& blocks);

// Finds and marks (kOffTopic) the off-topic tail of report d (its blocks), given the story.
TailEvidence FindOffTopicTail(size_t d, const StoryVocabulary& story, std::vector<Block>* blocks);

}  // namespace chorus::clean

#endif  // CHORUS_CLEAN_OFF_TOPIC_H_
