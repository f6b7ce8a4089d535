// STUB (to be replaced by the summarise module owner): facts in order until the budget.
#include "summarise/summariser.h"

#include "util/text_util.h"

namespace chorus {

SummaryPlan Summarise(const StoryText& story, const std::vector<FactGroup>& facts,
                      const SentenceScores&, const std::vector<SourceQuality>&,
                      const SummaryOptions& options) {
  SummaryPlan plan;
  int words = 0;
  for (size_t i = 0; i < facts.size(); ++i) {
    const std::string_view t = story.Text(facts[i].representative);
    const int w = CountWords(t);
    if (words + w > options.words) continue;
    words += w;
    plan.facts.push_back(i);
    if (!plan.text.empty()) plan.text += ' ';
    plan.text += t;
  }
  return plan;
}

}  // namespace chorus
