// Figures: a small numeral and quantity grammar over words (digits, number words, "a
// dozen", hyphenated "90-minute", "one-and-a-half", "an hour and a half", vague plurals
// "hundreds of thousands"), units normalised through data/figures_units.txt, approximation
// cues widening the value into a range, and the counted noun ("of deaths", "conversation",
// or for "lasted ..." the thing that lasted). In the spirit of quantity extraction systems
// (Roy, Vieira & Roth 2015, "Reasoning about Quantities in Natural Language"; Madaan et al.
// 2016 on numerical relations), reduced to rules.
//
// Conflicts: figures of the same kind measuring the same noun are grouped; values whose
// ranges do not overlap form separate claims. A conflict needs two claims from different
// asserters (outlet or quoted speaker). Figures without a counted noun are never compared,
// so unrelated numbers ("three years ago", "an hour of talk" vs "the call") stay apart.
#include "analyse/figures.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "analyse/lexicon.h"
#include "util/text_util.h"

namespace chorus {
namespace {

struct Tok {
  std::string fold;
  TextSpan span;
  bool cap = false;
};

enum class Cue { kNone, kUnder, kAround, kOver, kBelow };

struct Parse {
  size_t begin = 0, end = 0;  // token range of the expression
  double low = 0, high = 0;
  bool approx = false, vague = false, adjectival = false, year_like = false;
  FigureKind kind = FigureKind::kCount;
  std::string unit;
};

bool IsDigits(std::string_view s) {
  bool digit = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != '.' && c != ',') {
      return false;
    }
  }
  return digit;
}

double ToNumber(std::string_view s) {
  std::string t;
  for (char c : s) {
    if (c != ',') t += c;
  }
  return std::strtod(t.c_str(), nullptr);
}

// Words with digit groups joined ("2" "," "000" -> "2,000").
std::vector<Tok> Tokens(std::string_view text, const std::vector<Word>& words) {
  std::vector<Tok> out;
  out.reserve(words.size());
  for (const Word& w : words) {
    const bool adjacent = !out.empty() && w.span.begin == out.back().span.end + 1;
    const char sep = adjacent ? text[out.back().span.end] : '\0';
    if (adjacent && IsDigits(out.back().fold) && IsDigits(w.fold) &&
        ((sep == ',' && w.fold.size() == 3) || sep == ':')) {
      out.back().fold += std::string(1, sep) + w.fold;  // "2,000"; "9:40" is a clock time
      out.back().span.end = w.span.end;
      continue;
    }
    out.push_back({w.fold, w.span, w.cap});
  }
  return out;
}

class Parser {
 public:
  Parser(std::string_view text, std::vector<Tok> toks) : text_(text), t_(std::move(toks)) {
    folds_.reserve(t_.size());
    for (const Tok& t : t_) folds_.push_back(t.fold);
  }
  std::optional<Parse> At(size_t i) const;
  std::string Noun(const Parse& p) const;
  std::string Measures(const Parse& p) const;
  bool ClockTime(const Parse& p) const {
    const std::string_view n = F(p.end);
    return n == "p.m" || n == "a.m" || n == "pm" || n == "am" || n == "gmt" || n == "utc";
  }
  const std::vector<Tok>& tokens() const { return t_; }

 private:
  std::string_view F(size_t i) const { return i < t_.size() ? std::string_view(t_[i].fold) : ""; }
  bool IsUnit(size_t i) const {
    std::string kind;
    double f = 0;
    return Lexicon::Get().Unit(F(i), &kind, &f);
  }
  Cue CueAt(size_t i, size_t* len) const;
  bool Value(const std::vector<std::string>& w, size_t k, double* v, size_t* end) const;
  bool Vague(size_t k, Parse* p) const;
  bool Compound(size_t k, Parse* p) const;
  void ApplyUnit(size_t* e, Parse* p) const;
  bool NounWord(size_t i) const;

  std::string_view text_;
  std::vector<Tok> t_;
  std::vector<std::string> folds_;
};

