// Tokenizer: words and numbers with byte offsets, normalised and stemmed forms.
//
// Method: ICU's word BreakIterator (UAX #29 rules) runs over a UTF-8 UText, so break
// positions are native byte offsets into the input (text of ASCII, curly quotes and dashes
// takes a fast path applying the same rules without ICU); segments whose rule status is a word
// or number (status >= UBRK_WORD_NUMBER) become tokens, punctuation and spaces do not.
// Consequences of UAX #29 that chorus relies on:
//   "90-minute"      -> "90", "minute"        (hyphen breaks; the number stays a number)
//   "pre-2014"       -> "pre", "2014"
//   "one-and-a-half" -> "one", "and", "a", "half"
//   "Russia/Ukraine" -> "Russia", "Ukraine"
//   "U.S."           -> "U.S" (the inner '.' joins letters); norm "us", not a stopword
//   "US", "WHO"      -> acronyms, not stopwords, unless inside an all-caps run ("THE WAR IN")
//   "1,000" / "3.5"  -> one number token each; norm drops digit-group commas ("1000")
// A possessive "'s" / "’s" is not part of the token: span, norm and stem cover "Trump" in
// "Trump’s" (the contraction "it's" becomes "it" the same way, harmless for matching).
// norm = NFKC_Casefold (ICU Normalizer2) with ’ ‘ ʼ folded to '; stem = Snowball English
// (libstemmer) of norm, equal to norm for tokens with digits. ICU and Snowball objects, and
// a cache of stems, are kept per thread.
#include "segment/tokenizer.h"

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "segment/tokenizer_internal.h"
#include "util/text_util.h"

namespace chorus::data {
extern const std::string_view StopwordsEn;
}  // namespace chorus::data

namespace chorus {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

sb_stemmer* ThreadStemmer() {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
      sb_stemmer_new("english", "UTF_8"));
  return stemmer.get();
}

// The word break iterator of this thread (nullptr if ICU cannot build one).
icu::BreakIterator* ThreadWordBreaker() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status)) bi.reset();
    return bi;
  }();
  return it.get();
}

const std::unordered_set<std::string_view>& Stopwords() {
  static const std::unordered_set<std::string_view> words = [] {
    std::unordered_set<std::string_view> set;
    for (std::string_view line : DataLines(data::StopwordsEn)) set.insert(line);
    return set;
  }();
  return words;
}

// Length in bytes of a possessive "'s" ending word (0 if none). Needs a letter before it.
size_t PossessiveSuffix(std::string_view word) {
  if (word.size() < 3) return 0;
  char last = word.back();
  if (last != 's' && last != 'S') return 0;
  if (word[word.size() - 2] == '\'') return 2;
  if (word.size() >= 5 && word.compare(word.size() - 4, 3, "\xE2\x80\x99") == 0) return 4;
  if (word.size() >= 4 && word.compare(word.size() - 3, 2, "\xCA\xBC") == 0) return 3;
  return 0;
}

// Character classes of a token, as TokenFlag bits (kTokStopword excepted).
uint8_t ClassFlags(std::string_view word) {
  uint8_t flags = 0;
  int letters = 0;
  int upper = 0;
  bool first_letter = true;
  int32_t i = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto n = static_cast<int32_t>(word.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;
    if (c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c)) {
      flags |= kTokWord;
      ++letters;
      bool up = c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c) || u_istitle(c);
      if (up) ++upper;
      if (first_letter && up) flags |= kTokCapitalised;
      first_letter = false;
    } else if (c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(c)) {
      flags |= kTokNumber;
    }
  }
  if (letters >= 2 && upper == letters) flags |= kTokAllCaps;
  return flags;
}

void FoldApostrophes(std::string* s) {
  size_t out = 0;
  for (size_t i = 0; i < s->size();) {
    if (i + 2 < s->size() && (*s)[i] == '\xE2' && (*s)[i + 1] == '\x80' &&
        ((*s)[i + 2] == '\x99' || (*s)[i + 2] == '\x98')) {
      (*s)[out++] = '\'';
      i += 3;
    } else if (i + 1 < s->size() && (*s)[i] == '\xCA' && (*s)[i + 1] == '\xBC') {
      (*s)[out++] = '\'';
      i += 2;
    } else {
      (*s)[out++] = (*s)[i++];
    }
  }
  s->resize(out);
}

}  // namespace

std::string NormalizeWord(std::string_view word) {
  bool ascii = std::all_of(word.begin(), word.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string out;
  if (ascii) {
    out.assign(word);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) return std::string(word);
  icu::UnicodeString src = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::UnicodeString dst = nfkc_cf->normalize(src, status);
  if (U_FAILURE(status)) return std::string(word);
  dst.toUTF8String(out);
  FoldApostrophes(&out);
  return out;
}

std::string Stem(std::string_view w) {
  sb_stemmer* stemmer = ThreadStemmer();
  if (stemmer == nullptr || w.empty()) return std::string(w);
  const sb_symbol* s = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(w.data()),
                                       static_cast<int>(w.size()));
  if (s == nullptr) return std::string(w);
  return std::string(reinterpret_cast<const char*>(s),
                     static_cast<size_t>(sb_stemmer_length(stemmer)));
}

