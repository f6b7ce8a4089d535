// Figure agreement: quantities normalised by the analyse stage's figure grammar
// (analyse/figures.h: number words and digits, units to minutes / metres, vague amounts and
// approximation cues to ranges, the counted noun or casualty concept), plus clock times
// ("9:40 p.m.", "9.40 pm", "21:40") in minutes after midnight. Outlets that report one event
// state its figures in their own words and units; a figure two sentences share is evidence
// of a shared claim that bag-of-words similarity misses (quantity-aware matching, Roy, Vieira
// & Roth 2015). Values agree when their ranges overlap after a 2 % widening of exact values,
// the tolerance analyse uses to group figures into claims.
#include "align/figure_agreement.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <string>

#include "analyse/figures.h"
#include "analyse/lexicon.h"

namespace chorus::align {
namespace {

constexpr double kRounding = 0.02;    // exact values widen by 2 % either side
constexpr double kBucketBase = 1.25;  // ratio of neighbouring value buckets
constexpr double kMaxSpread = 100;    // wider ranges ("tens of millions" is 10) say little
constexpr uint64_t kClockKind = 0x636c6f636bULL;  // "clock"

uint64_t Hash(std::string_view s) { return std::hash<std::string_view>{}(s); }

bool IsDigit(std::string_view t, size_t i) {
  return i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]));
}
bool IsAlpha(std::string_view t, size_t i) {
  return i < t.size() && std::isalpha(static_cast<unsigned char>(t[i]));
}

// "a.m." / "am" / "p.m" / "PM" at t[i] followed by a non-letter: 1 am, 2 pm, 0 none.
int Meridiem(std::string_view t, size_t i, size_t* end) {
  if (i >= t.size()) return 0;
  const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(t[i])));
  if (c != 'a' && c != 'p') return 0;
  size_t j = i + 1;
  if (j < t.size() && t[j] == '.') ++j;
  if (j >= t.size() || std::tolower(static_cast<unsigned char>(t[j])) != 'm') return 0;
  ++j;
  if (j < t.size() && t[j] == '.') ++j;
  if (IsAlpha(t, j)) return 0;
  *end = j;
  return c == 'a' ? 1 : 2;
}

// Clock times in minutes after midnight: "9:40 p.m.", "9.40pm", "9 a.m.", "21:40".
// A full stop between hours and minutes needs a.m./p.m. (else it is a decimal: "1.50").
void ClockTimes(std::string_view t, std::vector<FigureNote>* out) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (!IsDigit(t, i)) continue;
    const bool joined = i > 0 && (IsDigit(t, i - 1) || t[i - 1] == '.' || t[i - 1] == ',' ||
                                  t[i - 1] == ':' || IsAlpha(t, i - 1));
    size_t j = i;
    while (IsDigit(t, j)) ++j;
    if (joined || j - i > 2) {
      i = j;
      continue;
    }
    const int hours = std::stoi(std::string(t.substr(i, j - i)));
    int minutes = -1;
    char sep = 0;
    if (j < t.size() && (t[j] == ':' || t[j] == '.') && IsDigit(t, j + 1) && IsDigit(t, j + 2) &&
        !IsDigit(t, j + 3)) {
      sep = t[j];
      minutes = (t[j + 1] - '0') * 10 + (t[j + 2] - '0');
      j += 3;
    }
    size_t k = j;
    if (k < t.size() && t[k] == ' ') ++k;
    size_t end = k;
    const int meridiem = Meridiem(t, k, &end);
    int value = -1;
    if (meridiem != 0 && hours >= 1 && hours <= 12 && minutes < 60) {
      value = (hours % 12 + (meridiem == 2 ? 12 : 0)) * 60 + std::max(minutes, 0);
    } else if (meridiem == 0 && sep == ':' && hours <= 23 && minutes < 60) {
      value = hours * 60 + minutes;
    }
    if (value >= 0) {
      out->push_back({kClockKind, static_cast<float>(value), static_cast<float>(value)});
    }
    i = std::max(i, (meridiem != 0 ? end : j)) - 1;
  }
}

int Bucket(double v) {
  if (v <= 0) return -(1 << 20);
  return static_cast<int>(std::floor(std::log(v) / std::log(kBucketBase)));
}

