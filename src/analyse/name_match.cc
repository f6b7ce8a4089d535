// Name similarity: Jaro-Winkler (Winkler 1990) and Levenshtein distance over a
// transliteration key, a consonant-class phonetic key in the spirit of Metaphone (Philips
// 1990), and the team's nickname table (data/names_nicknames.txt). Thresholds are
// length-aware: short names must match more exactly than long ones.
#include "analyse/name_match.h"

#include <algorithm>
#include <vector>

#include "analyse/lexicon.h"

namespace chorus {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

char SoundClass(char c) {
  switch (c) {
    case 'b':
    case 'p':
      return 'P';
    case 'f':
    case 'v':
    case 'w':
      return 'F';
    case 'c':
    case 'k':
    case 'q':
    case 'g':
      return 'K';
    case 's':
    case 'z':
    case 'x':
      return 'S';
    case 'd':
    case 't':
      return 'T';
    case 'j':
      return 'J';
    case 'l':
      return 'L';
    case 'r':
      return 'R';
    case 'm':
      return 'M';
    case 'n':
      return 'N';
    default:
      return 0;
  }
}

// "marc" + one vowel == "marco": related but different given names.
bool VowelExtension(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  return a.size() >= 3 && b.size() == a.size() + 1 && IsVowel(b.back()) &&
         b.substr(0, a.size()) == a;
}

}  // namespace

double JaroWinkler(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return a == b ? 1.0 : 0.0;
  const int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
  const int window = std::max(0, std::max(la, lb) / 2 - 1);
  std::vector<char> ma(la, 0), mb(lb, 0);
  int m = 0;
  for (int i = 0; i < la; ++i) {
    for (int j = std::max(0, i - window); j < std::min(lb, i + window + 1); ++j) {
      if (mb[j] || a[i] != b[j]) continue;
      ma[i] = mb[j] = 1;
      ++m;
      break;
    }
  }
  if (m == 0) return 0.0;
  int t = 0;
  for (int i = 0, j = 0; i < la; ++i) {
    if (!ma[i]) continue;
    while (!mb[j]) ++j;
    if (a[i] != b[j]) ++t;
    ++j;
  }
  const double md = m;
  const double jaro = (md / la + md / lb + (md - t / 2.0) / md) / 3.0;
  int prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix]) ++prefix;
  return jaro + prefix * 0.1 * (1.0 - jaro);
}

int EditDistance(std::string_view a, std::string_view b) {
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string TranslitKey(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const char n = i + 1 < s.size() ? s[i + 1] : '\0';
    if (c == '.' || c == '-' || c == '\'') continue;
    if (c == 'p' && n == 'h') {
      out += 'f';
      ++i;
    } else if ((c == 'k' && n == 'h') || (c == 'c' && n == 'k') || (c == 'k' && n == 's') ||
               (c == 't' && n == 'h')) {
      out += c == 'c' ? 'k' : c == 't' ? 't' : n == 's' ? 'x' : 'h';
      ++i;
    } else if (c == 'y') {
      out += 'i';
    } else if (c == 'w') {
      out += 'v';
    } else {
      out += c;
    }
    if (out.size() >= 2 && out[out.size() - 1] == out[out.size() - 2]) out.pop_back();
  }
  if (out.size() > 3 && out.back() == 'v') out.back() = 'f';
  return out;
}

std::string PhoneticKey(std::string_view folded) {
  const std::string t = TranslitKey(folded);
  std::string out;
  for (size_t i = 0; i < t.size(); ++i) {
    char code = SoundClass(t[i]);
    if (i == 0 && (IsVowel(t[i]) || t[i] == 'h')) code = 'A';
    if (code == 0) continue;
    if (out.empty() || out.back() != code) out += code;
  }
  return out;
}

double SurnameScore(std::string_view a, std::string_view b) {
  const std::string ta = TranslitKey(a), tb = TranslitKey(b);
  if (ta == tb) return 1.0;
  const size_t shorter = std::min(ta.size(), tb.size());
  if (shorter < 4) return 0.0;
  const double jw = JaroWinkler(ta, tb);
  if (PhoneticKey(a) == PhoneticKey(b) && jw >= 0.8) return 0.92;
  if (shorter >= 5 && EditDistance(ta, tb) <= 2 && jw >= 0.88) return jw;
  return 0.0;
}

double FirstNameScore(std::string_view a, std::string_view b) {
  if (a == b) return 1.0;
  const Lexicon& lex = Lexicon::Get();
  if (lex.NicknameEquivalent(a, b)) return 1.0;
  const std::string ta = TranslitKey(a), tb = TranslitKey(b);
  if (ta == tb) return 1.0;
  if (lex.NicknameEquivalent(ta, tb)) return 1.0;
  if (VowelExtension(a, b) || VowelExtension(ta, tb)) return 0.0;
  if (std::min(ta.size(), tb.size()) >= 4 && EditDistance(ta, tb) <= 1) return 0.85;
  if (PhoneticKey(a) == PhoneticKey(b) && JaroWinkler(ta, tb) >= 0.92) return 0.8;
  return 0.0;
}

}  // namespace chorus
