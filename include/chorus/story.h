// Value types passed between the pipeline stages for one story:
//
//   read -> clean -> segment -> analyse -> align -> summarise -> brief -> render
//
//   StoryText story = chorus::PrepareStory(std::move(docs));   // read+clean+segment (src/brief)
//   for (const Sentence& s : story.sentences[d]) story.docs[d].Slice(s.span);
//
// All spans are byte offsets into Document::text of the document they belong to.
#ifndef CHORUS_STORY_H_
#define CHORUS_STORY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/document.h"

namespace chorus {

// ---- clean ------------------------------------------------------------------------------
enum class RemovalReason {
  kCaption,
  kCredit,
  kWidget,
  kByline,
  kDuplicate,
  kOffTopic,
  kBoilerplate
};
// The name a brief gives a reason: "caption", "off-topic", ...
constexpr std::string_view RemovalReasonName(RemovalReason reason) {
  switch (reason) {
    case RemovalReason::kCaption:
      return "caption";
    case RemovalReason::kCredit:
      return "credit";
    case RemovalReason::kWidget:
      return "widget";
    case RemovalReason::kByline:
      return "byline";
    case RemovalReason::kDuplicate:
      return "duplicate";
    case RemovalReason::kOffTopic:
      return "off-topic";
    case RemovalReason::kBoilerplate:
      return "boilerplate";
  }
  return "boilerplate";
}

struct TextRemoval {
  TextSpan span;
  RemovalReason reason;
};

struct CleanDocument {
  std::vector<TextSpan> kept;        // ordered, disjoint pieces of the body that are the report
  std::vector<TextRemoval> removed;  // ordered, disjoint; kept and removed never overlap
  uint32_t kept_bytes() const {
    uint32_t n = 0;
    for (const auto& s : kept) n += s.size();
    return n;
  }
};

// ---- segment ----------------------------------------------------------------------------
enum TokenFlag : uint8_t {
  kTokWord = 1,         // contains a letter
  kTokNumber = 2,       // contains a digit
  kTokCapitalised = 4,  // first letter upper case
  kTokStopword = 8,     // function word (data/stopwords-en.txt)
  kTokAllCaps = 16,     // two or more letters, all upper case
};

struct Token {
  TextSpan span;     // into Document::text
  std::string norm;  // NFKC + case-folded, curly apostrophes folded to '
  std::string stem;  // Snowball English stem of norm (== norm for numbers)
  uint8_t flags = 0;
  bool Is(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  TextSpan span;           // trimmed of surrounding white space
  uint32_t paragraph = 0;  // index of the kept piece / paragraph it came from
  std::vector<Token> tokens;
};

struct SentenceRef {
  uint32_t doc = 0;
  uint32_t sentence = 0;
  friend bool operator==(const SentenceRef&, const SentenceRef&) = default;
  friend auto operator<=>(const SentenceRef&, const SentenceRef&) = default;
};

// The story after read, clean and segment: the input of analyse, align and summarise.
struct StoryText {
  std::vector<Document> docs;
  std::vector<CleanDocument> cleaned;            // parallel to docs
  std::vector<std::vector<Sentence>> sentences;  // parallel to docs, from the kept text only

  const Sentence& At(SentenceRef r) const { return sentences[r.doc][r.sentence]; }
  std::string_view Text(SentenceRef r) const { return docs[r.doc].Slice(At(r).span); }
};

}  // namespace chorus

#endif  // CHORUS_STORY_H_