Cue Parser::CueAt(size_t i, size_t* len) const {
  const std::string_view f = F(i), n = F(i + 1);
  *len = 1;
  if (f == "almost" || f == "nearly") return Cue::kUnder;
  if (f == "about" || f == "around" || f == "roughly" || f == "approximately" || f == "some" ||
      f == "estimated") {
    return Cue::kAround;
  }
  if (f == "over") return Cue::kOver;
  if (f == "under") return Cue::kBelow;
  *len = 2;
  if ((f == "more" && n == "than") || (f == "at" && n == "least")) return Cue::kOver;
  if ((f == "less" || f == "fewer") && n == "than") return Cue::kBelow;
  if (f == "up" && n == "to") return Cue::kBelow;
  *len = 0;
  return Cue::kNone;
}

// A numeral from words w[k..]: digits, number words, magnitudes, "and a half".
bool Parser::Value(const std::vector<std::string>& w, size_t k, double* v, size_t* end) const {
  const Lexicon& lex = Lexicon::Get();
  double total = 0, current = 0;
  bool any = false;
  size_t j = k;
  for (; j < w.size() && j < k + 8; ++j) {
    const std::string& f = w[j];
    if (IsDigits(f)) {
      if (any) break;
      current = ToNumber(f);
      any = true;
      continue;
    }
    if (f == "and" && any && j + 2 < w.size() && w[j + 1] == "a" && w[j + 2] == "half") {
      current += 0.5;
      j += 3;
      break;
    }
    const double n = lex.NumberWord(f);
    if (n < 0 || f == "half" || f == "quarter") break;
    if (f == "a" || f == "an") {
      std::string kind;
      double factor = 0;
      const bool next_ok = j + 1 < w.size() &&
                           (lex.Unit(w[j + 1], &kind, &factor) || lex.NumberWord(w[j + 1]) >= 12);
      if (any || !next_ok) break;
      current = 1;
      any = true;
    } else if (n >= 100) {
      if (!any) break;
      if (n == 100) {
        current *= 100;
      } else {
        total += current * n;
        current = 0;
      }
    } else {
      current += n;
      any = true;
    }
  }
  *v = total + current;
  *end = j;
  return any;
}

// "millions", "hundreds of thousands", "tens of millions".
bool Parser::Vague(size_t k, Parse* p) const {
  const Lexicon& lex = Lexicon::Get();
  double low = 0, high = 0;
  if (!lex.VagueAmount(F(k), &low, &high)) return false;
  size_t e = k + 1;
  while (F(e) == "of") {
    double l2 = 0, h2 = 0;
    if (!lex.VagueAmount(F(e + 1), &l2, &h2)) break;
    low *= l2;
    high *= l2;
    e += 2;
  }
  p->low = low;
  p->high = high;
  p->vague = p->approx = true;
  p->end = e;
  return true;
}

// Hyphenated: "90-minute" (number + unit, used as an adjective) or "one-and-a-half".
bool Parser::Compound(size_t k, Parse* p) const {
  const std::string& f = t_[k].fold;
  if (f.find('-') == std::string::npos) return false;
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t pos = f.find('-'); pos != std::string::npos; pos = f.find('-', start)) {
    parts.push_back(f.substr(start, pos - start));
    start = pos + 1;
  }
  parts.push_back(f.substr(start));
  double v = 0;
  size_t end = 0;
  if (!Value(parts, 0, &v, &end) || v <= 0) return false;
  if (end + 1 == parts.size()) {
    double factor = 0;
    if (!Lexicon::Get().Unit(parts.back(), &p->unit, &factor) || p->unit != "duration")
      return false;
    p->kind = FigureKind::kDuration;
    p->unit = "minute";
    v *= factor;
    p->adjectival = true;
  } else if (end != parts.size()) {
    return false;
  }
  p->low = p->high = v;
  p->end = k + 1;
  return true;
}

