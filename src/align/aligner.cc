// STUB (to be replaced by the align module owner): every sentence its own fact.
#include "align/aligner.h"

namespace chorus {

SentenceScores ScoreGarbling(const StoryText& story) {
  SentenceScores s(story.sentences.size());
  for (size_t d = 0; d < s.size(); ++d) s[d].assign(story.sentences[d].size(), 0.0);
  return s;
}

std::vector<FactGroup> AlignFacts(const StoryText& story, const SentenceScores&) {
  std::vector<FactGroup> out;
  for (uint32_t d = 0; d < story.sentences.size(); ++d) {
    for (uint32_t i = 0; i < story.sentences[d].size(); ++i) {
      FactGroup g;
      g.members = {{d, i}};
      g.representative = {d, i};
      g.support = 1;
      out.push_back(g);
    }
  }
  return out;
}

}  // namespace chorus
