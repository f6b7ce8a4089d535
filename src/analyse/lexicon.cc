// Loads the analyse word lists (data/*.txt, embedded at build time) and ICU place names:
// English display names of every ISO country and exemplar cities of the canonical time
// zones (CLDR data shipped with ICU), so place typing needs no hand-written country list.
#include "analyse/lexicon.h"

#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

#include <memory>
#include <sstream>

#include "analyse/words.h"
#include "util/text_util.h"

namespace chorus::data {
extern const std::string_view AnalyseRoleHeads;
extern const std::string_view AnalyseRoleModifiers;
extern const std::string_view AnalyseHonorifics;
extern const std::string_view AnalyseGivenNames;
extern const std::string_view AnalyseNicknames;
extern const std::string_view AnalyseDemonyms;
extern const std::string_view AnalyseCalendar;
extern const std::string_view AnalyseStopwords;
extern const std::string_view AnalyseOrgHeads;
extern const std::string_view AnalyseVerbs;
extern const std::string_view AnalysePlaces;
extern const std::string_view AnalysePlaceHeads;
extern const std::string_view AnalyseLocatives;
extern const std::string_view AnalysePolityNouns;
extern const std::string_view AnalyseDivisionHeads;
extern const std::string_view AnalyseAbbreviations;
extern const std::string_view AnalyseNumbers;
extern const std::string_view AnalyseUnits;
extern const std::string_view AnalyseConcepts;
}  // namespace chorus::data

namespace chorus {
namespace {

// A word's shape for Lexicon::MaybeNumber: its length (capped at 15) and its first and last
// letters (a-z, else one "other" slot), trailing full stops left out.
constexpr size_t kNumberShapes = 16 * 27 * 27;

size_t NumberShape(std::string_view w) {
  auto letter = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<size_t>(c - 'a') : 26; };
  while (!w.empty() && w.back() == '.') w.remove_suffix(1);  // as Classes() reads "ten."
  if (w.empty()) return 0;
  const size_t len = std::min<size_t>(w.size(), 15);
  return (len * 27 + letter(w.front())) * 27 + letter(w.back());
}

// Non-comment lines of an embedded data file.
template <typename F>
void ForEachLine(std::string_view data, F f) {
  for (std::string_view line : DataLines(data)) f(line);
}

void LoadWords(std::string_view data, WordSet* out) {
  ForEachLine(data, [&](std::string_view line) {
    std::istringstream in{std::string(line)};
    std::string w;
    while (in >> w) out->insert(FoldWord(w));
  });
}

// "Middle East" -> "middle east": folded words joined by one space.
std::string FoldPhrase(std::string_view phrase) {
  std::string out;
  std::istringstream in{std::string(phrase)};
  std::string w;
  while (in >> w) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
    if (w.empty()) continue;
    if (!out.empty()) out += ' ';
    out += FoldWord(w);
  }
  return out;
}

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string s;
  u.toUTF8String(s);
  return s;
}

}  // namespace

const Lexicon& Lexicon::Get() {
  static const Lexicon* lexicon = new Lexicon();
  return *lexicon;
}

