// Widgets, boilerplate and bylines by shape, after jusText (Pomikálek 2011): short lines
// without terminal punctuation whose words are mostly capitalised and hold no verb are
// navigation or teaser text ("Impact Shorts"); lines of symbols and counters ("5 mins read")
// likewise. Widget words fused onto a sentence with no space ("More Shorts“We agreed") are
// cut off when the run before the fusion point is short, title-case and verbless. Bylines
// are short lines at the edges of a report that name people next to a reporting word. Word
// lists (data/clean_*.txt) only choose between reasons or confirm a byline; shape decides.
#include "clean/widgets.h"

#include <algorithm>
#include <cctype>

#include "segment/tokenizer.h"
#include "util/text_util.h"

namespace chorus::clean {
namespace {

// Runs of teaser headlines (related-link lists): three in a row, or two next to a junk line.
constexpr size_t kMinTeaserRun = 3;
constexpr size_t kMinTeaserRunNearJunk = 2;

bool IsOpeningQuote(char32_t c) { return c == U'\u201C' || c == U'"' || c == U'\u00AB'; }

bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Whether tokens (the glued prefix) are a short verbless title-case run.
bool TitleRun(const std::vector<Token>& tokens, int* words, bool* boiler) {
  *words = 0;
  *boiler = false;
  for (const Token& t : tokens) {
    if (!t.Is(kTokWord)) return false;
    if (!t.Is(kTokCapitalised) && !t.Is(kTokAllCaps)) return false;
    ++*words;
    *boiler = *boiler || IsBoilerplateWord(t.norm);
  }
  return *words >= 1 && *words <= 5;
}

// Where the sentence starts: an opening quote right after a letter, or a lower->upper
// case change inside a word ("ShortsWe"). Searched in the first 60 bytes.
size_t FusionPoint(std::string_view text) {
  const size_t limit = std::min<size_t>(text.size(), 60);
  size_t pos = 0;
  char32_t prev = 0;
  while (pos < limit) {
    const size_t at = pos;
    const char32_t c = NextCodePoint(text, &pos);
    const bool after_letter = prev < 0x80 && std::isalpha(static_cast<int>(prev)) != 0;
    // An opening quote glued after a letter and followed by a word (a straight quote after
    // a word and before a space or punctuation closes a quotation instead).
    if (IsOpeningQuote(c) && after_letter && pos < text.size()) {
      const auto next = static_cast<unsigned char>(text[pos]);
      if (next >= 0x80 || std::isalnum(next) != 0) return at;
    }
    // "ShortsWe": a lower -> upper change after at least four lower-case letters (so
    // "McKellen", "DiCaprio", "YouTube" stay whole).
    if (at >= 4 && IsAsciiUpper(text[at]) && IsAsciiLower(text[at - 1]) &&
        IsAsciiLower(text[at - 2]) && IsAsciiLower(text[at - 3]) && IsAsciiLower(text[at - 4]))
      return at;
    if (IsSpaceCp(c) && prev == U'.') return std::string_view::npos;  // a sentence ended
    prev = c;
  }
  return std::string_view::npos;
}

}  // namespace

size_t GluedWidgetPrefix(std::string_view text, uint32_t base) {
  const size_t at = FusionPoint(text);
  if (at == std::string_view::npos || at == 0) return 0;
  const std::vector<Token> prefix = Tokenize(text.substr(0, at), base);
  int words = 0;
  bool boiler = false;
  if (!TitleRun(prefix, &words, &boiler) || (words < 2 && !boiler)) return 0;
  const std::string_view rest = text.substr(at);
  if (CountWords(rest) < 4) return 0;
  return at;
}

namespace {

// Link furniture: embedded posts ("... — Name (@handle) Date"), link lines, copyright
// notices, "Printer-friendly »".
std::optional<RemovalReason> LinkFurniture(std::string_view text, const LineFeatures& f) {
  const bool embedded_post =
      text.find("(@") != std::string_view::npos &&
      (text.find("\u2014") != std::string_view::npos || text.find(" - ") != std::string_view::npos);
  if (embedded_post && !f.terminal) return RemovalReason::kWidget;
  if (f.link_like && !f.terminal && f.words <= 20) return RemovalReason::kBoilerplate;
  if (f.link_like && f.words <= 3) return RemovalReason::kBoilerplate;
  if (text.find("\u00A9") != std::string_view::npos && f.words <= 15)
    return RemovalReason::kBoilerplate;
  const bool arrow = text.ends_with("\u00BB") || text.ends_with("\u203A");
  if (arrow && f.words <= 15) return RemovalReason::kWidget;
  return std::nullopt;
}

// Labelled teasers: "(VIDEO: ...)", "[Related: ...]", "PHOTOS: Stars ...".
bool LabelledTeaser(std::string_view text, const std::vector<Token>& tokens,
                    const LineFeatures& f) {
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos) return false;
  const bool bracketed = text.size() > 2 && (text.front() == '(' || text.front() == '[') &&
                         (text.back() == ')' || text.back() == ']');
  if (bracketed && f.words <= 25 && colon < 40) return true;
  const bool label = !tokens.empty() && tokens[0].Is(kTokAllCaps) && tokens[0].norm.size() >= 3 &&
                     tokens[0].span.end - tokens[0].span.begin == colon;
  return label && !f.terminal && f.words <= 15;
}

// A prompt: a short verbless line opening with a page-furniture word followed by a function
// word or a name ("Follow X on Twitter!", "Read more", "Sign up for ...").
bool Prompt(const std::vector<Token>& tokens, const LineFeatures& f) {
  if (tokens.empty() || f.words > 12 || f.verbs > 0 || !IsBoilerplateWord(tokens[0].norm))
    return false;
  if (tokens.size() == 1) return true;
  return tokens[1].Is(kTokStopword) || tokens[1].Is(kTokCapitalised);
}

}  // namespace

