#include "align/aligner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "align/test_story.h"

namespace chorus {
namespace {

using testing::MakeStory;
using testing::WithFiller;

TEST(AlignerTest, EmptyStory) { EXPECT_TRUE(AlignFacts(StoryText{}, {}).empty()); }

StoryText TeamStory() {
  return MakeStory(WithFiller(
      {
          {"Trump named Secretary of State Marco Rubio, CIA Director John Ratcliffe and envoy "
           "Steve Witkoff to lead the negotiations.",
           "The storm closed schools across the county on Friday.",
           "Officials expect the bridge repairs to take a month."},
          // Full names, as outlets write a team's list (with surnames alone and another verb,
          // the pair looks like "Korin was questioned" vs "Korin hired a lawyer": apart).
          {"Marco Rubio, John Ratcliffe and Steve Witkoff will oversee the negotiations, Trump "
           "said in his post.",
           "Farmers in the valley reported a record harvest this year."},
          {"The negotiating team includes Marco Rubio, John Ratcliffe and Steve Witkov, according "
           "to Trump.",
           "The storm closed schools across the county on Friday, officials said.", "I proposed."},
      },
      10));
}

const FactGroup* FactWith(const std::vector<FactGroup>& facts, SentenceRef ref) {
  for (const FactGroup& f : facts) {
    if (std::find(f.members.begin(), f.members.end(), ref) != f.members.end()) return &f;
  }
  return nullptr;
}

TEST(AlignerTest, ParaphrasesFormOneFact) {
  const StoryText story = TeamStory();
  const std::vector<FactGroup> facts = AlignFacts(story, ScoreGarbling(story));
  const FactGroup* team = FactWith(facts, {0, 0});
  ASSERT_NE(team, nullptr);
  EXPECT_EQ(team->members, (std::vector<SentenceRef>{{0, 0}, {1, 0}, {2, 0}}));
  EXPECT_EQ(team->origins, 3);
  EXPECT_GT(team->support, 2.0);
  const FactGroup* storm = FactWith(facts, {0, 1});
  ASSERT_NE(storm, nullptr);
  EXPECT_EQ(storm->members, (std::vector<SentenceRef>{{0, 1}, {2, 1}}));
}

TEST(AlignerTest, UnrelatedSentencesStayApart) {
  const StoryText story = TeamStory();
  const std::vector<FactGroup> facts = AlignFacts(story, ScoreGarbling(story));
  EXPECT_EQ(FactWith(facts, {0, 2})->members.size(), 1u);
  EXPECT_EQ(FactWith(facts, {1, 1})->members.size(), 1u);
  EXPECT_EQ(FactWith(facts, {2, 2})->members.size(), 1u);
}

// The same names, something else said: the named participants make sentences about one topic,
// not one fact (the predicate gate of aligner.cc).
TEST(AlignerTest, SameNamesDifferentPredicateStayApart) {
  const StoryText story = MakeStory(WithFiller(
      {
          {"Captain Alexander Korin of the Kestrel Bay was questioned by police and released."},
          {"The Kestrel Bay's captain, Alexander Korin, has hired a lawyer, according to its "
           "owners."},
          {"The master of the Kestrel Bay, Captain Alexander Korin, was questioned by police and "
           "has not been charged."},
      },
      10));
  const std::vector<FactGroup> facts = AlignFacts(story, ScoreGarbling(story));
  const FactGroup* questioned = FactWith(facts, {0, 0});
  ASSERT_NE(questioned, nullptr);
  EXPECT_EQ(questioned->members, (std::vector<SentenceRef>{{0, 0}, {2, 0}}));
  EXPECT_EQ(FactWith(facts, {1, 0})->members.size(), 1u);
}

TEST(AlignerTest, EverySentenceInExactlyOneFactAtMostOnePerDocument) {
  const StoryText story = MakeStory({
      {"Rubio will lead the negotiations in Riyadh.", "Rubio will lead the negotiations."},
      {"Rubio will lead the negotiations in Riyadh next week."},
      {"Rubio is to lead the negotiations in Riyadh.", "Rubio leads the Riyadh negotiations."},
  });
  const std::vector<FactGroup> facts = AlignFacts(story, ScoreGarbling(story));
  std::set<SentenceRef> seen;
  for (const FactGroup& f : facts) {
    ASSERT_FALSE(f.members.empty());
    EXPECT_TRUE(std::is_sorted(f.members.begin(), f.members.end()));
    std::set<uint32_t> docs;
    for (const SentenceRef& m : f.members) {
      EXPECT_TRUE(docs.insert(m.doc).second) << "two members from doc " << m.doc;
      EXPECT_TRUE(seen.insert(m).second);
    }
    EXPECT_NE(std::find(f.members.begin(), f.members.end(), f.representative), f.members.end());
    EXPECT_GE(f.origins, 1);
    EXPECT_LE(f.origins, static_cast<int>(f.members.size()));
  }
  EXPECT_EQ(seen.size(), 5u);
  EXPECT_EQ(FactWith(facts, {0, 0})->members.size(), 3u);
}

TEST(AlignerTest, RepresentativeIsTheClearestMember) {
  const StoryText story = MakeStory(WithFiller(
      {
          {"defense minister Anna Berg resign after the budget vote in parliament on Tuesday, I "
           "think"},
          {"Defense Minister Anna Berg resigned after the budget vote in parliament on Tuesday."},
          {"Anna Berg, the defense minister, resigned on Tuesday after parliament's budget vote, "
           "which she had lost by a wide margin in a long and bitter session that lasted until "
           "well after midnight and left the coalition divided over spending, taxes and the "
           "future of the armed forces."},
      },
      10));
  const std::vector<FactGroup> facts = AlignFacts(story, ScoreGarbling(story));
  const FactGroup* f = FactWith(facts, {1, 0});
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->members.size(), 3u);
  EXPECT_EQ(f->representative, (SentenceRef{1, 0}));
}

}  // namespace
}  // namespace chorus
