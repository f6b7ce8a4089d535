// The two word segmenters behind Tokenize, exposed for tests and benchmarks only.
//
//   std::vector<TextSpan> a = internal::IcuWordSpans(text);      // ICU word BreakIterator
//   std::vector<TextSpan> b;
//   bool simple = internal::FastWordSpans(text, &b);             // same words, no ICU
//
// Spans are word and number segments (UAX #29) relative to text, possessives not removed.
#ifndef CHORUS_SEGMENT_TOKENIZER_INTERNAL_H_
#define CHORUS_SEGMENT_TOKENIZER_INTERNAL_H_

#include <string_view>
#include <vector>

#include "chorus/document.h"

namespace chorus::internal {

std::vector<TextSpan> IcuWordSpans(std::string_view text);

// False (and out unchanged or partly filled) when text has characters only ICU handles.
bool FastWordSpans(std::string_view text, std::vector<TextSpan>* out);

}  // namespace chorus::internal

#endif  // CHORUS_SEGMENT_TOKENIZER_INTERNAL_H_
