// STUB (to be replaced by the align module owner).
#include "align/source_quality.h"

namespace chorus {

std::vector<SourceQuality> ScoreSources(const StoryText& story, const SentenceScores&,
                                        const std::vector<FactGroup>&) {
  return std::vector<SourceQuality>(story.docs.size());
}

}  // namespace chorus
