// Segment: sentences with byte offsets, and tokens.
//
//   std::vector<Sentence> s = SplitSentences(doc, cleaned.kept);
//   doc.Slice(s[0].span)  -> first sentence, verbatim
//
// ICU BreakIterator with locale "en@ss=standard" (abbreviation suppressions) over UTF-8
// UText, so offsets are bytes of Document::text; then repairs for initials ("Dmitri S.
// Peskov"), abbreviations ("U.S."), and quotations that span sentence breaks.
#ifndef CHORUS_SEGMENT_SENTENCE_SPLITTER_H_
#define CHORUS_SEGMENT_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "chorus/document.h"
#include "chorus/story.h"
#include "segment/tokenizer.h"

namespace chorus {

// Sentences of each kept piece (a piece is never crossed), each with its tokens filled.
std::vector<Sentence> SplitSentences(const Document& doc, const std::vector<TextSpan>& kept);

// The same, reusing the tokens of each kept piece (parallel to kept, e.g. from the clean
// stage) instead of tokenising the text again; they are moved out of *kept_tokens. A piece
// whose tokens are not from the fast path is tokenised again. Same result as above.
std::vector<Sentence> SplitSentences(const Document& doc, const std::vector<TextSpan>& kept,
                                     std::vector<TokenizedText>* kept_tokens);

// Sentence spans of an arbitrary UTF-8 text (offsets relative to text), tokens not filled.
std::vector<TextSpan> SentenceSpans(std::string_view text);

}  // namespace chorus

#endif  // CHORUS_SEGMENT_SENTENCE_SPLITTER_H_
