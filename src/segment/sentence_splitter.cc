// Sentence splitter: sentences with byte offsets into Document::text.
//
// Method: ICU's sentence BreakIterator (UAX #29) with locale "en@ss=standard", whose
// suppression list keeps "Mr." and the like from ending a sentence (ICU 72's list misses
// "U.S.", "Dr.", "Gen.", initials), runs over each kept piece as UTF-8 UText (native byte
// offsets). Its segments are then repaired, joining a
// segment to the one before it when
//   - the segment before ends with initials or a dotted initialism ("Dmitri S.", "H.W.",
//     "U.S.", "p.m.") and this one does not open with a capitalised function word ("The",
//     "He"): names and "U.S. Senate" continue, "...to the U.S. The move..." does not;
//   - the segment before ends with a short capitalised abbreviation ("Gen.", "Sen.") that
//     the text itself marks as one (never in lower case, never without its period except
//     as the end of a name: "Hun Sen"), and this one opens with a name or a number;
//   - the segment before ends with ? or ! (a quotation's, or a name's: "Yahoo!") and this
//     one opens in lower case ('"What?" came the reply');
//   - the segment before ends a quotation ('."' '!"') and this one is its attribution
//     ('Trump added in a post.'): at most 15 words, no quote marks, a lower-case reporting
//     verb among its first 4 words (data/quotes_verbs.txt, or a word that follows
//     quotations elsewhere in the same text: ',” Trump posted' teaches "posted");
//   - this one has no letter or digit (stray quote marks, dashes); such a fragment at the
//     start of a line joins the sentence after it, or is dropped when alone on its line.
// A line break between two segments is never joined over. Spans are trimmed of white space.
#include "segment/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_set>

#include "segment/tokenizer.h"
#include "util/text_util.h"

namespace chorus::data {
extern const std::string_view SegmentReportingVerbs;
}  // namespace chorus::data

namespace chorus {
namespace {

icu::BreakIterator* ThreadSentenceBreaker() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status)) bi.reset();
    return bi;
  }();
  return it.get();
}

// Raw ICU segments of text[piece] (absolute offsets, untrimmed).
std::vector<TextSpan> RawSegments(std::string_view text, TextSpan piece) {
  std::vector<TextSpan> out;
  icu::BreakIterator* bi = ThreadSentenceBreaker();
  std::string_view s = text.substr(piece.begin, piece.size());
  if (bi == nullptr) {
    out.push_back(piece);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, s.data(), static_cast<int64_t>(s.size()), &status);
  bi->setText(&ut, status);
  if (U_FAILURE(status)) {
    utext_close(&ut);
    out.push_back(piece);
    return out;
  }
  int32_t a = bi->first();
  for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; a = b, b = bi->next()) {
    out.push_back({piece.begin + static_cast<uint32_t>(a), piece.begin + static_cast<uint32_t>(b)});
  }
  utext_close(&ut);
  return out;
}

bool IsQuoteCp(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 ||
         c == 0x00AB || c == 0x00BB || c == 0x201E || c == 0x2039 || c == 0x203A;
}
bool IsLetterCp(char32_t c) { return u_isalpha(static_cast<UChar32>(c)) != 0; }
bool IsAlnumCp(char32_t c) {
  return u_isalpha(static_cast<UChar32>(c)) != 0 || u_isdigit(static_cast<UChar32>(c)) != 0;
}

// Start of the code point that ends at text[end).
size_t PrevCpStart(std::string_view text, size_t end) {
  size_t i = end - 1;
  while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}

char32_t CpBefore(std::string_view text, size_t end, size_t* start) {
  *start = PrevCpStart(text, end);
  size_t p = *start;
  return NextCodePoint(text, &p);
}

bool HasLineBreak(std::string_view text, uint32_t begin, uint32_t end) {
  return text.substr(begin, end - begin).find('\n') != std::string_view::npos;
}

bool HasAlnum(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (IsAlnumCp(NextCodePoint(s, &i))) return true;
  }
  return false;
}

// A quote mark in s that is not an apostrophe inside a word ("Trump’s").
bool HasQuoteMark(std::string_view s) {
  char32_t prev = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t c = NextCodePoint(s, &i);
    if (IsQuoteCp(c)) {
      size_t j = i;
      bool letter_after = j < s.size() && IsLetterCp(NextCodePoint(s, &j));
      if (!(IsLetterCp(prev) && letter_after && (c == '\'' || c == 0x2019))) return true;
    }
    prev = c;
  }
  return false;
}

