// Independent origins: near-verbatim copies of one text (wire copy, syndication) count once.
//
//   Syndication syn(features);                     // document pairs that copy each other
//   int n = CountOrigins(features, syn, members);  // members: flat sentence indices
//
// Two members share an origin when their documents are syndicated copies, or when the
// sentences' own wording (outside quotation marks) is near-verbatim the same. Outlets that
// quote the same speaker independently stay separate origins.
#ifndef CHORUS_ALIGN_ORIGINS_H_
#define CHORUS_ALIGN_ORIGINS_H_

#include <cstdint>
#include <set>
#include <utility>
#include <vector>

#include "align/features.h"

namespace chorus::align {

// Jaccard similarity of two sorted, unique hash sets (0 when both are empty).
double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

class Syndication {
 public:
  explicit Syndication(const StoryFeatures& f);
  bool Copies(uint32_t doc_a, uint32_t doc_b) const;
  const std::set<std::pair<uint32_t, uint32_t>>& pairs() const { return pairs_; }

 private:
  std::set<std::pair<uint32_t, uint32_t>> pairs_;  // (smaller, larger)
};

// True when the two sentences' own wording is near-verbatim the same.
bool SameWording(const SentenceFeatures& a, const SentenceFeatures& b);

int CountOrigins(const StoryFeatures& f, const Syndication& syndication,
                 const std::vector<uint32_t>& members);

// Origin index (0..n-1) per member, in the order of members.
std::vector<uint32_t> OriginOf(const StoryFeatures& f, const Syndication& syndication,
                               const std::vector<uint32_t>& members);

}  // namespace chorus::align

#endif  // CHORUS_ALIGN_ORIGINS_H_
