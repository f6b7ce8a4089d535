// Figures and conflicts: numbers with what they measure, and the same quantity reported with
// incompatible values by different outlets or speakers.
//
//   std::vector<StoryFigure> f = FindFigures(story, scan, quotes);
//   std::vector<StoryConflict> c = FindConflicts(story, f);
//
// "90-minute conversation" -> duration 90 min of "conversation"; "almost an hour and a half"
// -> [76.5, 90] min; "hundreds of thousands of deaths" -> count [1e5, 1e6) of "death".
#ifndef CHORUS_ANALYSE_FIGURES_H_
#define CHORUS_ANALYSE_FIGURES_H_

#include <string_view>
#include <vector>

#include "analyse/analysis.h"
#include "analyse/mentions.h"
#include "analyse/quotes.h"

namespace chorus {

std::vector<StoryFigure> FindFigures(const StoryText& story, const ScannedStory& scan,
                                     const std::vector<RawQuote>& quotes);

std::vector<StoryConflict> FindConflicts(const StoryText& story,
                                         const std::vector<StoryFigure>& figures);

// Figures of one piece of text (offsets relative to it; doc 0, no speakers). For tests.
std::vector<StoryFigure> FiguresInText(std::string_view text);

}  // namespace chorus

#endif  // CHORUS_ANALYSE_FIGURES_H_