// The first word of s (a run of letters/digits) after any opening punctuation; sets
// *opens_with_quote when that punctuation includes a quote mark.
std::string_view FirstWord(std::string_view s, bool* opens_with_quote) {
  size_t i = 0;
  *opens_with_quote = false;
  size_t begin = 0;
  while (i < s.size()) {
    begin = i;
    char32_t c = NextCodePoint(s, &i);
    if (IsAlnumCp(c)) break;
    if (IsQuoteCp(c)) *opens_with_quote = true;
    begin = i;
  }
  size_t end = begin;
  for (size_t j = begin; j < s.size();) {
    char32_t c = NextCodePoint(s, &j);
    if (!IsAlnumCp(c)) break;
    end = j;
  }
  return s.substr(begin, end - begin);
}

// What a text teaches about itself: words used to attribute quotations.
struct TextStats {
  std::string_view text;
  std::vector<std::string> attribution_words;  // norms of lower-case words after ',”'
  // Answers of TextMarksAbbreviation, which scans the whole text, by word.
  mutable std::vector<std::pair<std::string_view, bool>> abbreviations;
};

// Reporting verbs of data/quotes_verbs.txt (shared with src/analyse).
const std::unordered_set<std::string_view>& ReportingVerbs() {
  static const std::unordered_set<std::string_view> words = [] {
    std::unordered_set<std::string_view> set;
    for (std::string_view line : DataLines(data::SegmentReportingVerbs)) set.insert(line);
    return set;
  }();
  return words;
}

bool IsAttributionWord(const TextStats& st, const std::string& norm) {
  return ReportingVerbs().count(norm) != 0 ||
         std::find(st.attribution_words.begin(), st.attribution_words.end(), norm) !=
             st.attribution_words.end();
}

// The reporting verbs a text uses: after a quotation closed by ,” !” or ?”, among the next
// 3 words, the lower-case content word right before punctuation (',” the president said.'
// gives "said"), else the first lower-case content word (',” Trump posted to' gives
// "posted").
std::vector<std::string> LearnAttributionWords(std::string_view text) {
  std::vector<std::string> words;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != ',' && text[i] != '!' && text[i] != '?') continue;
    size_t p = i + 1;
    char32_t q = NextCodePoint(text, &p);
    if (q != 0x201D && q != '"' && q != 0x2019 && q != '\'') continue;
    std::string first_content;
    std::string before_punct;
    for (int seen = 0; p < text.size() && seen < 3 && before_punct.empty();) {
      size_t w = p;
      char32_t c = NextCodePoint(text, &w);
      if (c == ' ') {
        p = w;
        continue;
      }
      if (!IsLetterCp(c)) break;
      size_t e = p;
      while (e < text.size()) {
        size_t n = e;
        if (!IsLetterCp(NextCodePoint(text, &n))) break;
        e = n;
      }
      ++seen;
      if (u_islower(static_cast<UChar32>(c))) {
        std::string norm = NormalizeWord(text.substr(p, e - p));
        const bool punct_after = e < text.size() && text[e] != ' ';
        if (!IsStopword(norm)) {
          if (punct_after) before_punct = norm;
          if (first_content.empty()) first_content = std::move(norm);
        }
      }
      p = e;
    }
    std::string& verb = before_punct.empty() ? first_content : before_punct;
    if (!verb.empty() && std::find(words.begin(), words.end(), verb) == words.end()) {
      words.push_back(std::move(verb));
    }
  }
  return words;
}

// Returns the dotted run before a final '.' of span ("S", "H.W", "U.S", "Gen", "p.m"),
// or an empty view if span does not end with '.' after a letter.
std::string_view RunBeforeFinalPeriod(std::string_view text, TextSpan span) {
  if (span.empty() || text[span.end - 1] != '.') return {};
  size_t end = span.end - 1;
  size_t begin = end;
  while (begin > span.begin) {
    size_t start;
    char32_t c = CpBefore(text, begin, &start);
    if (!IsLetterCp(c) && c != '.') break;
    begin = start;
  }
  while (begin < end && text[begin] == '.') ++begin;
  return text.substr(begin, end - begin);
}

