// Blocks (trimmed lines of a report body) and the shape features the clean rules read.
//
//   std::vector<Block> blocks = SplitBlocks(doc);
//   const LineFeatures& f = blocks[0].features;   // words, capitalised share, verbs ...
//
// Internal to src/clean. A Block starts as one kept line; rules cut removed pieces off its
// edges (glued widget words, a photo credit) or remove it whole.
#ifndef CHORUS_CLEAN_LINE_FEATURES_H_
#define CHORUS_CLEAN_LINE_FEATURES_H_

#include <optional>
#include <string_view>
#include <vector>

#include "chorus/document.h"
#include "chorus/story.h"

namespace chorus::clean {

struct LineFeatures {
  int words = 0;           // tokens with a letter
  int numbers = 0;         // tokens with a digit and no letter
  int capitalised = 0;     // word tokens starting upper case
  int content = 0;         // word tokens that are not stopwords
  int content_caps = 0;    // capitalised content tokens
  int verbs = 0;           // verb cues (IsVerbCue)
  bool terminal = false;   // ends like a sentence: . ! ? … (optionally inside quotes/brackets)
  bool link_like = false;  // holds a URL, e-mail address, @handle or #hashtag
  bool boilerplate_word = false;  // holds a word of data/clean_boilerplate_words.txt

  double CapsShare() const { return content > 0 ? double(content_caps) / content : 0.0; }
};

struct Block {
  TextSpan span;                       // the whole trimmed line
  TextSpan core;                       // the part still kept (inside span)
  std::vector<TextRemoval> cuts;       // pieces removed from span outside core
  std::optional<RemovalReason> whole;  // set when core is removed too
  std::vector<Token> tokens;           // tokens of core
  bool fast_tokens = false;            // tokens from the fast path (reusable by segment)
  LineFeatures features;               // of core

  bool Kept() const { return !whole.has_value(); }
};

// A lower-case token that reads as a verb: in data/clean_verbs.txt, or a non-stopword
// ending in -ed / -ing.
bool IsVerbCue(const Token& token);
bool IsBylineWord(std::string_view norm);
bool IsBoilerplateWord(std::string_view norm);

// Whether text ends like a sentence (terminal punctuation before closing quotes/brackets).
bool EndsLikeSentence(std::string_view text);

LineFeatures ComputeFeatures(std::string_view text, const std::vector<Token>& tokens);

// Trimmed non-empty lines of doc.body, tokenised.
std::vector<Block> SplitBlocks(const Document& doc);

// Re-tokenises after core changed.
void SetCore(const Document& doc, TextSpan core, Block* block);

}  // namespace chorus::clean

#endif  // CHORUS_CLEAN_LINE_FEATURES_H_
