// Analyse: runs quote finding, mention finding, entity resolution, quote attribution and
// grouping, and figures/conflicts over one story. Each step is in its own file.
#include "analyse/analysis.h"

#include "analyse/entities.h"
#include "analyse/figures.h"
#include "analyse/mentions.h"
#include "analyse/quotes.h"

namespace chorus {

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "person";
    case EntityType::kOrganization:
      return "organization";
    case EntityType::kPlace:
      return "place";
    case EntityType::kOther:
      return "other";
  }
  return "other";
}

std::string_view QuoteKindName(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kVerbatim:
      return "verbatim";
    case QuoteKind::kPartial:
      return "partial";
    case QuoteKind::kParaphrase:
      return "paraphrase";
    case QuoteKind::kTranslation:
      return "translation";
  }
  return "verbatim";
}

StoryAnalysis AnalyseStory(const StoryText& story) {
  StoryAnalysis out;
  if (story.docs.empty() || story.sentences.size() != story.docs.size() ||
      story.cleaned.size() != story.docs.size()) {
    return out;
  }
  const ScannedStory scan = ScanStory(story);
  std::vector<RawQuote> quotes = FindQuotes(story);
  QuoteRegions regions(story.docs.size());
  for (const RawQuote& q : quotes) regions[q.doc].push_back(q.outer);
  EntitySet es = BuildEntities(story, FindMentions(story, scan, regions));
  AttributeQuotes(story, es, &quotes);
  out.quotes = GroupQuotes(story, quotes);
  out.figures = FindFigures(story, scan, quotes);
  out.conflicts = FindConflicts(story, out.figures);
  out.entities = std::move(es.entities);
  return out;
}

}  // namespace chorus
