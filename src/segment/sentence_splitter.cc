// STUB (to be replaced by the segment module owner): one sentence per kept piece.
#include "segment/sentence_splitter.h"

#include "segment/tokenizer.h"

namespace chorus {

std::vector<TextSpan> SentenceSpans(std::string_view text) {
  return {TextSpan{0, static_cast<uint32_t>(text.size())}};
}

std::vector<Sentence> SplitSentences(const Document& doc, const std::vector<TextSpan>& kept) {
  std::vector<Sentence> out;
  for (uint32_t p = 0; p < kept.size(); ++p) {
    Sentence s;
    s.span = kept[p];
    s.paragraph = p;
    s.tokens = Tokenize(doc.Slice(kept[p]), kept[p].begin);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace chorus
