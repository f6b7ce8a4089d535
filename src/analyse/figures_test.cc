// Numbers, units, vague amounts, counted nouns and conflicts on small cases.
#include "analyse/figures.h"

#include <gtest/gtest.h>

#include "analyse/analysis.h"
#include "analyse/lexicon.h"
#include "analyse/test_story.h"

namespace chorus {
namespace {

using testing::MakeStory;

StoryFigure One(const std::string& text) {
  const std::vector<StoryFigure> f = FiguresInText(text);
  EXPECT_EQ(f.size(), 1u) << text;
  return f.empty() ? StoryFigure{} : f.front();
}

// MaybeNumber is a fast filter: never false for a number word or vague amount of the data
// files, false for most other words.
TEST(LexiconTest, MaybeNumberKeepsEveryNumberWordAndDropsOtherWords) {
  const Lexicon& lex = Lexicon::Get();
  for (const char* w : {"three", "ten.", "hundred", "million", "dozens", "hundreds", "a", "half"}) {
    EXPECT_TRUE(lex.MaybeNumber(w)) << w;
  }
  EXPECT_EQ(lex.NumberWord("three"), 3);
  double low = 0, high = 0;
  EXPECT_TRUE(lex.VagueAmount("hundreds", &low, &high));
  EXPECT_EQ(low, 100);
  int kept = 0;
  for (const char* w : {"bridge", "ferry", "collided", "minister", "port", "captain", "Three"}) {
    kept += lex.MaybeNumber(w) ? 1 : 0;
  }
  EXPECT_LE(kept, 1);
  EXPECT_LT(lex.NumberWord("bridge"), 0);
}

TEST(FiguresTest, DurationsNormaliseToMinutes) {
  StoryFigure f = One("They had a 90-minute conversation.");
  EXPECT_EQ(f.kind, FigureKind::kDuration);
  EXPECT_DOUBLE_EQ(f.low, 90);
  EXPECT_EQ(f.measures, "conversation");
  EXPECT_FALSE(f.approximate);

  f = One("The call lasted almost an hour and a half.");
  EXPECT_EQ(f.kind, FigureKind::kDuration);
  EXPECT_DOUBLE_EQ(f.high, 90);
  EXPECT_LT(f.low, 90);
  EXPECT_TRUE(f.approximate);
  EXPECT_EQ(f.measures, "call");

  f = One("He said the call lasted one-and-a-half hours.");
  EXPECT_DOUBLE_EQ(f.low, 90);
  EXPECT_EQ(f.measures, "call");

  f = One("It ended after nearly three years of fighting.");
  EXPECT_NEAR(f.high, 3 * 525960, 1);
  EXPECT_EQ(f.measures, "fighting");
}

TEST(FiguresTest, VagueAmountsAreRanges) {
  StoryFigure f = One("Hundreds of thousands of deaths were counted.");
  EXPECT_DOUBLE_EQ(f.low, 1e5);
  EXPECT_DOUBLE_EQ(f.high, 1e6);
  EXPECT_EQ(f.measures, "dead");
  EXPECT_TRUE(f.approximate);
  f = One("We must stop the millions of deaths.");
  EXPECT_DOUBLE_EQ(f.low, 1e6);
  f = One("Russia lost tens of millions of people.");
  EXPECT_DOUBLE_EQ(f.low, 1e7);
  EXPECT_DOUBLE_EQ(f.high, 1e8);
  EXPECT_EQ(f.measures, "");  // people, but what happened to them is not said here
}

TEST(FiguresTest, CasualtyWordsNameWhatIsCounted) {
  EXPECT_EQ(One("At least 300 people were injured.").measures, "injured");
  EXPECT_EQ(One("The blast, which killed three people, shook the town.").measures, "dead");
  EXPECT_EQ(One("Three persons are dead.").measures, "dead");
  EXPECT_EQ(One("The ferry carried about 1,200 people.").measures, "");
  EXPECT_TRUE(FiguresInText("It struck at 9:40 p.m. on Tuesday.").empty());
  const StoryFigure km = One("It sank 1.5 km off the coast.");
  EXPECT_EQ(km.kind, FigureKind::kDistance);
  EXPECT_DOUBLE_EQ(km.low, 1500);
}

TEST(FiguresTest, CountsMoneyPercentAndYears) {
  StoryFigure f = One("Some 3,000 troops arrived.");
  EXPECT_EQ(f.kind, FigureKind::kCount);
  EXPECT_DOUBLE_EQ(f.low, 2400);
  EXPECT_DOUBLE_EQ(f.high, 3600);
  EXPECT_EQ(f.measures, "troop");
  f = One("Prices rose 15% last month.");
  EXPECT_EQ(f.kind, FigureKind::kPercent);
  EXPECT_DOUBLE_EQ(f.low, 15);
  f = One("The fund has $5 million.");
  EXPECT_EQ(f.kind, FigureKind::kMoney);
  EXPECT_DOUBLE_EQ(f.low, 5e6);
  f = One("It was annexed in 2014.");
  EXPECT_EQ(f.kind, FigureKind::kDate);
  f = One("Twenty-five people were hurt.");
  EXPECT_DOUBLE_EQ(f.low, 25);
  EXPECT_TRUE(FiguresInText("One of them left.").empty());
}

TEST(ConflictsTest, IncompatibleCountsOfOneThingConflict) {
  const StoryText s = MakeStory({"“We want to stop the millions of deaths,” Anna Berg said.\n",
                                 "Hundreds of thousands of deaths have occurred, officials say.\n",
                                 "The war caused millions of deaths, she said.\n"});
  const StoryAnalysis a = AnalyseStory(s);
  ASSERT_EQ(a.conflicts.size(), 1u);
  EXPECT_EQ(a.conflicts[0].about, "number of dead");
  ASSERT_EQ(a.conflicts[0].claims.size(), 2u);
  EXPECT_EQ(a.conflicts[0].claims[0].value, "hundreds of thousands");
  EXPECT_EQ(a.conflicts[0].claims[1].value, "millions");
  EXPECT_EQ(a.conflicts[0].claims[1].evidence.size(), 2u);
}

TEST(ConflictsTest, SameValueInOtherUnitsOrOtherThingsDoNotConflict) {
  const StoryText s = MakeStory({"Anna Berg had a 90-minute call with Olaf Brandt.\n",
                                 "Their call lasted almost an hour and a half.\n",
                                 "The call lasted almost one-and-a-half hours, he said.\n",
                                 "She had an hour of talks with Ivo Lind.\n"});
  const StoryAnalysis a = AnalyseStory(s);
  EXPECT_TRUE(a.conflicts.empty());
  const StoryText t =
      MakeStory({"Anna Berg had a 90-minute call.\n", "Their call lasted 30 minutes.\n"});
  EXPECT_EQ(AnalyseStory(t).conflicts.size(), 1u);
}

}  // namespace
}  // namespace chorus