std::optional<RemovalReason> ClassifyWidgetLine(std::string_view text,
                                                const std::vector<Token>& tokens,
                                                const LineFeatures& f) {
  const RemovalReason shaped =
      f.boilerplate_word ? RemovalReason::kBoilerplate : RemovalReason::kWidget;
  if (f.words == 0) return RemovalReason::kWidget;  // symbols, lone counters, dates
  if (f.words + f.numbers <= 4 && f.numbers >= 1 && !f.terminal) return RemovalReason::kWidget;
  if (auto reason = LinkFurniture(text, f)) return reason;
  if (!f.terminal && f.words <= 6 && f.verbs == 0 && (f.content == 0 || f.CapsShare() >= 0.6))
    return shaped;
  // Short verbless headings and teasers ("Worldwide spectacle"); lead-ins ending in ':' stay.
  if (!f.terminal && f.words <= 5 && f.verbs == 0 && !text.ends_with(":")) return shaped;
  if (!f.terminal && f.words <= 8 && f.boilerplate_word) return RemovalReason::kBoilerplate;
  if (LabelledTeaser(text, tokens, f)) return shaped;
  if (Prompt(tokens, f)) return RemovalReason::kBoilerplate;
  return std::nullopt;
}

bool LooksLikeByline(const std::vector<Token>& tokens, const LineFeatures& f) {
  if (f.words == 0 || f.words > 30) return false;
  const auto first_word =
      std::find_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.Is(kTokWord); });
  const bool starts_by = first_word != tokens.end() && first_word->norm == "by" &&
                         first_word + 1 != tokens.end() && (first_word + 1)->Is(kTokCapitalised);
  int byline_words = 0;
  int other_verbs = 0;
  for (const Token& t : tokens) {
    if (IsBylineWord(t.norm)) {
      ++byline_words;
    } else if (IsVerbCue(t)) {
      ++other_verbs;
    }
  }
  if (starts_by && other_verbs == 0 && f.CapsShare() >= 0.6) return true;
  if (byline_words == 0 || other_verbs > 0) return false;
  return f.words <= 6 || (f.words <= 20 && f.CapsShare() >= 0.5) || f.CapsShare() >= 0.6;
}

void MarkGluedWidgets(const Document& doc, std::vector<Block>* blocks) {
  for (Block& b : *blocks) {
    if (!b.Kept()) continue;
    const size_t n = GluedWidgetPrefix(doc.Slice(b.core), b.core.begin);
    if (n == 0) continue;
    const TextSpan cut{b.core.begin, b.core.begin + static_cast<uint32_t>(n)};
    std::vector<Token> prefix = Tokenize(doc.Slice(cut), cut.begin);
    const LineFeatures pf = ComputeFeatures(doc.Slice(cut), prefix);
    b.cuts.push_back({TrimSpan(doc.text, cut),
                      pf.boilerplate_word ? RemovalReason::kBoilerplate : RemovalReason::kWidget});
    SetCore(doc, TrimSpan(doc.text, {cut.end, b.core.end}), &b);
  }
}

void MarkWidgetLines(const Document& doc, std::vector<Block>* blocks) {
  for (Block& b : *blocks) {
    if (!b.Kept()) continue;
    if (auto reason = ClassifyWidgetLine(doc.Slice(b.core), b.tokens, b.features)) b.whole = reason;
  }
}

namespace {

// A teaser headline: 3-15 words, no final punctuation, no link (a link line is handled
// already), not a lead-in ending in ':'.
bool TeaserShaped(const Document& doc, const Block& b) {
  const LineFeatures& f = b.features;
  return b.Kept() && !f.terminal && f.words >= 3 && f.words <= 15 &&
         !doc.Slice(b.core).ends_with(":");
}

bool IsJunk(const Block& b) {
  return b.whole == RemovalReason::kWidget || b.whole == RemovalReason::kBoilerplate;
}

}  // namespace

void MarkTeaserRuns(const Document& doc, std::vector<Block>* blocks) {
  std::vector<Block>& v = *blocks;
  size_t i = 0;
  while (i < v.size()) {
    if (!TeaserShaped(doc, v[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < v.size() && TeaserShaped(doc, v[j])) ++j;
    const bool next_to_junk = (i > 0 && IsJunk(v[i - 1])) || (j < v.size() && IsJunk(v[j]));
    const size_t need = next_to_junk ? kMinTeaserRunNearJunk : kMinTeaserRun;
    if (j - i >= need) {
      for (size_t k = i; k < j; ++k) v[k].whole = RemovalReason::kWidget;
    }
    i = j;
  }
}

void MarkBylines(std::vector<Block>* blocks) {
  std::vector<size_t> kept;
  for (size_t i = 0; i < blocks->size(); ++i) {
    if ((*blocks)[i].Kept() && (*blocks)[i].features.words > 0) kept.push_back(i);
  }
  const size_t n = kept.size();
  for (size_t k = 0; k < n; ++k) {
    if (k >= 3 && k + 3 < n) continue;  // only the first three and the last three lines
    Block& b = (*blocks)[kept[k]];
    if (LooksLikeByline(b.tokens, b.features)) b.whole = RemovalReason::kByline;
  }
}

}  // namespace chorus::clean
