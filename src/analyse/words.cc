// Word scanning for analyse: a small, allocation-light scanner over UTF-8 with ICU character
// properties, so name and figure rules see the same words whatever the tokenizer does.
#include "analyse/words.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cctype>

#include "analyse/lexicon.h"
#include "util/text_util.h"

namespace chorus {
namespace {

bool IsWordCp(char32_t c) {
  if (c < 0x80) return std::isalnum(static_cast<int>(c)) != 0;
  return u_isalnum(static_cast<UChar32>(c)) ||
         u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

char32_t PeekCp(std::string_view text, size_t pos, size_t end) {
  if (pos >= end) return 0;
  return NextCodePoint(text, &pos);
}

// Every '.'-separated piece of s is a single letter ("U.S", "S").
bool LettersWithPeriods(std::string_view s) {
  size_t piece = 0;
  for (char c : s) {
    if (c == '.') {
      if (piece != 1) return false;
      piece = 0;
    } else {
      ++piece;
    }
  }
  return piece <= 1;
}

void SetCase(std::string_view text, Word* w) {
  size_t p = w->span.begin;
  int letters = 0, upper = 0;
  bool first = true;
  while (p < w->span.end) {
    const auto c = static_cast<UChar32>(NextCodePoint(text, &p));
    const bool ascii = c < 0x80;
    if (ascii ? std::isdigit(c) != 0 : u_isdigit(c)) w->digits = true;
    if (!(ascii ? std::isalpha(c) != 0 : u_isalpha(c))) continue;
    ++letters;
    const bool up = ascii ? std::isupper(c) != 0 : (u_isupper(c) || u_istitle(c));
    if (up) ++upper;
    if (first) w->cap = up;
    first = false;
  }
  w->letters = letters > 0;
  w->all_caps = letters >= 2 && upper == letters;
}

}  // namespace

bool IsQuoteMark(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB ||
         c == 0x00BB || c == 0x2018 || c == 0x2019;
}

std::string FoldWord(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    std::string s(word);
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.toLower();
  if (U_SUCCESS(status)) u = nfd->normalize(u, status);
  icu::UnicodeString out;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x2019 || c == 0x2018) c = '\'';
    out.append(c);
  }
  std::string s;
  out.toUTF8String(s);
  return s;
}

std::vector<Word> ScanWords(std::string_view text, TextSpan within) {
  std::vector<Word> out;
  const size_t end = std::min<size_t>(within.end, text.size());
  size_t pos = within.begin;
  while (pos < end) {
    size_t next = pos;
    if (!IsWordCp(NextCodePoint(text, &next))) {
      pos = next;
      continue;
    }
    size_t j = next;
    while (j < end) {
      size_t k = j;
      const char32_t c = NextCodePoint(text, &k);
      if (IsWordCp(c)) {
        j = k;
        continue;
      }
      const bool joiner = c == '\'' || c == 0x2019 || c == '-' || c == '.';
      if (!joiner || !IsWordCp(PeekCp(text, k, end))) break;
      if (c == '.' && !LettersWithPeriods(text.substr(pos, j - pos))) break;
      j = k;
    }
    Word w;
    w.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(j)};
    std::string_view raw = text.substr(pos, j - pos);
    if (j < end && text[j] == '.' && LettersWithPeriods(raw)) {
      SetCase(text, &w);
      if (w.cap) {
        w.initial = true;
        ++j;
        w.span.end = static_cast<uint32_t>(j);
      }
    }
    w.fold = FoldWord(text.substr(w.span.begin, w.span.end - w.span.begin));
    if (w.fold.size() > 2 && w.fold.compare(w.fold.size() - 2, 2, "'s") == 0) {
      const size_t apos =
          raw.rfind('\'') != std::string_view::npos ? raw.rfind('\'') : raw.rfind("\xE2\x80\x99");
      if (apos != std::string_view::npos && apos > 0) {
        w.possessive = true;
        w.span.end = static_cast<uint32_t>(pos + apos);
        w.fold.resize(w.fold.size() - 2);
      }
    }
    SetCase(text, &w);
    w.classes = Lexicon::Get().Classes(w.fold);
    out.push_back(std::move(w));
    pos = j;
  }
  return out;
}

bool OnlySpaceBetween(std::string_view text, const Word& a, const Word& b) {
  if (b.span.begin < a.span.end) return false;
  if (a.possessive) return false;
  size_t p = a.span.end;
  while (p < b.span.begin) {
    if (!IsSpaceCp(NextCodePoint(text, &p))) return false;
  }
  return true;
}

}  // namespace chorus
