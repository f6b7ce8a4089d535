// Analyse: people, organisations and places; quotes with speakers; figures and conflicts.
//
//   StoryAnalysis a = AnalyseStory(story);
//   a.entities[i].name, .variants, .mentions
//   a.quotes[i].variants (one per outlet occurrence), .speaker (index into entities or -1)
//   a.conflicts[i].claims
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

struct StoryAnalysis {
  std::vector<StoryEntity> entities;
  std::vector<StoryQuote> quotes;
  std::vector<StoryConflict> conflicts;
};

StoryAnalysis AnalyseStory(const StoryText& story);

}  // namespace chorus

#endif  // CHORUS_ANALYSE_ANALYSIS_H_