bool IsStopword(std::string_view w) { return Stopwords().count(w) != 0; }

namespace {

// Stem and stopword status of a norm, cached per thread: news vocabulary repeats heavily and
// Snowball is most of the cost of tokenizing otherwise.
struct WordInfo {
  std::string stem;
  bool stopword = false;
};

const WordInfo& LookUp(const std::string& norm) {
  constexpr size_t kMaxEntries = 1 << 17;
  thread_local std::unordered_map<std::string, WordInfo> cache;
  auto it = cache.find(norm);
  if (it != cache.end()) return it->second;
  if (cache.size() >= kMaxEntries) cache.clear();
  return cache.emplace(norm, WordInfo{Stem(norm), IsStopword(norm)}).first->second;
}

// Fills t from the source word (already cut to the token span).
void MakeToken(std::string_view word, uint32_t begin, Token* t) {
  t->span = {begin, begin + static_cast<uint32_t>(word.size())};
  t->flags = ClassFlags(word);
  t->norm = NormalizeWord(word);
  if (t->Is(kTokNumber)) {
    // Digit-group commas ("1,000") carry no meaning for matching.
    std::string& n = t->norm;
    size_t out = 0;
    for (size_t i = 0; i < n.size(); ++i) {
      bool group_comma = n[i] == ',' && out > 0 && i + 1 < n.size() && n[out - 1] >= '0' &&
                         n[out - 1] <= '9' && n[i + 1] >= '0' && n[i + 1] <= '9';
      if (!group_comma) n[out++] = n[i];
    }
    n.resize(out);
    t->stem = n;
    return;
  }
  if (t->Is(kTokAllCaps) && t->norm.find('.') != std::string::npos) {
    // Dotted initialisms: "U.S" -> "us", so "U.S." and "US" match.
    t->norm.erase(std::remove(t->norm.begin(), t->norm.end(), '.'), t->norm.end());
  }
  const WordInfo& info = LookUp(t->norm);
  if (!t->Is(kTokAllCaps) && info.stopword) t->flags |= kTokStopword;
  t->stem = info.stem;
}

// An all-caps function word is an acronym when it stands alone in mixed-case text ("the
// US and", "WHO said") and a stopword inside an all-caps run ("THE WAR IN UKRAINE").
void MarkShoutedStopwords(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!t[i].Is(kTokAllCaps) || t[i].norm.find('.') != std::string::npos) continue;
    bool run =
        (i > 0 && t[i - 1].Is(kTokAllCaps)) || (i + 1 < t.size() && t[i + 1].Is(kTokAllCaps));
    if (run && LookUp(t[i].norm).stopword) t[i].flags |= kTokStopword;
  }
}

// ---- fast path ------------------------------------------------------------------------
// Most news text is ASCII plus curly quotes, dashes and no-break spaces. For such text the
// UAX #29 word rules reduce to a few pairwise rules over six classes, applied here without
// ICU; any other character sends the whole call to ICU. segment_test checks that both
// paths give the same words on the seeds and the evaluation data.
enum WordClass : uint8_t { kOther, kLetter, kDigit, kMidNumLetQ, kMidNum, kExtendNumLet };

struct ClassTable {
  WordClass cls[128];
  constexpr ClassTable() : cls() {
    for (int c = 0; c < 128; ++c) cls[c] = kOther;
    for (int c = 'a'; c <= 'z'; ++c) cls[c] = kLetter;
    for (int c = 'A'; c <= 'Z'; ++c) cls[c] = kLetter;
    for (int c = '0'; c <= '9'; ++c) cls[c] = kDigit;
    cls[static_cast<int>('@')] = kLetter;  // ICU counts '@' as a letter (e-mail addresses)
    cls[static_cast<int>('.')] = kMidNumLetQ;
    cls[static_cast<int>('\'')] = kMidNumLetQ;
    cls[static_cast<int>(',')] = kMidNum;
    cls[static_cast<int>(';')] = kMidNum;
    cls[static_cast<int>('_')] = kExtendNumLet;
  }
};
constexpr ClassTable kClassTable;

// Class of a non-ASCII code point the fast path knows, or false.
bool SimpleNonAscii(UChar32 c, WordClass* cls) {
  switch (c) {
    case 0x2018:  // ‘
    case 0x2019:  // ’
      *cls = kMidNumLetQ;
      return true;
    case 0x00A0:  // no-break space
    case 0x00AB:  // «
    case 0x00BB:  // »
    case 0x2013:  // –
    case 0x2014:  // —
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x2026:  // …
      *cls = kOther;
      return true;
    default:
      return false;
  }
}

