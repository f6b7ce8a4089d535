// Shape features of report lines, after jusText (Pomikálek 2011): length, share of
// capitalised words, verb presence, terminal punctuation and link-like text. The rules in
// captions.cc, widgets.cc and off_topic.cc classify lines from these features, not from
// lists of known junk strings.
#include "clean/line_features.h"

#include <cctype>
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "segment/tokenizer.h"
#include "util/text_util.h"

namespace chorus::data {
extern const std::string_view CleanVerbs;
extern const std::string_view CleanBylineWords;
extern const std::string_view CleanBoilerplateWords;
}  // namespace chorus::data

namespace chorus::clean {
namespace {

std::vector<std::string> ParseList(std::string_view bytes) {
  std::vector<std::string> out;
  for (std::string_view line : DataLines(bytes)) out.emplace_back(line);
  return out;
}

struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

WordSet MakeSet(std::string_view bytes) {
  const std::vector<std::string> words = ParseList(bytes);
  return WordSet(words.begin(), words.end());
}

const WordSet& Verbs() {
  static const auto* set = new WordSet(MakeSet(data::CleanVerbs));
  return *set;
}
const WordSet& BylineWords() {
  static const auto* set = new WordSet(MakeSet(data::CleanBylineWords));
  return *set;
}
const WordSet& BoilerplateWords() {
  static const auto* set = new WordSet(MakeSet(data::CleanBoilerplateWords));
  return *set;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsClosingCp(char32_t c) {
  return c == U'"' || c == U'\'' || c == U')' || c == U']' || c == U'\u201D' || c == U'\u2019' ||
         c == U'\u00BB' || c == U'*';
}

// The code point that ends text, and where it starts.
char32_t LastCodePoint(std::string_view text, size_t* start) {
  size_t i = text.size();
  while (i > 0 && (static_cast<unsigned char>(text[i - 1]) & 0xC0) == 0x80) --i;
  if (i > 0 && (static_cast<unsigned char>(text[i - 1]) & 0x80) != 0) --i;
  if (i == text.size()) i = text.empty() ? 0 : text.size() - 1;
  size_t pos = i;
  *start = i;
  return NextCodePoint(text, &pos);
}

bool LinkLike(std::string_view text) {
  if (text.find("http") != std::string_view::npos || text.find("www.") != std::string_view::npos)
    return true;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    const char c = text[i];
    const unsigned char next = static_cast<unsigned char>(text[i + 1]);
    const bool word_start = i == 0 || text[i - 1] == ' ' || text[i - 1] == '(';
    if ((c == '@' || c == '#') && (std::isalnum(next) != 0 || next == '_') &&
        (word_start || c == '@'))
      return true;
  }
  return text.find(".com") != std::string_view::npos;
}

}  // namespace

bool IsVerbCue(const Token& token) {
  if (!token.Is(kTokWord) || token.Is(kTokCapitalised)) return false;
  if (Verbs().count(token.norm) > 0) return true;
  if (token.Is(kTokStopword) || token.norm.size() < 5) return false;
  return EndsWith(token.norm, "ed") || EndsWith(token.norm, "ing");
}

bool IsBylineWord(std::string_view norm) { return BylineWords().count(norm) > 0; }
bool IsBoilerplateWord(std::string_view norm) { return BoilerplateWords().count(norm) > 0; }

bool EndsLikeSentence(std::string_view text) {
  while (!text.empty()) {
    size_t start = 0;
    const char32_t c = LastCodePoint(text, &start);
    if (c == U'.' || c == U'!' || c == U'?' || c == U'\u2026') return true;
    if (!IsClosingCp(c) && !IsSpaceCp(c)) return false;
    text = text.substr(0, start);
  }
  return false;
}

LineFeatures ComputeFeatures(std::string_view text, const std::vector<Token>& tokens) {
  LineFeatures f;
  for (const Token& t : tokens) {
    if (!t.Is(kTokWord)) {
      if (t.Is(kTokNumber)) ++f.numbers;
      continue;
    }
    ++f.words;
    const bool caps = t.Is(kTokCapitalised) || t.Is(kTokAllCaps);
    if (caps) ++f.capitalised;
    if (!t.Is(kTokStopword)) {
      ++f.content;
      if (caps) ++f.content_caps;
    }
    if (IsVerbCue(t)) ++f.verbs;
    if (IsBoilerplateWord(t.norm)) f.boilerplate_word = true;
  }
  f.terminal = EndsLikeSentence(text);
  f.link_like = LinkLike(text);
  return f;
}

void SetCore(const Document& doc, TextSpan core, Block* block) {
  block->core = core;
  block->tokens = Tokenize(doc.Slice(core), core.begin, &block->fast_tokens);
  block->features = ComputeFeatures(doc.Slice(core), block->tokens);
}

std::vector<Block> SplitBlocks(const Document& doc) {
  std::vector<Block> blocks;
  for (TextSpan line : SplitLines(doc.text, doc.body)) {
    line = TrimSpan(doc.text, line);
    if (line.empty()) continue;
    Block b;
    b.span = line;
    SetCore(doc, line, &b);
    blocks.push_back(std::move(b));
  }
  return blocks;
}

}  // namespace chorus::clean
