#include "align/features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "align/test_story.h"

namespace chorus::align {
namespace {

using chorus::testing::MakeStory;

uint32_t TermOf(const StoryFeatures& f, const std::string& form) {
  for (uint32_t t = 0; t < f.term_form.size(); ++t) {
    if (f.term_form[t] == form) return t;
  }
  ADD_FAILURE() << "no term " << form;
  return 0;
}

float WeightIn(const SentenceFeatures& s, uint32_t term) {
  for (const TermWeight& t : s.terms) {
    if (t.term == term) return t.weight;
  }
  return 0;
}

TEST(FeaturesTest, RareTermsWeighMoreThanCommonOnes) {
  const StoryText story = MakeStory({
      {"Officials met Ratcliffe in the capital.", "Officials met reporters in the capital."},
      {"Officials met farmers in the capital.", "Officials met bankers in the capital."},
  });
  const StoryFeatures f = BuildFeatures(story);
  const SentenceFeatures& s = f.sentences[0];
  EXPECT_GT(WeightIn(s, TermOf(f, "ratcliffe")), 2 * WeightIn(s, TermOf(f, "capital")));
  double norm = 0;
  for (const TermWeight& t : s.terms) norm += t.weight * t.weight;
  EXPECT_NEAR(norm, 1.0, 1e-5);
}

TEST(FeaturesTest, NamesFromCapitalisationAwayFromSentenceStart) {
  const StoryText story = MakeStory({
      {"Talks were led by Rubio on Monday.", "Witkov was in Moscow.",
       "Envoy Steve Witkoff left early.", "Early talks were calm."},
  });
  const StoryFeatures f = BuildFeatures(story);
  EXPECT_TRUE(f.term_is_name[TermOf(f, "rubio")]);
  EXPECT_TRUE(f.term_is_name[TermOf(f, "witkoff")]);
  EXPECT_TRUE(f.term_is_name[TermOf(f, "witkov")]);  // initial only, a variant of a name
  EXPECT_EQ(f.soft_class[TermOf(f, "witkov")], f.soft_class[TermOf(f, "witkoff")]);
  EXPECT_FALSE(f.term_is_name[TermOf(f, "talks")]);
}

TEST(FeaturesTest, QuoteMaskFollowsQuotationMarksNotApostrophes) {
  const StoryText story = MakeStory({{
      "Trump’s aide said \u201Cwe will win\u201D and left.",
      "He said 'it is over' today.",
  }});
  const StoryFeatures f = BuildFeatures(story);
  const auto& tokens = story.sentences[0][0].tokens;
  const auto& mask = f.sentences[0].in_quote;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const bool quoted =
        tokens[k].norm == "we" || tokens[k].norm == "will" || tokens[k].norm == "win";
    EXPECT_EQ(mask[k] != 0, quoted) << tokens[k].norm;
  }
  EXPECT_EQ(f.sentences[0].quoted_words, 3);
  EXPECT_EQ(f.sentences[1].quoted_words, 3);
}

TEST(FeaturesTest, SharedFeaturesFollowTheStory) {
  const StoryText a = MakeStory({{"Rubio met Lavrov in Riyadh."}});
  const StoryText b = MakeStory({{"Rubio met Lavrov in Geneva."}});
  const auto fa = SharedFeatures(a);
  EXPECT_EQ(SharedFeatures(a), fa);  // same story: the cached features
  const auto fb = SharedFeatures(b);
  EXPECT_NE(fb, fa);
  EXPECT_NE(std::find(fb->term_form.begin(), fb->term_form.end(), "geneva"), fb->term_form.end());
}

}  // namespace
}  // namespace chorus::align