// A count of what analyse's casualty concepts name ("dead", "injured", "arrested": the
// figure is the claim), not of a counted noun ("two ships", "14 stops": mostly a description
// that sentences about other claims repeat; counting those lowered DUC 2004 R-1 by 0.5).
bool IsConcept(const std::string& measures) {
  return !measures.empty() && Lexicon::Get().Concept(measures) == measures;
}

uint64_t Mix(uint64_t h, uint64_t v) {
  return (h ^ (v + 0x9e3779b97f4a7c15ULL)) * 0x100000001b3ULL;
}

}  // namespace

std::vector<FigureNote> NoteFigures(std::string_view sentence) {
  std::vector<FigureNote> out;
  for (const StoryFigure& f : FiguresInText(sentence)) {
    if (f.kind == FigureKind::kDate) continue;  // a year says when, not what
    if (f.kind == FigureKind::kCount && !IsConcept(f.measures)) continue;
    // "three years ago", "for nearly three years": how old something is, not what happened;
    // a duration counts when it measures a thing ("a 90-minute call", "a two-hour meeting").
    if (f.kind == FigureKind::kDuration && f.measures.empty()) continue;
    const bool exact = f.high <= f.low;
    if (!exact && f.high > kMaxSpread * f.low) continue;
    const double low = exact ? f.low * (1 - kRounding) : f.low;
    const double high = exact ? f.high * (1 + kRounding) : f.high;
    const std::string what = std::string(FigureKindName(f.kind)) + ":" + f.unit + ":" + f.measures;
    out.push_back({Hash(what), static_cast<float>(low), static_cast<float>(high)});
  }
  ClockTimes(sentence, &out);
  std::sort(out.begin(), out.end(), [](const FigureNote& x, const FigureNote& y) {
    if (x.what != y.what) return x.what < y.what;
    return x.low < y.low;
  });
  return out;
}

std::vector<FigureNote> NoteSentenceFigures(std::string_view text,
                                            const std::vector<Token>& tokens) {
  const Lexicon& lex = Lexicon::Get();
  std::string kind;
  double factor = 0;
  auto unit = [&](std::string_view w) { return lex.Unit(w, &kind, &factor); };
  auto head = [](std::string_view w) { return w.substr(0, w.find('-')); };  // "two-hour"
  bool digits = false, number = false;
  for (size_t i = 0; i < tokens.size() && !number; ++i) {
    const std::string_view w = head(tokens[i].norm);
    digits = digits || tokens[i].Is(kTokNumber);
    if (w == "a" || w == "an") {  // "a year of efforts": one of a unit
      number = i + 1 < tokens.size() && unit(head(tokens[i + 1].norm));
    } else if (!tokens[i].Is(kTokStopword)) {  // no other number word is a stopword
      number =
          tokens[i].Is(kTokNumber) || (lex.MaybeNumber(w) && (lex.Classes(w) & kLexNumber) != 0);
    }
  }
  bool cue = number && text.find_first_of("%$") != std::string_view::npos;
  for (size_t i = 0; i < tokens.size() && number && !cue; ++i) {
    const std::string_view w = tokens[i].norm;
    const size_t hyphen = w.rfind('-');  // "90-minute": the unit after the number
    cue = unit(hyphen == std::string_view::npos ? w : w.substr(hyphen + 1)) ||
          !lex.Concept(w).empty();
  }
  if (cue) return NoteFigures(text);
  for (size_t i = 0; i < tokens.size() && !digits; ++i) digits = tokens[i].Is(kTokNumber);
  std::vector<FigureNote> out;
  if (digits) ClockTimes(text, &out);
  return out;
}

int AgreeingFigures(const std::vector<FigureNote>& a, const std::vector<FigureNote>& b) {
  if (a.empty() || b.empty()) return 0;
  int n = 0;
  uint64_t used = 0;  // figures of b already matched (a sentence states few figures)
  for (const FigureNote& x : a) {
    for (size_t j = 0; j < b.size() && j < 64; ++j) {
      const FigureNote& y = b[j];
      if ((used >> j & 1) || y.what != x.what || y.low > x.high || x.low > y.high) continue;
      used |= uint64_t{1} << j;
      ++n;
      break;
    }
  }
  return n;
}

std::vector<uint64_t> FigureKeys(const std::vector<FigureNote>& notes) {
  std::vector<uint64_t> keys;
  for (const FigureNote& n : notes) {
    for (int b = Bucket(n.low), last = Bucket(n.high); b <= last; ++b)
      keys.push_back(Mix(n.what, static_cast<uint64_t>(b)));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace chorus::align