void Parser::ApplyUnit(size_t* e, Parse* p) const {
  std::string kind;
  double factor = 1;
  const size_t after = p->begin < t_.size() ? t_[*e - 1].span.end : 0;
  if (after < text_.size() && text_[after] == '%') {
    p->kind = FigureKind::kPercent;
    p->unit = "percent";
    return;
  }
  const size_t before = t_[p->begin].span.begin;
  if (before > 0 && (text_[before - 1] == '$')) {
    p->kind = FigureKind::kMoney;
    p->unit = "$";
  }
  if (!Lexicon::Get().Unit(F(*e), &kind, &factor)) return;
  if (kind == "duration") {
    p->kind = FigureKind::kDuration;
    p->unit = "minute";
  } else if (kind == "distance") {
    p->kind = FigureKind::kDistance;
    p->unit = "metre";
  } else if (kind == "percent") {
    p->kind = FigureKind::kPercent;
    p->unit = "percent";
  } else {
    p->kind = FigureKind::kMoney;
    p->unit = F(*e);
    factor = 1;
  }
  ++*e;
  if (F(*e) == "and" && F(*e + 1) == "a" && F(*e + 2) == "half") {
    p->low += 0.5;
    p->high += 0.5;
    *e += 3;
  }
  p->low *= factor;
  p->high *= factor;
}

std::optional<Parse> Parser::At(size_t i) const {
  size_t cue_len = 0;
  const Cue cue = CueAt(i, &cue_len);
  Parse p;
  p.begin = i;
  const size_t k = i + cue_len;
  if (k >= t_.size()) return std::nullopt;
  if (!Vague(k, &p) && !Compound(k, &p)) {
    double v = 0;
    size_t end = 0;
    if (!Value(folds_, k, &v, &end)) return std::nullopt;
    p.low = p.high = v;
    p.end = end;
    p.year_like = end == k + 1 && IsDigits(F(k)) && F(k).size() == 4 && v >= 1900 && v <= 2100;
  }
  if (!p.adjectival && !p.vague) ApplyUnit(&p.end, &p);
  if (p.year_like && p.kind == FigureKind::kCount) p.kind = FigureKind::kDate;
  const double v = p.high;
  switch (cue) {
    case Cue::kUnder:
      p.low = v * 0.85;
      break;
    case Cue::kAround:
      p.low = v * 0.8, p.high = v * 1.2;
      break;
    case Cue::kOver:
      p.high = v * 1.5;
      break;
    case Cue::kBelow:
      p.low = v * 0.5;
      break;
    case Cue::kNone:
      break;
  }
  p.approx = p.approx || cue != Cue::kNone;
  if (cue == Cue::kNone) p.begin = k;
  return p;
}

bool Parser::NounWord(size_t i) const {
  if (i >= t_.size() || t_[i].cap || IsDigits(F(i)) || IsUnit(i)) return false;
  const Lexicon& lex = Lexicon::Get();
  const std::string_view f = F(i);
  return !lex.IsStopword(f) && !lex.IsReportingVerb(f) && lex.NumberWord(f) < 0 &&
         f.find_first_of("0123456789") == std::string_view::npos;
}

std::string Singular(std::string s) {
  if (s.size() > 4 && s.compare(s.size() - 3, 3, "ies") == 0)
    return s.substr(0, s.size() - 3) + "y";
  if (s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's') s.pop_back();
  return s;
}

// What the figure counts: "of deaths", the noun after "90-minute", or what "lasted" it.
std::string Parser::Noun(const Parse& p) const {
  size_t e = p.end;
  if (F(e) == "of" && NounWord(e + 1)) return Singular(t_[e + 1].fold);
  if (NounWord(e) && (p.adjectival || p.kind == FigureKind::kCount)) {
    const bool compound =
        NounWord(e + 1) && OnlySpaceBetween(text_, Word{t_[e].span}, Word{t_[e + 1].span});
    return Singular(t_[compound && p.adjectival ? e + 1 : e].fold);
  }
  if (p.kind != FigureKind::kDuration || p.begin == 0) return {};
  const std::string_view verb = F(p.begin - 1);
  if (verb != "lasted" && verb != "lasting" && verb != "took") return {};
  for (size_t k = p.begin - 1; k-- > 0 && k + 8 > p.begin;) {
    if (NounWord(k)) return Singular(t_[k].fold);
  }
  return {};
}

