// Small UTF-8 and string helpers shared by every stage.
//
//   CountWords("Trump said it.")        -> 3
//   TrimSpan(text, {0, 10})             -> span without surrounding white space
//   IsUtf8(bytes)                       -> strict UTF-8 validity
#ifndef CHORUS_UTIL_TEXT_UTIL_H_
#define CHORUS_UTIL_TEXT_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/document.h"

namespace chorus {

bool IsUtf8(std::string_view bytes);

// Decodes the code point at text[*pos] and advances *pos; returns U+FFFD on bad bytes.
char32_t NextCodePoint(std::string_view text, size_t* pos);

// Words as ROUGE and readers count them: maximal runs of letters/digits (with inner ' or -).
int CountWords(std::string_view text);

// Removes leading/trailing Unicode white space from span (offsets into text).
TextSpan TrimSpan(std::string_view text, TextSpan span);

// Lines of text: spans without the line terminator (\n, \r\n), including empty lines.
std::vector<TextSpan> SplitLines(std::string_view text, TextSpan within);

bool IsSpaceCp(char32_t c);

// Ends like a sentence: '.', '!' or '?', optionally followed by closing quotation marks or
// brackets. Headlines, datelines and widget lines don't.
bool EndsLikeSentence(std::string_view text);

// The lines of an embedded data file (data/*.txt) that carry data: trailing white space
// trimmed, empty lines and '#' comments skipped. Views into data.
std::vector<std::string_view> DataLines(std::string_view data);

}  // namespace chorus

#endif  // CHORUS_UTIL_TEXT_UTIL_H_
