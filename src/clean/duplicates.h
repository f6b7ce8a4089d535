// Repeated text: paragraphs repeated within a report, and page furniture repeated across the
// reports of a story. Internal to src/clean.
#ifndef CHORUS_CLEAN_DUPLICATES_H_
#define CHORUS_CLEAN_DUPLICATES_H_

#include <cstdint>
#include <vector>

#include "chorus/document.h"
#include "clean/line_features.h"

namespace chorus::clean {

// Hashes of word 3-shingles (token norms) of tokens.
std::vector<uint64_t> Shingles(const std::vector<Token>& tokens);

// |a ∩ b| / |a ∪ b| and |a ∩ b| / |a| over sorted unique shingle sets.
double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);
double Containment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

// Marks a kept block kDuplicate when it repeats an earlier kept block of the same report
// (shingle Jaccard >= 0.6, 0.8 for short lines, or >= 90% of its shingles inside it).
// A kept line whose shingles are >= 80% inside the longer kept line right after it is
// marked kCaption first (a caption placed before the sentence it repeats).
void MarkDuplicates(std::vector<Block>* blocks);

// Marks short kept lines that occur in two or more reports of the story and hold a
// boilerplate word or a link as kBoilerplate (shared page furniture, not shared reporting).
void MarkSharedBoilerplate(const std::vector<Document>& docs,
                           std::vector<std::vector<Block>>* blocks);

}  // namespace chorus::clean

#endif  // CHORUS_CLEAN_DUPLICATES_H_