bool Joins(const std::vector<WordClass>& c, size_t j) {
  const WordClass a = c[j - 1];
  const WordClass b = c[j];
  const bool a_word = a == kLetter || a == kDigit;
  const bool b_word = b == kLetter || b == kDigit;
  if (a_word && b_word) return true;                                      // WB5, WB8-10
  if (b == kExtendNumLet && (a_word || a == kExtendNumLet)) return true;  // WB13a
  if (a == kExtendNumLet && b_word) return true;                          // WB13b
  const bool next_letter = j + 1 < c.size() && c[j + 1] == kLetter;
  const bool next_digit = j + 1 < c.size() && c[j + 1] == kDigit;
  if (a == kLetter && b == kMidNumLetQ && next_letter) return true;                    // WB6
  if (a == kMidNumLetQ && b == kLetter && j >= 2 && c[j - 2] == kLetter) return true;  // WB7
  if (a == kDigit && (b == kMidNum || b == kMidNumLetQ) && next_digit) return true;    // WB12
  if ((a == kMidNum || a == kMidNumLetQ) && b == kDigit && j >= 2 && c[j - 2] == kDigit) {
    return true;  // WB11
  }
  return false;
}

// Word and number segments of text by the fast path; false if text needs ICU.
bool SimpleWordSpans(std::string_view text, std::vector<TextSpan>* out) {
  thread_local std::vector<WordClass> cls;
  thread_local std::vector<uint32_t> at;  // byte offset of each code point
  cls.clear();
  at.clear();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    at.push_back(static_cast<uint32_t>(i));
    if (s[i] < 0x80) {
      cls.push_back(kClassTable.cls[s[i]]);
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    WordClass k;
    if (c < 0 || !SimpleNonAscii(c, &k)) return false;
    cls.push_back(k);
  }
  at.push_back(static_cast<uint32_t>(n));
  const size_t count = cls.size();
  for (size_t i = 0; i < count;) {
    if (cls[i] != kLetter && cls[i] != kDigit && cls[i] != kExtendNumLet) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < count && Joins(cls, j)) ++j;
    // Like ICU: "__" has word status, a lone "_" not (neither becomes a token).
    if (cls[i] != kExtendNumLet || j - i > 1) {
      out->push_back({at[i], at[j]});
    }
    i = j;
  }
  return true;
}

}  // namespace

namespace internal {

std::vector<TextSpan> IcuWordSpans(std::string_view text) {
  std::vector<TextSpan> out;
  icu::BreakIterator* bi = ThreadWordBreaker();
  if (bi == nullptr || text.empty()) return out;
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return out;
  bi->setText(&ut, status);
  if (U_FAILURE(status)) {
    utext_close(&ut);
    return out;
  }
  int32_t start = bi->first();
  for (int32_t end = bi->next(); end != icu::BreakIterator::DONE; start = end, end = bi->next()) {
    if (bi->getRuleStatus() < UBRK_WORD_NUMBER) continue;
    out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
  }
  utext_close(&ut);  // the iterator keeps its own shallow clone; text outlives this call
  return out;
}

bool FastWordSpans(std::string_view text, std::vector<TextSpan>* out) {
  return SimpleWordSpans(text, out);
}

}  // namespace internal

std::vector<Token> Tokenize(std::string_view text, uint32_t base) {
  bool fast = false;
  return Tokenize(text, base, &fast);
}

std::vector<Token> Tokenize(std::string_view text, uint32_t base, bool* fast) {
  std::vector<Token> out;
  *fast = true;
  if (text.empty()) return out;
  thread_local std::vector<TextSpan> spans;
  spans.clear();
  if (!SimpleWordSpans(text, &spans)) {
    *fast = false;
    spans = internal::IcuWordSpans(text);
  }
  out.reserve(spans.size());
  for (TextSpan span : spans) {
    std::string_view word = text.substr(span.begin, span.size());
    size_t poss = PossessiveSuffix(word);
    if (poss > 0) word.remove_suffix(poss);
    Token t;
    MakeToken(word, base + span.begin, &t);
    if (t.flags == 0) continue;  // e.g. a lone apostrophe ICU kept as a word
    out.push_back(std::move(t));
  }
  MarkShoutedStopwords(&out);
  return out;
}

// The fast-path word rules only look inside a word (WB6/7/11/12 read the characters on both
// sides of a joint, and both belong to the word), so when no word crosses an edge of span
// the words of the sub-text are exactly the words of the text inside span. Only the
// shouted-stopword marks read neighbouring tokens: they are redone within span.
bool TakeTokensWithin(std::vector<Token>* line, size_t* next, TextSpan span,
                      std::vector<Token>* out) {
  std::vector<Token>& t = *line;
  size_t i = *next;
  while (i < t.size() && t[i].span.end <= span.begin) ++i;
  if (i < t.size() && t[i].span.begin < span.begin) return false;
  size_t j = i;
  while (j < t.size() && t[j].span.end <= span.end) ++j;
  if (j < t.size() && t[j].span.begin < span.end) return false;
  out->clear();
  out->reserve(j - i);
  for (size_t k = i; k < j; ++k) {
    Token& tok = t[k];
    if (tok.Is(kTokAllCaps) && tok.norm.find('.') == std::string::npos) {
      tok.flags = static_cast<uint8_t>(tok.flags & ~kTokStopword);
    }
    out->push_back(std::move(tok));
  }
  MarkShoutedStopwords(out);
  *next = j;
  return true;
}

}  // namespace chorus
