// Fuzzy matching of name spellings, used by alignment (partial credit for garbled names) and
// by garbling (names spelt unlike the other outlets' consensus).
//
//   NameSkeleton("Witkov") == NameSkeleton("Witkoff")    -> "witkof" (phonetic key)
//   SimilarNames("hegses", "hegseth")                    -> true (edit distance 2, length 7)
//   NameClasses classes = GroupNameVariants({"fogel", "vogel", "rubio"});  // {0, 0, 1}
//
// A light phonetic key in the spirit of Soundex/Metaphone (v=f, c=k, z=s, y=i, ph=f,
// doubled letters collapsed) plus a length-aware Levenshtein bound (Jaro-Winkler-like
// shared-prefix requirement), as METHODS.md "Entities and names" suggests.
#ifndef CHORUS_ALIGN_NAMES_H_
#define CHORUS_ALIGN_NAMES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chorus::align {

// Levenshtein distance over bytes, stopping early once it exceeds max_distance (then returns
// max_distance + 1).
int BoundedEditDistance(std::string_view a, std::string_view b, int max_distance);

// Phonetic key of a lower-case name.
std::string NameSkeleton(std::string_view lower_name);

// True when two different lower-case spellings are plausibly the same name: same skeleton, or
// within edit distance 1 (length >= 5) / 2 (length >= 7) sharing their first two letters.
bool SimilarNames(std::string_view a, std::string_view b);

// Class id per input name: names linked by SimilarNames (transitively) share a class.
// Cost: names are bucketed by the first two letters of their skeleton, compared within buckets.
std::vector<uint32_t> GroupNameVariants(const std::vector<std::string>& lower_names);

}  // namespace chorus::align

#endif  // CHORUS_ALIGN_NAMES_H_