// "S", "H.W", "U.S", "p.m": single letters separated by periods.
bool IsInitialism(std::string_view run) {
  if (run.empty()) return false;
  size_t i = 0;
  while (i < run.size()) {
    char32_t c = NextCodePoint(run, &i);
    if (!IsLetterCp(c)) return false;
    if (i == run.size()) return true;
    if (run[i] != '.') return false;
    ++i;
  }
  return false;
}

bool IsCapitalisedWord(std::string_view w) {
  if (w.empty()) return false;
  size_t i = 0;
  return u_isupper(static_cast<UChar32>(NextCodePoint(w, &i))) != 0;
}

// Whether the word before text[pos] starts with a capital ("Hun" in "Hun Sen").
bool AfterCapitalisedWord(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p > 0) {
    size_t start;
    char32_t c = CpBefore(text, p, &start);
    if (c != ' ') break;
    p = start;
  }
  if (p == pos) return false;
  size_t word_start = p;
  while (word_start > 0) {
    size_t start;
    if (!IsLetterCp(CpBefore(text, word_start, &start))) break;
    word_start = start;
  }
  if (word_start == p) return false;
  size_t q = word_start;
  return u_isupper(static_cast<UChar32>(NextCodePoint(text, &q))) != 0;
}

// Whether the word after text[pos, pos+len) starts with a capital ("Dr Smith").
bool BeforeCapitalisedWord(std::string_view text, size_t pos, size_t len) {
  size_t p = pos + len;
  while (p < text.size() && text[p] == ' ') ++p;
  if (p == pos + len || p >= text.size()) return false;
  return u_isupper(static_cast<UChar32>(NextCodePoint(text, &p))) != 0;
}

// Whether the text itself marks word ("Gen", "Dr", "Sen") as an abbreviation: it never
// appears in lower case, and without its period only inside names: at the end of one
// ("Hun Sen") or before one ("Dr Smith"), never as a word of its own ("the War with").
bool TextMarksAbbreviation(std::string_view text, std::string_view word) {
  auto bounded = [&](size_t pos, size_t len) {
    size_t s;
    bool left = pos == 0 || !IsAlnumCp(CpBefore(text, pos, &s));
    size_t p = pos + len;
    bool right = p >= text.size() || !IsAlnumCp(NextCodePoint(text, &p));
    return left && right;
  };
  for (size_t pos = text.find(word); pos != std::string_view::npos;
       pos = text.find(word, pos + 1)) {
    if (!bounded(pos, word.size())) continue;
    bool dotted = pos + word.size() < text.size() && text[pos + word.size()] == '.';
    if (!dotted && !AfterCapitalisedWord(text, pos) &&
        !BeforeCapitalisedWord(text, pos, word.size())) {
      return false;
    }
  }
  std::string low = NormalizeWord(word);
  if (low == word) return false;
  for (size_t pos = text.find(low); pos != std::string_view::npos; pos = text.find(low, pos + 1)) {
    // Parts of addresses ("ntsb.gov", "@gov") are not uses of the word.
    const bool in_address =
        pos > 0 && (text[pos - 1] == '.' || text[pos - 1] == '/' || text[pos - 1] == '@');
    if (bounded(pos, low.size()) && !in_address) return false;
  }
  return true;
}

