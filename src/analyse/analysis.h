// Analyse: people, organisations and places; quotes with speakers; figures and conflicts.
//
//   StoryAnalysis a = AnalyseStory(story);
//   a.entities[i].name, .variants, .mentions
//   a.quotes[i].variants (one per outlet occurrence), .speaker (index into entities or -1)
//   a.conflicts[i].claims
//   a.figures[i].low/.high/.measures (numbers with what they count)
//
// Works on the cleaned, segmented story (chorus/story.h); everything it reports points at
// byte spans of the sources. Submodules: entities.h, quotes.h, figures.h.
#ifndef CHORUS_ANALYSE_ANALYSIS_H_
#define CHORUS_ANALYSE_ANALYSIS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "chorus/story.h"

namespace chorus {

struct SpanRef {
  uint32_t doc = 0;
  TextSpan span;
};

enum class EntityType { kPerson, kOrganization, kPlace, kOther };
std::string_view EntityTypeName(EntityType type);  // "person", ...

struct StoryEntity {
  std::string name;  // canonical: most complete, best-attested form
  EntityType type = EntityType::kOther;
  std::vector<std::string> roles;     // "Secretary of State", "Kremlin spokesman", ...
  std::vector<std::string> variants;  // every distinct surface form seen
  std::vector<SpanRef> mentions;
};

enum class QuoteKind { kVerbatim, kPartial, kParaphrase, kTranslation };
std::string_view QuoteKindName(QuoteKind kind);  // "verbatim", ...

struct QuoteVariantRef {
  SpanRef where;  // the quoted words (without the quotation marks)
  QuoteKind kind = QuoteKind::kVerbatim;
};

struct StoryQuote {
  SpanRef text;      // fullest verbatim wording
  int speaker = -1;  // index into StoryAnalysis::entities, -1 unknown
  std::vector<QuoteVariantRef> variants;
};

struct ConflictClaim {
  std::string value;  // as normalised for display, e.g. "millions" / "hundreds of thousands"
  std::vector<SpanRef> evidence;
};

struct StoryConflict {
  std::string about;  // "deaths in the war"
  std::vector<ConflictClaim> claims;
};

enum class FigureKind { kCount, kDuration, kDate, kMoney, kPercent, kDistance };
std::string_view FigureKindName(FigureKind kind);  // "count", "duration", ...

// A number with what it measures. Values are normalised: durations in minutes, distances in
// metres, dates as years, vague amounts as ranges ("hundreds of thousands" -> [1e5, 1e6)).
struct StoryFigure {
  SpanRef where;     // the number expression, e.g. "almost an hour and a half"
  SpanRef sentence;  // the sentence it is in
  FigureKind kind = FigureKind::kCount;
  double low = 0, high = 0;  // value range (equal for an exact figure)
  bool approximate = false;  // "almost", "about", "millions", ...
  std::string unit;          // "minute", "percent", "$", ... ("" for plain counts)
  std::string measures;      // "dead", "injured" (figures_concepts.txt) or the singular
                             // counted noun ("conversation"); "" when unclear
  int speaker = -1;          // entity of the quoted speaker asserting it; -1: the outlet
};

struct StoryAnalysis {
  std::vector<StoryEntity> entities;
  std::vector<StoryQuote> quotes;
  std::vector<StoryConflict> conflicts;
  std::vector<StoryFigure> figures;
};

StoryAnalysis AnalyseStory(const StoryText& story);

}  // namespace chorus

#endif  // CHORUS_ANALYSE_ANALYSIS_H_
