// Words of a piece of text with the properties name and figure finding need.
//
//   std::vector<Word> w = ScanWords(doc.text, sentence.span);
//   w[0].fold  -> "zelenskyy" (lower case, diacritics removed, ’ -> ')
//
// A word is a run of letters and digits with inner apostrophes, hyphens and periods between
// single letters ("U.S.", "H.W."); a single capital followed by '.' keeps the period
// ("S."). A trailing possessive ('s, ’s) is cut off the span and flagged.
#ifndef CHORUS_ANALYSE_WORDS_H_
#define CHORUS_ANALYSE_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/document.h"

namespace chorus {

struct Word {
  TextSpan span;          // into the scanned text (possessive cut off)
  std::string fold;       // lower case, diacritics removed, inner ’ -> ', periods kept
  bool cap = false;       // first letter upper case
  bool all_caps = false;  // two or more letters, all upper case
  bool initial = false;   // "S.", "H.W.", "U.S." (letters with periods)
  bool letters = false;   // contains a letter
  bool digits = false;    // contains a digit
  bool possessive = false;
  uint16_t classes = 0;  // LexClass bits (lexicon.h)
  bool Is(uint16_t lex_class) const { return (classes & lex_class) != 0; }
};

std::vector<Word> ScanWords(std::string_view text, TextSpan within);

// Lower case with diacritics removed and ’ folded to ' (ASCII fast path; ICU otherwise).
std::string FoldWord(std::string_view word);

// The bytes between two words contain only white space.
bool OnlySpaceBetween(std::string_view text, const Word& a, const Word& b);

// True for the code points that open or close quotations: " “ ” „ « » ‘ ’ '.
bool IsQuoteMark(char32_t c);

}  // namespace chorus

#endif  // CHORUS_ANALYSE_WORDS_H_
