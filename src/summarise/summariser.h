// Summarise: choose facts for a short, non-redundant, well-supported, well-ordered summary.
//
//   SummaryPlan plan = Summarise(story, facts, garbling, quality, {.words = 100});
//   plan.facts -> indices into facts, in reading order; plan.text -> their texts joined
//
// The summary is made only of verbatim fact texts (never generated words).
#ifndef CHORUS_SUMMARISE_SUMMARISER_H_
#define CHORUS_SUMMARISE_SUMMARISER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "align/aligner.h"
#include "align/source_quality.h"
#include "chorus/story.h"

namespace chorus {

struct SummaryOptions {
  int words = 100;    // budget in words (CountWords); the summary never exceeds it...
  bool fill = false;  // ...unless fill: then the last fact may overflow it (for ROUGE -l, which
                      // cuts summaries at the budget itself)
};

struct SummaryPlan {
  std::vector<size_t> facts;  // indices into the facts passed in, in output order
  std::string text;
};

SummaryPlan Summarise(const StoryText& story, const std::vector<FactGroup>& facts,
                      const SentenceScores& garbling, const std::vector<SourceQuality>& quality,
                      const SummaryOptions& options);

}  // namespace chorus

#endif  // CHORUS_SUMMARISE_SUMMARISER_H_
