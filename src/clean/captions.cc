// Photo captions. A caption is recognised by the shape of its credit, not by a list of
// agencies: the line ends in parentheses that hold 2-16 words, all capitalised apart from a
// few connectors ("via", "and", "of"), no verb cue, and at least one credit separator
// ("/", "|", "via", "Photo", "Pool", "Images", or three comma-separated names). METHODS.md,
// "Clean": parenthesised credit patterns are a feature of captions; captions also repeat or
// paraphrase a body sentence, which is why the whole line goes, not just the credit.
#include "clean/captions.h"

#include "segment/tokenizer.h"
#include "util/text_util.h"

namespace chorus::clean {
namespace {

bool IsConnector(std::string_view norm) {
  return norm == "via" || norm == "and" || norm == "of" || norm == "for" || norm == "de" ||
         norm == "van" || norm == "von" || norm == "da" || norm == "del" || norm == "la" ||
         norm == "le" || norm == "al" || norm == "el" || norm == "bin" || norm == "the";
}

bool IsCreditWord(std::string_view norm) {
  return norm == "via" || norm == "photo" || norm == "photos" || norm == "pool" ||
         norm == "images" || norm == "handout" || norm == "courtesy" || norm == "file" ||
         norm == "photographer" || norm == "illustration";
}

// Index of the '(' matching the ')' that ends text, or npos.
size_t MatchingOpen(std::string_view text) {
  int depth = 0;
  for (size_t i = text.size(); i-- > 0;) {
    if (text[i] == ')') ++depth;
    if (text[i] == '(' && --depth == 0) return i;
  }
  return std::string_view::npos;
}

bool LooksLikeCredit(std::string_view inside) {
  const std::vector<Token> tokens = Tokenize(inside, 0);
  int words = 0;
  bool separator =
      inside.find('/') != std::string_view::npos || inside.find('|') != std::string_view::npos;
  int commas = 0;
  for (char c : inside) commas += c == ',' ? 1 : 0;
  if (commas >= 2) separator = true;
  for (const Token& t : tokens) {
    if (!t.Is(kTokWord)) {
      if (t.Is(kTokNumber)) return false;  // dates and figures are not credits
      continue;
    }
    ++words;
    if (IsVerbCue(t)) return false;
    if (IsCreditWord(t.norm)) separator = true;
    if (!t.Is(kTokCapitalised) && !t.Is(kTokAllCaps) && !IsConnector(t.norm)) return false;
  }
  return words >= 2 && words <= 16 && separator;
}

}  // namespace

std::optional<TextSpan> FindTrailingCredit(std::string_view text) {
  if (text.empty() || text.back() != ')') return std::nullopt;
  const size_t open = MatchingOpen(text);
  if (open == std::string_view::npos) return std::nullopt;
  if (!LooksLikeCredit(text.substr(open + 1, text.size() - open - 2))) return std::nullopt;
  return TextSpan{static_cast<uint32_t>(open), static_cast<uint32_t>(text.size())};
}

void MarkCaptions(const Document& doc, std::vector<Block>* blocks) {
  for (Block& b : *blocks) {
    if (!b.Kept()) continue;
    const std::optional<TextSpan> credit = FindTrailingCredit(doc.Slice(b.core));
    if (!credit) continue;
    const TextSpan abs{b.core.begin + credit->begin, b.core.begin + credit->end};
    b.cuts.push_back({abs, RemovalReason::kCredit});
    const TextSpan rest = TrimSpan(doc.text, {b.core.begin, abs.begin});
    if (rest.empty()) {
      b.core = rest;
      b.whole = RemovalReason::kCredit;
    } else {
      SetCore(doc, rest, &b);
      b.whole = RemovalReason::kCaption;
    }
  }
}

}  // namespace chorus::clean
