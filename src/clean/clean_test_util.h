// Shared by the clean stage's tests: what became of a piece of text.
//
//   EXPECT_EQ(Fate(doc, CleanStory({doc})[0], "Photo: Reuters"), "caption");
#ifndef CHORUS_CLEAN_CLEAN_TEST_UTIL_H_
#define CHORUS_CLEAN_CLEAN_TEST_UTIL_H_

#include <string>
#include <string_view>

#include "chorus/story.h"

namespace chorus::testing {

// The reason the piece containing `needle` was removed, "kept" if kept, "" if not found,
// "split" when it straddles pieces.
inline std::string Fate(const Document& doc, const CleanDocument& c, std::string_view needle) {
  const size_t at = doc.text.find(needle);
  if (at == std::string::npos) return "";
  const TextSpan s{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
  for (const TextSpan& k : c.kept) {
    if (k.Contains(s)) return "kept";
  }
  for (const TextRemoval& r : c.removed) {
    if (r.span.Contains(s)) return std::string(RemovalReasonName(r.reason));
  }
  return "split";
}

}  // namespace chorus::testing

#endif  // CHORUS_CLEAN_CLEAN_TEST_UTIL_H_
