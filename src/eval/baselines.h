// Baseline summarisers for evaluation, over a prepared story (PrepareStory).
//
//   std::string lead = LeadSummary(story, 100, /*fill=*/true);
//   std::string lex = LexRankSummary(story, 100, /*fill=*/true);
//
// Both return verbatim sentences, one per line. With fill, the last sentence may overflow the
// budget (ROUGE's -l cuts it); without, the summary never exceeds `words` words.
#ifndef CHORUS_EVAL_BASELINES_H_
#define CHORUS_EVAL_BASELINES_H_

#include <string>

#include "chorus/story.h"

namespace chorus {

// The first sentences of the first document.
std::string LeadSummary(const StoryText& story, int words, bool fill);

// LexRank (Erkan & Radev 2004): TF-IDF cosine graph over all sentences, thresholded at 0.1,
// PageRank by power iteration (damping 0.85), then sentences by rank, skipping any whose cosine
// with one already chosen exceeds 0.5.
std::string LexRankSummary(const StoryText& story, int words, bool fill);

}  // namespace chorus

#endif  // CHORUS_EVAL_BASELINES_H_