bool ShouldJoin(const TextStats& st, TextSpan prev, TextSpan next) {
  std::string_view text = st.text;
  std::string_view next_text = text.substr(next.begin, next.size());
  if (HasLineBreak(text, prev.end, next.begin)) return false;
  bool opens_with_quote = false;
  std::string_view first = FirstWord(next_text, &opens_with_quote);
  if (first.empty()) return false;
  // After ? or ! (and closing quotes) a lower-case word continues the sentence: '"What?"
  // came the reply', "confirming to Yahoo! that".
  size_t qs;
  size_t end = prev.end;
  char32_t c = CpBefore(text, end, &qs);
  while (IsQuoteCp(c) && qs > prev.begin) c = CpBefore(text, end = qs, &qs);
  if (c == '?' || c == '!') {
    size_t i = 0;
    if (u_islower(static_cast<UChar32>(NextCodePoint(next_text, &i)))) return true;
  }
  bool first_capitalised_stopword = IsCapitalisedWord(first) && IsStopword(NormalizeWord(first));

  std::string_view run = RunBeforeFinalPeriod(text, prev);
  if (!run.empty() && !opens_with_quote) {
    if (IsInitialism(run)) return !first_capitalised_stopword;
    size_t letters = 0;
    for (size_t i = 0; i < run.size(); ++letters) NextCodePoint(run, &i);
    bool starts_name_or_number = (IsCapitalisedWord(first) && !first_capitalised_stopword) ||
                                 (first[0] >= '0' && first[0] <= '9');
    if (letters <= 4 && IsCapitalisedWord(run) && run.find('.') == std::string_view::npos &&
        starts_name_or_number) {
      auto known = std::find_if(st.abbreviations.begin(), st.abbreviations.end(),
                                [&](const auto& a) { return a.first == run; });
      if (known == st.abbreviations.end()) {
        st.abbreviations.emplace_back(run, TextMarksAbbreviation(text, run));
        known = st.abbreviations.end() - 1;
      }
      if (known->second) return true;
    }
  }

  // A quotation followed by its attribution.
  size_t s;
  char32_t last = CpBefore(text, prev.end, &s);
  if (IsQuoteCp(last) && s > prev.begin) {
    size_t s2 = s;
    char32_t c = 0;
    while (s2 > prev.begin && IsQuoteCp(c = CpBefore(text, s2, &s2))) {
    }
    bool ends_quotation = c == '.' || c == '!' || c == '?' || c == 0x2026;
    bool has_quote = HasQuoteMark(next_text);
    if (ends_quotation && !has_quote && CountWords(next_text) <= 15) {
      std::vector<Token> tokens = Tokenize(next_text);
      for (size_t i = 0; i < tokens.size() && i < 4; ++i) {
        if (!tokens[i].Is(kTokCapitalised) && IsAttributionWord(st, tokens[i].norm)) return true;
      }
    }
  }
  return false;
}

// Sentence spans (absolute, trimmed) of text[piece].
void SplitPiece(const TextStats& st, TextSpan piece, std::vector<TextSpan>* out) {
  const size_t first = out->size();
  bool pending = false;  // a fragment without letters or digits waits for the next sentence
  TextSpan fragment;
  for (TextSpan seg : RawSegments(st.text, piece)) {
    TextSpan t = TrimSpan(st.text, seg);
    if (t.empty()) continue;
    if (pending) {
      pending = false;
      if (!HasLineBreak(st.text, fragment.end, t.begin)) t.begin = fragment.begin;
    }
    const bool has_prev = out->size() > first;
    if (!HasAlnum(st.text.substr(t.begin, t.size()))) {
      if (has_prev && !HasLineBreak(st.text, out->back().end, t.begin)) {
        out->back().end = t.end;
      } else {
        pending = true;  // joins the next sentence on the same line, else is dropped
        fragment = t;
      }
      continue;
    }
    if (has_prev && ShouldJoin(st, out->back(), t)) {
      out->back().end = t.end;
    } else {
      out->push_back(t);
    }
  }
}

}  // namespace

std::vector<TextSpan> SentenceSpans(std::string_view text) {
  std::vector<TextSpan> out;
  TextStats st{text, LearnAttributionWords(text), {}};
  SplitPiece(st, TextSpan{0, static_cast<uint32_t>(text.size())}, &out);
  return out;
}

std::vector<Sentence> SplitSentences(const Document& doc, const std::vector<TextSpan>& kept) {
  return SplitSentences(doc, kept, nullptr);
}

std::vector<Sentence> SplitSentences(const Document& doc, const std::vector<TextSpan>& kept,
                                     std::vector<TokenizedText>* kept_tokens) {
  std::vector<Sentence> out;
  TextStats st{doc.text, LearnAttributionWords(doc.text), {}};
  std::vector<TextSpan> spans;
  for (uint32_t p = 0; p < kept.size(); ++p) {
    spans.clear();
    TextSpan piece = kept[p];
    piece.end = std::min<uint32_t>(piece.end, static_cast<uint32_t>(doc.text.size()));
    if (piece.empty()) continue;
    SplitPiece(st, piece, &spans);
    TokenizedText* given =
        kept_tokens != nullptr && p < kept_tokens->size() && (*kept_tokens)[p].fast
            ? &(*kept_tokens)[p]
            : nullptr;
    size_t next = 0;
    for (TextSpan span : spans) {
      Sentence s;
      s.span = span;
      s.paragraph = p;
      if (given == nullptr || !TakeTokensWithin(&given->tokens, &next, span, &s.tokens)) {
        s.tokens = Tokenize(doc.Slice(span), span.begin);
      }
      out.push_back(std::move(s));
    }
  }
  return out;
}

}  // namespace chorus
