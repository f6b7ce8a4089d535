#include "align/origins.h"

#include <gtest/gtest.h>

#include "align/aligner.h"
#include "align/test_story.h"

namespace chorus::align {
namespace {

using chorus::testing::MakeStory;

TEST(OriginsTest, Jaccard) {
  EXPECT_DOUBLE_EQ(Jaccard({1, 2, 3}, {2, 3, 4}), 0.5);
  EXPECT_DOUBLE_EQ(Jaccard({}, {}), 0.0);
  EXPECT_DOUBLE_EQ(Jaccard({5}, {5}), 1.0);
}

// Two outlets run the same wire copy (one with a different last sentence); a third reports
// the same facts in its own words.
StoryText WireStory() {
  return MakeStory({
      {"The central bank raised its main interest rate by half a point on Tuesday to fight "
       "inflation.",
       "Governor Anna Lindqvist said further increases could follow in the spring.",
       "The decision surprised most economists, who had expected a smaller move.",
       "Shares in Stockholm fell two percent after the announcement."},
      {"The central bank raised its main interest rate by half a point on Tuesday to fight "
       "inflation.",
       "Governor Anna Lindqvist said further increases could follow in the spring.",
       "The decision surprised most economists, who had expected a smaller move.",
       "Local shops reported quiet trading all day."},
      {"Sweden's central bank lifted rates by half a percentage point on Tuesday, citing "
       "inflation.",
       "More increases may come in the spring, Governor Anna Lindqvist warned."},
  });
}

TEST(OriginsTest, SyndicatedDocumentsAreOneOrigin) {
  const StoryFeatures f = BuildFeatures(WireStory());
  const Syndication syn(f);
  EXPECT_TRUE(syn.Copies(0, 1));
  EXPECT_FALSE(syn.Copies(0, 2));
  EXPECT_EQ(CountOrigins(f, syn, {f.Flat({0, 0}), f.Flat({1, 0}), f.Flat({2, 0})}), 2);
  EXPECT_EQ(CountOrigins(f, syn, {f.Flat({0, 0}), f.Flat({2, 0})}), 2);
}

TEST(OriginsTest, AlignedFactCountsWireCopiesOnce) {
  const StoryText story = WireStory();
  const std::vector<FactGroup> facts = AlignFacts(story, ScoreGarbling(story));
  bool found = false;
  for (const FactGroup& g : facts) {
    if (g.members.size() != 3) continue;
    found = true;
    EXPECT_EQ(g.origins, 2);
  }
  EXPECT_TRUE(found);
}

TEST(OriginsTest, SameWordingWithoutWholeDocumentCopy) {
  const StoryText story = MakeStory({
      {"Officials said the bridge will reopen to traffic on Friday after repairs.",
       "Unrelated text about the local football club, its new coach from Portugal and the "
       "stadium the club hopes to build near the harbour within five years."},
      {"Officials said the bridge will reopen to traffic on Friday after repairs.",
       "A long report on regional farming subsidies, the farmers who depend on them and the "
       "critics in parliament who want the money spent on rail lines instead."},
  });
  const StoryFeatures f = BuildFeatures(story);
  const Syndication syn(f);
  EXPECT_FALSE(syn.Copies(0, 1));
  EXPECT_TRUE(SameWording(f.sentences[0], f.sentences[2]));
  EXPECT_EQ(CountOrigins(f, syn, {0, 2}), 1);
}

TEST(OriginsTest, SameQuotationStaysIndependent) {
  const StoryText story = MakeStory({
      {"\"We will rebuild every home that was lost in the flood,\" the mayor said on Monday."},
      {"Speaking to residents, the mayor promised: \"We will rebuild every home that was lost "
       "in the flood.\""},
  });
  const StoryFeatures f = BuildFeatures(story);
  EXPECT_FALSE(SameWording(f.sentences[0], f.sentences[1]));
  EXPECT_EQ(CountOrigins(f, Syndication(f), {0, 1}), 2);
}

}  // namespace
}  // namespace chorus::align
