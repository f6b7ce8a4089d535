// Candidate name mentions in the kept text of a story, with their titles and roles.
//
//   ScannedStory scan = ScanStory(story);
//   std::vector<Mention> m = FindMentions(story, scan, quote_regions);
//   story.docs[m[0].doc].Slice(m[0].span) -> "Marco Rubio";  .Slice(m[0].role) -> "Secretary of
//   State"
//
// A mention is a run of capitalised words (with connectors such as "of", "bin", "van"),
// split into a leading title/role ("Kremlin spokesman", "Ukrainian President") and the
// name. Roles also come from appositions ("his national security adviser, Michael Waltz";
// "Keith Kellogg, the retired general"). Credits in parentheses ("(Name/Agency)") and
// "X contributed reporting" sentences are skipped; words seen in lower case elsewhere in the
// story, days, months and demonyms are not names. A number after a one-word name is part of
// it ("Quay 4", "Flight 752").
#ifndef CHORUS_ANALYSE_MENTIONS_H_
#define CHORUS_ANALYSE_MENTIONS_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyse/words.h"
#include "chorus/story.h"

namespace chorus {

// Words of every sentence, plus story-wide statistics used to tell names from common words.
struct ScannedStory {
  std::vector<std::vector<std::vector<Word>>> words;  // [doc][sentence] -> words
  std::unordered_map<std::string, int> lower;         // folded word -> times written in lower case
  std::unordered_map<std::string, int> cap_inside;  // folded word -> times capitalised mid-sentence
  // folded word -> times capitalised right before a number ("Quay 4")
  std::unordered_map<std::string, int> numbered;
  int Lower(const std::string& w) const {
    auto it = lower.find(w);
    return it == lower.end() ? 0 : it->second;
  }
  int Numbered(const std::string& w) const {
    auto it = numbered.find(w);
    return it == numbered.end() ? 0 : it->second;
  }
  int CapInside(const std::string& w) const {
    auto it = cap_inside.find(w);
    return it == cap_inside.end() ? 0 : it->second;
  }
};
ScannedStory ScanStory(const StoryText& story);

// Word i of a sentence starts the sentence or follows . ! ? : or an opening quote/bracket.
bool IsSentenceInitial(std::string_view text, TextSpan sentence, const Word& w);

struct Mention {
  uint32_t doc = 0;
  uint32_t sentence = 0;
  TextSpan span;                    // the name, without role, honorific or possessive
  TextSpan role;                    // title or apposition role; empty if none
  std::vector<std::string> tokens;  // folded name words
  std::vector<bool> initials;       // parallel to tokens: "S." style initials
  bool tentative = false;           // lone capitalised word opening a sentence
  bool in_quote = false;            // inside quotation marks
  bool person_cue = false;          // person role, honorific, or a known given name first
  bool relay = false;               // "AFP quoted X as saying": passes on another's words
  bool determiner = false;          // "the Marit Holm": an article right before (not a person)
  bool speaker = false;             // followed by a reporting verb ("Heller said")
  bool in_role = false;             // a word inside a title ("Transport" in "Transport Minister")
  // Right after a locative preposition used for a place: 2 "in/off/near/outside X", 1 "at/from
  // X" (workplaces and sources take these too), 0 none or the name modifies a noun ("in Byte
  // magazine") or the preposition is inside a title ("Adventures in Prospecting").
  uint8_t locative = 0;
  bool place_apposition = false;  // ", a town in ...", ", the capital of ..." right after
  bool polity = false;  // right before "government", "authorities" ... ("the Estlund government")
  int32_t after_comma = -1;  // "Port Halvard, Estlund (": index of the mention before the comma
};

// Quote regions per doc (byte spans, sorted), used to flag mentions inside quotations.
using QuoteRegions = std::vector<std::vector<TextSpan>>;

std::vector<Mention> FindMentions(const StoryText& story, const ScannedStory& scan,
                                  const QuoteRegions& quotes);

}  // namespace chorus

#endif  // CHORUS_ANALYSE_MENTIONS_H_
