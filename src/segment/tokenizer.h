// Tokens for matching: words and numbers with normalised and stemmed forms.
//
//   std::vector<Token> t = Tokenize(text, /*base=*/0);
//   t[0].norm  -> "zelenskyy"   t[0].stem -> Snowball English stem
//
// Word boundaries from ICU's word BreakIterator; normalisation NFKC + case folding (ICU);
// stems from the Snowball English stemmer (libstemmer); stopwords from
// data/stopwords-en.txt. Thread-safe (per-thread ICU/Snowball state).
#ifndef CHORUS_SEGMENT_TOKENIZER_H_
#define CHORUS_SEGMENT_TOKENIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "chorus/story.h"

namespace chorus {

// Tokens of text; spans are offset by base (so they index Document::text).
std::vector<Token> Tokenize(std::string_view text, uint32_t base = 0);

// The tokens of a text and whether they came from the fast path (see below).
struct TokenizedText {
  std::vector<Token> tokens;
  bool fast = false;
};

// Tokenize, also telling (*fast) whether the words came from the ICU-free fast path. The
// tokens of such a text can be cut into those of its sub-spans with TakeTokensWithin, which
// is how the segment stage reuses the tokens of the lines the clean stage kept.
std::vector<Token> Tokenize(std::string_view text, uint32_t base, bool* fast);

// Moves into *out the tokens of span (absolute offsets) out of *line, the tokens of a
// fast-path text containing span, starting at line index *next (advanced past them). The
// result equals Tokenize(text of span, span.begin). Returns false, taking nothing, when a
// token crosses an edge of span; the caller then tokenises the span itself.
bool TakeTokensWithin(std::vector<Token>* line, size_t* next, TextSpan span,
                      std::vector<Token>* out);

std::string NormalizeWord(std::string_view word);  // NFKC_Casefold, ’ -> '
std::string Stem(std::string_view normalized_word);
bool IsStopword(std::string_view normalized_word);

}  // namespace chorus

#endif  // CHORUS_SEGMENT_TOKENIZER_H_