// The concept a figure counts: its noun's ("deaths"), else a casualty word in the same
// clause ("300 people were injured", "killing three people"); generic nouns ("people")
// without one are left unclear so unrelated counts of people are never compared.
std::string Parser::Measures(const Parse& p) const {
  const Lexicon& lex = Lexicon::Get();
  const std::string noun = Noun(p);
  if (!noun.empty() && !lex.Concept(noun).empty()) return std::string(lex.Concept(noun));
  if (!noun.empty() && !lex.Concept(noun + "s").empty())
    return std::string(lex.Concept(noun + "s"));
  for (size_t k = p.end; k < t_.size() && k < p.end + 6; ++k) {
    if (k > p.end && text_.substr(t_[k - 1].span.end, t_[k].span.begin - t_[k - 1].span.end)
                             .find_first_of(".,;:!?") != std::string_view::npos) {
      break;
    }
    if (!lex.Concept(F(k)).empty()) return std::string(lex.Concept(F(k)));
  }
  for (size_t k = p.begin; k-- > 0 && k + 3 >= p.begin;) {
    if (!lex.Concept(F(k)).empty()) return std::string(lex.Concept(F(k)));
  }
  if (lex.IsGenericNoun(noun) || lex.IsGenericNoun(noun + "s")) return {};
  return noun;
}

std::vector<StoryFigure> ParseAll(std::string_view text, TextSpan span, uint32_t doc,
                                  const std::vector<Word>& words) {
  Parser parser(text, Tokens(text, words));
  std::vector<StoryFigure> out;
  const auto& t = parser.tokens();
  for (size_t i = 0; i < t.size();) {
    std::optional<Parse> p = parser.At(i);
    if (!p || p->end <= i) {
      ++i;
      continue;
    }
    const bool trivial =
        (!p->vague && p->kind == FigureKind::kCount && p->high < 2) || parser.ClockTime(*p);
    if (!trivial) {
      StoryFigure f;
      f.where = {doc, {t[p->begin].span.begin, t[p->end - 1].span.end}};
      f.sentence = {doc, span};
      f.kind = p->kind;
      f.low = p->low;
      f.high = p->high;
      f.approximate = p->approx;
      f.unit = p->unit;
      if (f.kind != FigureKind::kDate) f.measures = parser.Measures(*p);
      out.push_back(std::move(f));
    }
    i = p->end;
  }
  return out;
}

bool MayHoldNumber(const Word& w) {
  return w.digits || w.Is(kLexNumber) || w.fold.find('-') != std::string::npos;
}

// Who asserts a figure: the speaker of the quote it is in, else the outlet (-1).
int Asserter(const std::vector<const RawQuote*>& quotes, const SpanRef& where) {
  for (const RawQuote* q : quotes) {
    if (q->outer.Contains(where.span)) return q->speaker;
  }
  return -1;
}

std::string About(const StoryFigure& f) {
  switch (f.kind) {
    case FigureKind::kDuration:
      return "length of the " + f.measures;
    case FigureKind::kMoney:
      return "amount of " + f.measures;
    case FigureKind::kPercent:
      return "share of " + f.measures;
    case FigureKind::kDistance:
      return "distance of the " + f.measures;
    default: {
      const bool is_concept =
          Lexicon::Get().Concept(f.measures) == f.measures;  // "dead", "injured"
      return "number of " + f.measures + (is_concept ? "" : "s");
    }
  }
}

