// STUB (to be replaced by the analyse module owner).
#include "analyse/analysis.h"

namespace chorus {

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "person";
    case EntityType::kOrganization: return "organization";
    case EntityType::kPlace: return "place";
    case EntityType::kOther: return "other";
  }
  return "other";
}

std::string_view QuoteKindName(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kVerbatim: return "verbatim";
    case QuoteKind::kPartial: return "partial";
    case QuoteKind::kParaphrase: return "paraphrase";
    case QuoteKind::kTranslation: return "translation";
  }
  return "verbatim";
}

StoryAnalysis AnalyseStory(const StoryText&) { return {}; }

}  // namespace chorus
