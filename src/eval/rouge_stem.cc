// ROUGE-1.5.5's word normalisation (-m): WordNet exception lists, then the Porter (1980)
// algorithm ("An algorithm for suffix stripping", Program 14(3)) in the variant the ROUGE script
// carries. The script states its conditions as regular expressions over two character classes
// ([^aeiou] "consonant" and [aeiouy] "vowel", so "y" is both); they are evaluated here by a small
// backtracking matcher over the same classes, which keeps every edge case of the script
// (initial "y", "y" after a vowel, digits) without a regex engine.
#include "eval/rouge_stem.h"

#include <array>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <unordered_map>
#include <utility>

namespace chorus {
namespace {

// Character classes of the script's patterns: c = [^aeiou], n = [^aeiouy], v = [aeiouy],
// u = [aeiou], e = [^aeiouwxy]. An initial "y" is written "Y" while stemming, so it is a
// consonant in every class.
bool InClass(char cls, char ch) {
  auto in = [ch](std::string_view set) { return set.find(ch) != std::string_view::npos; };
  switch (cls) {
    case 'c':
      return !in("aeiou");
    case 'n':
      return !in("aeiouy");
    case 'v':
      return in("aeiouy");
    case 'u':
      return in("aeiou");
    default:
      return !in("aeiouwxy");
  }
}

// Anchored match of `pattern` (class letters, each optionally followed by '*') against s from
// position i; `full` requires the match to end at the end of s.
bool MatchAt(std::string_view pattern, std::string_view s, size_t i, bool full) {
  if (pattern.empty()) return !full || i == s.size();
  const char cls = pattern[0];
  if (pattern.size() > 1 && pattern[1] == '*') {
    size_t j = i;
    while (j < s.size() && InClass(cls, s[j])) ++j;
    for (size_t k = j + 1; k-- > i;) {
      if (MatchAt(pattern.substr(2), s, k, full)) return true;
    }
    return false;
  }
  return i < s.size() && InClass(cls, s[i]) && MatchAt(pattern.substr(1), s, i + 1, full);
}

// Any of the alternatives (the script's optional groups spelled out).
template <size_t N>
bool Matches(const std::array<std::string_view, N>& alternatives, std::string_view s, bool full) {
  for (std::string_view p : alternatives) {
    if (MatchAt(p, s, 0, full)) return true;
  }
  return false;
}

// [C]VC... (m > 0), [C]VC[V] (m = 1, whole stem), [C]VCVC... (m > 1), [C]v (vowel in stem),
// and CvC ending in a consonant other than w, x, y (whole stem).
bool MeasureAbove0(std::string_view s) {
  return Matches(std::array<std::string_view, 2>{"cn*vu*cn*", "vu*cn*"}, s, false);
}
bool MeasureIs1(std::string_view s) {
  return Matches(
      std::array<std::string_view, 4>{"cn*vu*cn*", "vu*cn*", "cn*vu*cn*vu*", "vu*cn*vu*"}, s, true);
}
bool MeasureAbove1(std::string_view s) {
  return Matches(std::array<std::string_view, 2>{"cn*vu*cn*vu*cn*", "vu*cn*vu*cn*"}, s, false);
}
bool HasVowel(std::string_view s) {
  return Matches(std::array<std::string_view, 2>{"cn*v", "v"}, s, false);
}
bool IsCvc(std::string_view s) { return MatchAt("cn*ve", s, 0, true); }

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

using Rule = std::pair<std::string_view, std::string_view>;

// The longest listed suffix of w (the script's leftmost match of /(a|b|...)$/), or nullptr.
template <size_t N>
const Rule* LongestSuffix(const std::array<Rule, N>& rules, std::string_view w) {
  const Rule* best = nullptr;
  for (const Rule& r : rules) {
    if (EndsWith(w, r.first) && (best == nullptr || r.first.size() > best->first.size())) {
      best = &r;
    }
  }
  return best;
}

constexpr std::array<Rule, 21> kStep2 = {
    {{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
     {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"}, {"eli", "e"},     {"ousli", "ous"},
     {"ization", "ize"}, {"ation", "ate"},   {"ator", "ate"},  {"alism", "al"},  {"iveness", "ive"},
     {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},  {"iviti", "ive"}, {"biliti", "ble"},
     {"logi", "log"}}};
constexpr std::array<Rule, 7> kStep3 = {{{"icate", "ic"},
                                         {"ative", ""},
                                         {"alize", "al"},
                                         {"iciti", "ic"},
                                         {"ical", "ic"},
                                         {"ful", ""},
                                         {"ness", ""}}};
constexpr std::array<Rule, 16> kStep4 = {{{"al", ""},
                                          {"ance", ""},
                                          {"ence", ""},
                                          {"er", ""},
                                          {"ic", ""},
                                          {"able", ""},
                                          {"ible", ""},
                                          {"ant", ""},
                                          {"ement", ""},
                                          {"ou", ""},
                                          {"ism", ""},
                                          {"ate", ""},
                                          {"iti", ""},
                                          {"ous", ""},
                                          {"ive", ""},
                                          {"ize", ""}}};

void Step1(std::string& w) {
  if (EndsWith(w, "sses") || EndsWith(w, "ies")) {
    w.resize(w.size() - 2);
  } else if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.pop_back();
  }
  if (EndsWith(w, "eed")) {
    if (MeasureAbove0(std::string_view(w).substr(0, w.size() - 3))) w.pop_back();
  } else if (EndsWith(w, "ed") || EndsWith(w, "ing")) {
    const size_t cut = EndsWith(w, "ed") ? 2 : 3;
    if (HasVowel(std::string_view(w).substr(0, w.size() - cut))) {
      w.resize(w.size() - cut);
      const size_t n = w.size();
      if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) {
        w += 'e';
      } else if (n >= 2 && w[n - 1] == w[n - 2] &&
                 std::string_view("aeiouylsz").find(w[n - 1]) == std::string_view::npos) {
        w.pop_back();
      } else if (IsCvc(w)) {
        w += 'e';
      }
    }
  }
  if (!w.empty() && w.back() == 'y' && HasVowel(std::string_view(w).substr(0, w.size() - 1))) {
    w.back() = 'i';
  }
}

template <size_t N>
void Replace(const std::array<Rule, N>& rules, bool (*condition)(std::string_view),
             std::string& w) {
  if (const Rule* r = LongestSuffix(rules, w)) {
    const std::string_view stem = std::string_view(w).substr(0, w.size() - r->first.size());
    if (condition(stem)) w = std::string(stem) + std::string(r->second);
  }
}

// Step 4 as modified in ROUGE (02/14/2004): the list, then "-ment", then "-ent" or "-(s|t)ion".
void Step4(std::string& w) {
  Replace(kStep4, MeasureAbove1, w);
  if (EndsWith(w, "ment") && MeasureAbove1(std::string_view(w).substr(0, w.size() - 4))) {
    w.resize(w.size() - 4);
  }
  if (EndsWith(w, "ent")) {
    if (MeasureAbove1(std::string_view(w).substr(0, w.size() - 3))) w.resize(w.size() - 3);
  } else if ((EndsWith(w, "sion") || EndsWith(w, "tion")) &&
             MeasureAbove1(std::string_view(w).substr(0, w.size() - 3))) {
    w.resize(w.size() - 3);
  }
}

void Step5(std::string& w) {
  if (!w.empty() && w.back() == 'e') {
    const std::string_view stem = std::string_view(w).substr(0, w.size() - 1);
    if (MeasureAbove1(stem) || (MeasureIs1(stem) && !IsCvc(stem))) w.pop_back();
  }
  if (EndsWith(w, "ll") && MeasureAbove1(w)) w.pop_back();
}

using ExceptionMap = std::unordered_map<std::string, std::string>;

ExceptionMap LoadExceptions() {
  ExceptionMap map;
  const char* env = std::getenv("CHORUS_WORDNET_DIR");
  const std::string dir = env != nullptr && *env != '\0' ? env : "/usr/share/wordnet";
  for (const char* pos : {"adj", "adv", "noun", "verb"}) {
    std::ifstream in(dir + "/" + pos + ".exc");
    std::string line;
    while (std::getline(in, line)) {
      std::istringstream ls(line);
      std::string word, base;
      if (ls >> word >> base) map[word] = base;
    }
  }
  return map;
}

const ExceptionMap& Exceptions() {
  static const ExceptionMap* map = new ExceptionMap(LoadExceptions());
  return *map;
}

}  // namespace

std::string RougePorterStem(std::string_view word) {
  std::string w(word);
  if (w.size() < 3) return w;
  const bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';
  Step1(w);
  Replace(kStep2, MeasureAbove0, w);
  Replace(kStep3, MeasureAbove0, w);
  Step4(w);
  Step5(w);
  if (initial_y) w[0] = 'y';
  return w;
}

std::string RougeMorphStem(std::string_view word, bool wordnet_exceptions) {
  if (wordnet_exceptions) {
    const ExceptionMap& exc = Exceptions();
    auto it = exc.find(std::string(word));
    if (it != exc.end()) return it->second;
  }
  return RougePorterStem(word);
}

size_t WordNetExceptionCount() { return Exceptions().size(); }

}  // namespace chorus
