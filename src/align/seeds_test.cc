// Alignment, garbling and source quality on the five real seed reports (../shared/seeds).
#include <gtest/gtest.h>

#include <iostream>

#include "align/aligner.h"
#include "align/garbling.h"
#include "align/source_quality.h"
#include "brief/brief_builder.h"
#include "read/inputs.h"
#include "tests/test_util.h"

namespace chorus {
namespace {

const StoryText& Seeds() {
  static const StoryText story = PrepareStory(ReadInputs({testing::SeedsDir()}).docs);
  return story;
}

TEST(SeedsTest, DISABLED_Dump) {
  const StoryText& story = Seeds();
  const SentenceScores g = ScoreGarbling(story);
  const std::vector<FactGroup> facts = AlignFacts(story, g);
  for (const FactGroup& f : facts) {
    if (f.members.size() < 2) continue;
    std::cout << "FACT origins=" << f.origins << " support=" << f.support << "\n";
    for (const SentenceRef& m : f.members) {
      std::cout << (m == f.representative ? " * " : "   ") << m.doc << ":" << m.sentence << " g="
                << g[m.doc][m.sentence] << " " << story.Text(m).substr(0, 150) << "\n";
    }
  }
  for (size_t d = 0; d < g.size(); ++d) {
    for (size_t i = 0; i < g[d].size(); ++i) {
      if (g[d][i] > 0.3) {
        std::cout << "GARBLED " << d << ":" << i << " " << g[d][i] << " "
                  << story.Text({uint32_t(d), uint32_t(i)}).substr(0, 120) << "\n";
      }
    }
  }
  const auto q = ScoreSources(story, g, facts);
  for (size_t d = 0; d < q.size(); ++d) {
    std::cout << "SOURCE " << story.docs[d].id << " " << q[d].score;
    for (const auto& fl : q[d].flags) std::cout << " " << fl;
    std::cout << "\n";
  }
}

}  // namespace
}  // namespace chorus
