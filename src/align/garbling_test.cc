#include "align/garbling.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "align/aligner.h"
#include "align/test_story.h"
#include "segment/tokenizer.h"

namespace chorus::align {
namespace {

using chorus::testing::MakeStory;

GarblingReport Analyse(const StoryText& story) {
  return AnalyseGarbling(story, BuildFeatures(story));
}

TEST(GarblingTest, FirstPersonOutsideQuotesOnly) {
  const StoryText story = MakeStory({{
      "The president said he had spoken to the minister for an hour on Monday.",
      "The first talks between the two men, and in his priorities I made it clear to my "
      "advisor that there was something.",
      "\"I made it clear that we want peace,\" the president told reporters on Monday.",
  }});
  const GarblingReport g = Analyse(story);
  EXPECT_FALSE(g.sentences[0][0].signals & kFirstPerson);
  EXPECT_TRUE(g.sentences[0][1].signals & kFirstPerson);
  EXPECT_FALSE(g.sentences[0][2].signals & kFirstPerson);
  EXPECT_GT(g.sentences[0][1].own, 0.5);
  EXPECT_EQ(g.sentences[0][0].own, 0.0);
  EXPECT_EQ(g.docs[0].first_person, 1);
}

TEST(GarblingTest, QuotationCarriesAcrossSentencesOfAParagraph) {
  const StoryText story =
      MakeStory({{
                    "\"We talked for a long time about the war and the economy.",
                    "I believe the talks will succeed,\" the president said.",
                }},
                /*one_paragraph=*/true);
  EXPECT_FALSE(Analyse(story).sentences[0][1].signals & kFirstPerson);
}

TEST(GarblingTest, ShortAndVerblessFragments) {
  const StoryText story = MakeStory({{
      "It emphasizes.",
      "CIA Director John Ratcliffe.",
      "The director of the agency travelled to Brussels on Tuesday.",
      "the call lasted an hour, officials said.",
  }});
  const GarblingReport g = Analyse(story);
  EXPECT_TRUE(g.sentences[0][0].signals & kFragment);
  EXPECT_TRUE(g.sentences[0][1].signals & kFragment);
  EXPECT_FALSE(g.sentences[0][2].signals & kFragment);
  EXPECT_TRUE(g.sentences[0][3].signals & kBrokenStart);
  EXPECT_FALSE(g.sentences[0][2].signals & kBrokenStart);
}

TEST(GarblingTest, NameSpeltUnlikeOtherOutlets) {
  const StoryText story = MakeStory({
      {"Defense Secretary Pete Hegseth spoke in Brussels.", "Envoy Steve Dmitry arrived."},
      {"Pete Hegseth told allies the goal was unrealistic.", "Envoy Steve Dmitry left."},
      {"On Wednesday Hegseth repeated the point.", "Envoy Steve Dmitri stayed."},
      {"Defense Secretary Pete Hegses spoke at NATO.", "Later Hegseth added a remark.",
       "Envoy Steve Dmitri arrived."},
  });
  const GarblingReport g = Analyse(story);
  EXPECT_TRUE(g.sentences[3][0].signals & kMisspeltName);
  EXPECT_FALSE(g.sentences[3][1].signals & kMisspeltName);
  EXPECT_FALSE(g.sentences[0][0].signals & kMisspeltName);
  // Dmitry / Dmitri: two outlets each, no consensus, so neither is flagged.
  for (size_t d = 0; d < 4; ++d) {
    EXPECT_FALSE(g.sentences[d].back().signals & kMisspeltName) << d;
  }
  EXPECT_EQ(g.docs[3].misspelt_names.size(), 1u);
  EXPECT_TRUE(g.docs[0].misspelt_names.empty());
}

TEST(GarblingTest, DocumentRateSpreadsToItsSentences) {
  const StoryText story = MakeStory({
      {"The minister met the envoy on Monday in the capital.", "I proposed.", "It emphasizes."},
      {"The minister met the envoy on Monday in the capital."},
  });
  const GarblingReport g = Analyse(story);
  EXPECT_EQ(g.sentences[0][0].own, 0.0);
  EXPECT_GT(g.sentences[0][0].score, 0.0);
  EXPECT_EQ(g.sentences[1][0].score, 0.0);
  EXPECT_GT(g.docs[0].rate, g.docs[1].rate);
  const SentenceScores s = ScoreGarbling(story);
  ASSERT_EQ(s.size(), 2u);
  ASSERT_EQ(s[0].size(), 3u);
  EXPECT_DOUBLE_EQ(s[0][1], g.sentences[0][1].score);
  for (const auto& doc : s) {
    for (double v : doc) EXPECT_TRUE(v >= 0.0 && v <= 1.0);
  }
}

TEST(GarblingTest, LooksLikeVerb) {
  auto token = [](const char* w) { return Tokenize(w).front(); };
  EXPECT_TRUE(LooksLikeVerb(token("said")));
  EXPECT_TRUE(LooksLikeVerb(token("travelled")));
  EXPECT_FALSE(LooksLikeVerb(token("Director")));
  EXPECT_FALSE(LooksLikeVerb(token("United")));
}

}  // namespace
}  // namespace chorus::align
