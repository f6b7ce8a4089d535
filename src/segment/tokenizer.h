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

std::string NormalizeWord(std::string_view word);  // NFKC_Casefold, ’ -> '
std::string Stem(std::string_view normalized_word);
bool IsStopword(std::string_view normalized_word);

}  // namespace chorus

#endif  // CHORUS_SEGMENT_TOKENIZER_H_
