// Figures a sentence states, normalised so that outlets' different wordings and units compare:
// "three people were killed" / "3 people died", "1.5 km" / "1,500 metres", "9:40 p.m." /
// "21:40". Two sentences that state the same figure about the same thing are evidence that
// they state the same claim (similarity.h uses it).
//
//   std::vector<FigureNote> a = NoteFigures("Three people died at 9:40 p.m.");
//   std::vector<FigureNote> b = NoteFigures("The crash at 21:40 killed 3 people.");
//   AgreeingFigures(a, b) -> 2      FigureKeys(a) -> candidate-search keys
#ifndef CHORUS_ALIGN_FIGURE_AGREEMENT_H_
#define CHORUS_ALIGN_FIGURE_AGREEMENT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "chorus/story.h"

namespace chorus::align {

struct FigureNote {
  uint64_t what = 0;  // hash of the quantity kind, unit and what it measures ("count:dead")
  float low = 0;      // normalised value range, widened by 2 % for exact values (rounding)
  float high = 0;
  friend bool operator==(const FigureNote&, const FigureNote&) = default;
};

// The comparable figures of one sentence, sorted by what: counts of a casualty concept
// ("three killed" = "3 dead", "300 injured"), durations, distances, money, percentages
// (analyse's figures.h normalises them), and clock times in minutes after midnight. Years,
// counts of people ("1,200 people") and of other nouns ("two ships") are left out: they say
// when or describe, rather than state the claim.
std::vector<FigureNote> NoteFigures(std::string_view sentence);

// NoteFigures of a sentence whose tokens are known: the figure grammar runs only when a token
// can start a figure (digits, a number word, "a" / "an" before a unit) and one can make it a
// kept kind (a unit, a casualty word, % or $); most sentences have neither. Same result.
std::vector<FigureNote> NoteSentenceFigures(std::string_view text,
                                            const std::vector<Token>& tokens);

// Figures of a that agree with one of b: same kind, unit and measured thing, overlapping
// values; each figure of b matches at most one of a.
int AgreeingFigures(const std::vector<FigureNote>& a, const std::vector<FigureNote>& b);

// Keys for candidate search: what x logarithmic value bucket, one per bucket a figure's range
// touches (two agreeing figures share at least one). Sorted, unique.
std::vector<uint64_t> FigureKeys(const std::vector<FigureNote>& notes);

}  // namespace chorus::align

#endif  // CHORUS_ALIGN_FIGURE_AGREEMENT_H_
