// STUB (to be replaced by the segment module owner): ASCII alnum runs, lower-cased.
#include "segment/tokenizer.h"

#include <cctype>

namespace chorus {

std::string NormalizeWord(std::string_view word) {
  std::string s(word);
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Stem(std::string_view w) { return std::string(w); }

bool IsStopword(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "of" || w == "and" || w == "to" || w == "in";
}

std::vector<Token> Tokenize(std::string_view text, uint32_t base) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < text.size()) {
    if (!std::isalnum(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j]))) ++j;
    Token t;
    t.span = {static_cast<uint32_t>(base + i), static_cast<uint32_t>(base + j)};
    t.norm = NormalizeWord(text.substr(i, j - i));
    t.stem = Stem(t.norm);
    t.flags = std::isdigit(static_cast<unsigned char>(text[i])) ? kTokNumber : kTokWord;
    if (std::isupper(static_cast<unsigned char>(text[i]))) t.flags |= kTokCapitalised;
    if (IsStopword(t.norm)) t.flags |= kTokStopword;
    out.push_back(std::move(t));
    i = j;
  }
  return out;
}

}  // namespace chorus
