// Word lists that drive analyse, loaded once from data/ files embedded in the binary, plus
// place names from ICU locale data (country display names and time-zone exemplar cities).
//
//   const Lexicon& lex = Lexicon::Get();
//   lex.IsRoleHead("spokesman");  lex.NicknameEquivalent("mike", "michael")
//
// All lookups take lower-case, diacritic-folded words (FoldWord in words.h).
#ifndef CHORUS_ANALYSE_LEXICON_H_
#define CHORUS_ANALYSE_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace chorus {

// Hash sets of words that can be probed with a string_view (no allocation per lookup).
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

// Classes of a word, as a bit mask (one lookup gives all of them).
enum LexClass : uint16_t {
  kLexRoleHead = 1,
  kLexRoleModifier = 2,
  kLexHonorific = 4,
  kLexGiven = 8,
  kLexDemonym = 16,
  kLexCalendar = 32,
  kLexStopword = 64,
  kLexOrgHead = 128,
  kLexVerb = 256,
  kLexPlace = 512,
  kLexNumber = 1024,     // a number word or a vague amount ("three", "millions")
  kLexPlaceHead = 2048,  // "port", "island", "town" (data/places_heads.txt)
  kLexLocative = 4096,   // "in", "off", "near" (data/places_prepositions.txt)
  kLexPolity = 8192,     // "government", "authorities" (data/places_polity_nouns.txt)
};

class Lexicon {
 public:
  static const Lexicon& Get();  // thread-safe, built on first use

  // LexClass bits of a folded word (a trailing period is ignored: "jan." is a month).
  uint16_t Classes(std::string_view w) const;

  bool IsRoleHead(std::string_view w) const { return Has(role_heads_, w); }
  bool IsRoleModifier(std::string_view w) const { return Has(role_modifiers_, w); }
  bool IsHonorific(std::string_view w) const { return Has(honorifics_, w); }
  bool IsGivenName(std::string_view w) const { return Has(given_, w); }
  bool IsDemonym(std::string_view w) const { return Has(demonyms_, w); }
  bool IsCalendar(std::string_view w) const { return Has(calendar_, w); }
  bool IsStopword(std::string_view w) const { return Has(stopwords_, w); }
  bool IsOrgHead(std::string_view w) const { return Has(org_heads_, w); }
  bool IsReportingVerb(std::string_view w) const { return Has(verbs_, w); }
  // Folded place name, possibly several words joined by one space ("middle east").
  bool IsPlace(std::string_view folded) const { return Has(places_, folded); }
  bool IsPlaceHead(std::string_view w) const { return Has(place_heads_, w); }
  bool IsLocative(std::string_view w) const { return Has(locatives_, w); }
  bool IsPolityNoun(std::string_view w) const { return Has(polity_nouns_, w); }
  // "city", "county": a head after which the name alone is usually another place.
  bool IsDivisionHead(std::string_view w) const { return Has(division_heads_, w); }
  // The full word an abbreviation stands for at that position of a name ("st" first ->
  // "saint", "st" last -> "street"; data/names_abbreviations.txt), else w itself.
  std::string_view ExpandAbbreviation(std::string_view w, bool first, bool last) const;
  // Both given names are in one nickname/transliteration group (Mike ~ Michael).
  bool NicknameEquivalent(std::string_view a, std::string_view b) const;
  // Value of a number word ("three" -> 3, "million" -> 1e6), or a negative value.
  double NumberWord(std::string_view w) const;
  // False when w is surely neither a number word nor a vague amount (a table lookup on its
  // length and first and last letters, no hashing): the fast path of NumberWord, VagueAmount
  // and of callers scanning every token for one.
  bool MaybeNumber(std::string_view w) const;
  // Range of a vague plural amount ("hundreds" -> [100, 1000)); false if w is not one.
  bool VagueAmount(std::string_view w, double* low, double* high) const;
  // Kind ("duration", "percent", "money") and factor to the base unit of a unit word.
  bool Unit(std::string_view w, std::string* kind, double* factor) const;
  // Concept a casualty word stands for ("killed" -> "dead"), or "" (figures_concepts.txt).
  std::string_view Concept(std::string_view w) const;
  bool IsGenericNoun(std::string_view w) const { return Has(generic_nouns_, w); }

 private:
  Lexicon();
  static bool Has(const WordSet& s, std::string_view w) { return s.find(w) != s.end(); }
  void LoadPlaces();

  WordSet role_heads_, role_modifiers_, honorifics_, given_, demonyms_, calendar_, stopwords_,
      org_heads_, verbs_, places_, place_heads_, locatives_, polity_nouns_, division_heads_;
  // abbreviation -> full word, by position: [0] first word, [1] last word, [2] anywhere.
  std::unordered_map<std::string, std::string, WordHash, std::equal_to<>> abbreviations_[3];
  std::unordered_multimap<std::string, int, WordHash, std::equal_to<>> nicknames_;
  std::unordered_map<std::string, double, WordHash, std::equal_to<>> numbers_;
  std::unordered_map<std::string, std::pair<double, double>, WordHash, std::equal_to<>> vague_;
  std::unordered_map<std::string, std::pair<std::string, double>, WordHash, std::equal_to<>> units_;
  std::unordered_map<std::string, std::string, WordHash, std::equal_to<>> concepts_;
  WordSet generic_nouns_;
  std::unordered_map<std::string, uint16_t, WordHash, std::equal_to<>> classes_;
  std::vector<bool> number_shapes_;  // by NumberShape(w): some number word has that shape
};

}  // namespace chorus

#endif  // CHORUS_ANALYSE_LEXICON_H_
