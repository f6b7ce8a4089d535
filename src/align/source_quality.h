// Source quality: a score in [0,1] per source, with flags saying why.
//
//   std::vector<SourceQuality> q = ScoreSources(story, garbling, facts);
//   q[d].score, q[d].flags  ("junk:0.31", "appended-text", "garbled", "person-shift",
//                            "misspelt-names", "low-coverage")
//
// From the junk share removed by clean, garbling signs (machine translation: broken
// syntax, person shifts, names spelt unlike the other outlets) and coverage of the facts
// the other outlets agree on.
#ifndef CHORUS_ALIGN_SOURCE_QUALITY_H_
#define CHORUS_ALIGN_SOURCE_QUALITY_H_

#include <string>
#include <vector>

#include "align/aligner.h"
#include "chorus/story.h"

namespace chorus {

struct SourceQuality {
  double score = 1.0;
  std::vector<std::string> flags;
};

std::vector<SourceQuality> ScoreSources(const StoryText& story, const SentenceScores& garbling,
                                        const std::vector<FactGroup>& facts);

}  // namespace chorus

#endif  // CHORUS_ALIGN_SOURCE_QUALITY_H_