Lexicon::Lexicon() {
  LoadWords(data::AnalyseRoleHeads, &role_heads_);
  LoadWords(data::AnalyseRoleModifiers, &role_modifiers_);
  LoadWords(data::AnalyseHonorifics, &honorifics_);
  LoadWords(data::AnalyseGivenNames, &given_);
  LoadWords(data::AnalyseDemonyms, &demonyms_);
  LoadWords(data::AnalyseCalendar, &calendar_);
  LoadWords(data::AnalyseStopwords, &stopwords_);
  LoadWords(data::AnalyseOrgHeads, &org_heads_);
  LoadWords(data::AnalyseVerbs, &verbs_);
  LoadWords(data::AnalysePlaceHeads, &place_heads_);
  LoadWords(data::AnalyseLocatives, &locatives_);
  LoadWords(data::AnalysePolityNouns, &polity_nouns_);
  LoadWords(data::AnalyseDivisionHeads, &division_heads_);
  ForEachLine(data::AnalyseAbbreviations, [&](std::string_view line) {
    std::istringstream in{std::string(line)};
    std::string where, full, abbr;
    if (!(in >> where >> full)) return;
    const int slot = where == "first" ? 0 : where == "last" ? 1 : 2;
    while (in >> abbr) abbreviations_[slot][FoldWord(abbr)] = FoldWord(full);
  });
  int group = 0;
  ForEachLine(data::AnalyseNicknames, [&](std::string_view line) {
    std::istringstream in{std::string(line)};
    std::string w;
    while (in >> w) nicknames_.emplace(FoldWord(w), group);
    ++group;
  });
  ForEachLine(data::AnalyseNumbers, [&](std::string_view line) {
    std::istringstream in{std::string(line)};
    std::string w;
    double v = 0, high = 0;
    if (!(in >> w >> v)) return;
    if (w[0] == '~' && in >> high) {
      vague_[FoldWord(w.substr(1))] = {v, high};
    } else {
      numbers_[FoldWord(w)] = v;
    }
  });
  ForEachLine(data::AnalyseUnits, [&](std::string_view line) {
    std::istringstream in{std::string(line)};
    std::string w, kind;
    double factor = 0;
    if (in >> w >> kind >> factor) units_[FoldWord(w)] = {kind, factor};
  });
  ForEachLine(data::AnalyseConcepts, [&](std::string_view line) {
    std::istringstream in{std::string(line)};
    std::string name, w;
    in >> name;
    while (in >> w) {
      if (name == "~generic") {
        generic_nouns_.insert(FoldWord(w));
      } else {
        concepts_[FoldWord(w)] = name;
      }
    }
  });
  ForEachLine(data::AnalysePlaces,
              [&](std::string_view line) { places_.insert(FoldPhrase(line)); });
  LoadPlaces();
  const std::pair<const WordSet*, uint16_t> sets[] = {{&role_heads_, kLexRoleHead},
                                                      {&role_modifiers_, kLexRoleModifier},
                                                      {&honorifics_, kLexHonorific},
                                                      {&given_, kLexGiven},
                                                      {&demonyms_, kLexDemonym},
                                                      {&calendar_, kLexCalendar},
                                                      {&stopwords_, kLexStopword},
                                                      {&org_heads_, kLexOrgHead},
                                                      {&verbs_, kLexVerb},
                                                      {&places_, kLexPlace},
                                                      {&place_heads_, kLexPlaceHead},
                                                      {&locatives_, kLexLocative},
                                                      {&polity_nouns_, kLexPolity}};
  for (const auto& [set, bit] : sets) {
    for (const std::string& w : *set) classes_[w] |= bit;
  }
  for (const auto& [w, v] : numbers_) classes_[w] |= kLexNumber;
  for (const auto& [w, v] : vague_) classes_[w] |= kLexNumber;
  number_shapes_.assign(kNumberShapes, false);
  for (const auto& [w, bit] : classes_) {
    if (bit & kLexNumber) number_shapes_[NumberShape(w)] = true;
  }
}

bool Lexicon::MaybeNumber(std::string_view w) const { return number_shapes_[NumberShape(w)]; }

uint16_t Lexicon::Classes(std::string_view w) const {
  auto it = classes_.find(w);
  if (it != classes_.end()) return it->second;
  if (w.size() > 1 && w.back() == '.') return Classes(w.substr(0, w.size() - 1));
  return 0;
}

void Lexicon::LoadPlaces() {
  const icu::Locale& en = icu::Locale::getEnglish();
  for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c) {
    icu::UnicodeString name;
    icu::Locale("", *c).getDisplayCountry(en, name);
    if (!name.isEmpty()) places_.insert(FoldPhrase(ToUtf8(name)));
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> names(icu::TimeZoneNames::createInstance(en, status));
  std::unique_ptr<icu::StringEnumeration> zones(icu::TimeZone::createTimeZoneIDEnumeration(
      UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
  if (U_FAILURE(status) || !names || !zones) return;
  while (const icu::UnicodeString* id = zones->snext(status)) {
    if (U_FAILURE(status)) break;
    icu::UnicodeString city;
    names->getExemplarLocationName(*id, city);
    if (!city.isEmpty()) places_.insert(FoldPhrase(ToUtf8(city)));
  }
}

bool Lexicon::NicknameEquivalent(std::string_view a, std::string_view b) const {
  auto ra = nicknames_.equal_range(a);
  auto rb = nicknames_.equal_range(b);
  for (auto i = ra.first; i != ra.second; ++i) {
    for (auto j = rb.first; j != rb.second; ++j) {
      if (i->second == j->second) return true;
    }
  }
  return false;
}

double Lexicon::NumberWord(std::string_view w) const {
  if (!MaybeNumber(w)) return -1.0;
  auto it = numbers_.find(w);
  return it == numbers_.end() ? -1.0 : it->second;
}

bool Lexicon::VagueAmount(std::string_view w, double* low, double* high) const {
  if (!MaybeNumber(w)) return false;
  auto it = vague_.find(w);
  if (it == vague_.end()) return false;
  *low = it->second.first;
  *high = it->second.second;
  return true;
}

std::string_view Lexicon::Concept(std::string_view w) const {
  auto it = concepts_.find(w);
  return it == concepts_.end() ? std::string_view() : std::string_view(it->second);
}

bool Lexicon::Unit(std::string_view w, std::string* kind, double* factor) const {
  auto it = units_.find(w);
  if (it == units_.end()) return false;
  *kind = it->second.first;
  *factor = it->second.second;
  return true;
}

std::string_view Lexicon::ExpandAbbreviation(std::string_view w, bool first, bool last) const {
  while (!w.empty() && w.back() == '.') w.remove_suffix(1);
  for (int slot : {first ? 0 : -1, last ? 1 : -1, 2}) {
    if (slot < 0) continue;
    auto it = abbreviations_[slot].find(w);
    if (it != abbreviations_[slot].end()) return it->second;
  }
  return w;
}

}  // namespace chorus