// Figures grouped into claims: connected runs of overlapping value ranges (a 2% tolerance
// absorbs rounding; half-open ranges that only touch do not overlap).
std::vector<std::vector<size_t>> Claims(const std::vector<StoryFigure>& f,
                                        std::vector<size_t> ids) {
  std::sort(ids.begin(), ids.end(), [&](size_t a, size_t b) { return f[a].low < f[b].low; });
  std::vector<std::vector<size_t>> claims;
  double reach = -1;
  for (size_t i : ids) {
    const bool exact = f[i].high <= f[i].low;
    const double low = exact ? f[i].low * 0.98 : f[i].low;
    const double high = exact ? f[i].high * 1.02 : f[i].high;
    if (claims.empty() || low >= reach) {
      claims.push_back({i});
      reach = high;
    } else {
      claims.back().push_back(i);
      reach = std::max(reach, high);
    }
  }
  return claims;
}

ConflictClaim MakeClaim(const StoryText& story, const std::vector<StoryFigure>& f,
                        const std::vector<size_t>& ids) {
  ConflictClaim c;
  std::map<std::string, int> values;
  std::set<std::pair<uint32_t, uint32_t>> seen;
  for (size_t i : ids) {
    ++values[FoldWord(story.docs[f[i].where.doc].Slice(f[i].where.span))];
    if (seen.insert({f[i].sentence.doc, f[i].sentence.span.begin}).second)
      c.evidence.push_back(f[i].sentence);
  }
  int best = 0;
  for (const auto& [v, n] : values) {
    if (n > best) best = n, c.value = v;
  }
  return c;
}

}  // namespace

std::vector<StoryConflict> FindConflicts(const StoryText& story,
                                         const std::vector<StoryFigure>& figures) {
  std::map<std::pair<FigureKind, std::string>, std::vector<size_t>> groups;
  for (size_t i = 0; i < figures.size(); ++i) {
    const StoryFigure& f = figures[i];
    if (f.measures.empty() || f.kind == FigureKind::kDate) continue;
    groups[{f.kind, f.measures}].push_back(i);
  }
  std::vector<StoryConflict> out;
  for (const auto& [key, ids] : groups) {
    const std::vector<std::vector<size_t>> claims = Claims(figures, ids);
    if (claims.size() < 2) continue;
    std::set<std::pair<uint32_t, int>> asserters;  // (doc, speaker)
    for (size_t i : ids) asserters.insert({figures[i].where.doc, figures[i].speaker});
    if (asserters.size() < 2) continue;
    StoryConflict c;
    c.about = About(figures[ids.front()]);
    for (const auto& claim : claims) c.claims.push_back(MakeClaim(story, figures, claim));
    out.push_back(std::move(c));
  }
  return out;
}

std::string_view FigureKindName(FigureKind kind) {
  switch (kind) {
    case FigureKind::kCount:
      return "count";
    case FigureKind::kDuration:
      return "duration";
    case FigureKind::kDate:
      return "date";
    case FigureKind::kMoney:
      return "money";
    case FigureKind::kPercent:
      return "percent";
    case FigureKind::kDistance:
      return "distance";
  }
  return "count";
}

std::vector<StoryFigure> FiguresInText(std::string_view text) {
  const TextSpan all{0, static_cast<uint32_t>(text.size())};
  return ParseAll(text, all, 0, ScanWords(text, all));
}

std::vector<StoryFigure> FindFigures(const StoryText& story, const ScannedStory& scan,
                                     const std::vector<RawQuote>& quotes) {
  std::vector<std::vector<const RawQuote*>> by_doc(story.docs.size());
  for (const RawQuote& q : quotes) {
    if (q.doc < by_doc.size()) by_doc[q.doc].push_back(&q);
  }
  std::vector<StoryFigure> out;
  for (uint32_t d = 0; d < story.docs.size(); ++d) {
    for (size_t i = 0; i < story.sentences[d].size(); ++i) {
      const std::vector<Word>& words = scan.words[d][i];
      bool digits = false;  // most sentences have no number at all
      for (const Word& w : words) digits = digits || MayHoldNumber(w);
      if (!digits) continue;
      for (StoryFigure& f : ParseAll(story.docs[d].text, story.sentences[d][i].span, d, words)) {
        f.speaker = Asserter(by_doc[d], f.where);
        out.push_back(std::move(f));
      }
    }
  }
  return out;
}

}  // namespace chorus
