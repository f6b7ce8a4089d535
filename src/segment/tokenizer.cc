// Tokenizer: words and numbers with byte offsets, normalised and stemmed forms.
//
// Method: ICU's word BreakIterator (UAX #29 rules) runs over a UTF-8 UText, so break
// positions are native byte offsets into the input; segments whose rule status is a word
// or number (status >= UBRK_WORD_NUMBER) become tokens, punctuation and spaces do not.
// Consequences of UAX #29 that chorus relies on:
//   "90-minute"      -> "90", "minute"        (hyphen breaks; the number stays a number)
//   "pre-2014"       -> "pre", "2014"
//   "one-and-a-half" -> "one", "and", "a", "half"
//   "Russia/Ukraine" -> "Russia", "Ukraine"
//   "U.S."           -> "U.S" (the inner '.' joins letters); norm "us", not a stopword
//   "1,000" / "3.5"  -> one number token each; norm drops digit-group commas ("1000")
// A possessive "'s" / "’s" is not part of the token: span, norm and stem cover "Trump" in
// "Trump’s" (the contraction "it's" becomes "it" the same way, harmless for matching).
// norm = NFKC_Casefold (ICU Normalizer2) with ’ ‘ ʼ folded to '; stem = Snowball English
// (libstemmer) of norm, equal to norm for tokens with digits. ICU and Snowball objects are
// created once per thread.
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
#include <unordered_set>

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
    std::string_view all = data::StopwordsEn;
    while (!all.empty()) {
      size_t nl = all.find('\n');
      std::string_view line = all.substr(0, nl);
      all = nl == std::string_view::npos ? std::string_view() : all.substr(nl + 1);
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
      if (!line.empty() && line[0] != '#') set.insert(line);
    }
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
      bool group_comma = n[i] == ',' && out > 0 && i + 1 < n.size() &&
                         n[out - 1] >= '0' && n[out - 1] <= '9' && n[i + 1] >= '0' &&
                         n[i + 1] <= '9';
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
  if (!t->Is(kTokAllCaps) && IsStopword(t->norm)) t->flags |= kTokStopword;
  t->stem = t->Is(kTokWord) ? Stem(t->norm) : t->norm;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, uint32_t base) {
  std::vector<Token> out;
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
  out.reserve(text.size() / 6 + 1);
  int32_t start = bi->first();
  for (int32_t end = bi->next(); end != icu::BreakIterator::DONE; start = end, end = bi->next()) {
    if (bi->getRuleStatus() < UBRK_WORD_NUMBER) continue;
    std::string_view word = text.substr(static_cast<size_t>(start),
                                        static_cast<size_t>(end - start));
    size_t poss = PossessiveSuffix(word);
    if (poss > 0) word.remove_suffix(poss);
    Token t;
    MakeToken(word, base + static_cast<uint32_t>(start), &t);
    if (t.flags == 0) continue;  // e.g. a lone apostrophe ICU kept as a word
    out.push_back(std::move(t));
  }
  utext_close(&ut);  // the iterator keeps its own shallow clone; text outlives this call
  return out;
}

}  // namespace chorus
