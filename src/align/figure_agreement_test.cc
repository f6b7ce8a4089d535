#include "align/figure_agreement.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "align/aligner.h"
#include "align/test_story.h"
#include "segment/tokenizer.h"

namespace chorus::align {
namespace {

bool ShareKey(const std::vector<FigureNote>& a, const std::vector<FigureNote>& b) {
  const std::vector<uint64_t> x = FigureKeys(a), y = FigureKeys(b);
  return std::any_of(x.begin(), x.end(),
                     [&](uint64_t k) { return std::binary_search(y.begin(), y.end(), k); });
}

TEST(FigureAgreementTest, NumberWordsAndDigitsOfOneConceptAgree) {
  const auto a = NoteFigures("Three people were killed when the ferry hit the ship.");
  const auto b = NoteFigures("The crash left 3 people dead.");
  const auto c = NoteFigures("Five people died in the crash.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(AgreeingFigures(a, b), 1);
  EXPECT_TRUE(ShareKey(a, b));
  EXPECT_EQ(AgreeingFigures(a, c), 0);                                          // another value
  EXPECT_EQ(AgreeingFigures(a, NoteFigures("Three people were injured.")), 0);  // another concept
}

TEST(FigureAgreementTest, UnitsAndApproximationsNormalise) {
  const auto km = NoteFigures("It happened about 1.5 km off the breakwater.");
  const auto m = NoteFigures("The ships met 1,500 metres from the breakwater.");
  ASSERT_EQ(km.size(), 1u);
  EXPECT_EQ(AgreeingFigures(km, m), 1);
  EXPECT_TRUE(ShareKey(km, m));
  EXPECT_EQ(AgreeingFigures(m, NoteFigures("The ships met 15 metres apart.")), 0);
  // "at least 300" overlaps "300", not "dozens".
  const auto at_least = NoteFigures("At least 300 people were injured.");
  EXPECT_EQ(AgreeingFigures(at_least, NoteFigures("300 were hurt.")), 1);
  EXPECT_EQ(AgreeingFigures(at_least, NoteFigures("Dozens were injured.")), 0);
}

TEST(FigureAgreementTest, ClockTimesInTwelveAndTwentyFourHourForms) {
  const auto pm = NoteFigures("The collision happened at 9:40 p.m. on Tuesday.");
  ASSERT_EQ(pm.size(), 1u);
  EXPECT_FLOAT_EQ(pm[0].low, 21 * 60 + 40);
  EXPECT_EQ(AgreeingFigures(pm, NoteFigures("It struck the ship at 21:40.")), 1);
  EXPECT_EQ(AgreeingFigures(pm, NoteFigures("shortly after 9.40pm, he said")), 1);
  EXPECT_EQ(AgreeingFigures(pm, NoteFigures("It struck the ship at 9:40 a.m.")), 0);
  EXPECT_EQ(NoteFigures("Shares rose 1.40 to 9.75 and the ratio was 3:1.").size(), 0u);
  ASSERT_EQ(NoteFigures("The talks began at 9 a.m.").size(), 1u);
  EXPECT_FLOAT_EQ(NoteFigures("The talks began at 9 a.m.")[0].low, 9 * 60);
}

TEST(FigureAgreementTest, YearsAndDescriptiveCountsAreNotClaims) {
  EXPECT_TRUE(NoteFigures("The line is due to open in 2029.").empty());
  EXPECT_TRUE(NoteFigures("The two ships were in radio contact.").empty());
  EXPECT_TRUE(NoteFigures("The ferry carried about 1,200 people.").empty());
}

TEST(FigureAgreementTest, FilteringOnTokensGivesTheSameFigures) {
  for (const char* text :
       {"Three people were killed.", "They met at 21:40.", "Millions of deaths, he said.",
        "He was freed after a year of efforts.", "A 90-minute call and a two-hour meeting.",
        "Prices rose 5% to $20.", "It was a long day for an island.", "The two ships met.",
        "Dozens were hurt, 12 km away, at 9 a.m."}) {
    EXPECT_EQ(NoteSentenceFigures(text, Tokenize(text, 0)), NoteFigures(text)) << text;
  }
  EXPECT_FALSE(NoteSentenceFigures("Dozens were hurt.", Tokenize("Dozens were hurt.", 0)).empty());
}

// The same event told in different words and units: without the figures these sentences
// share too little (no names in the second of each pair) to form a fact.
TEST(FigureAgreementTest, SentencesStatingTheSameFiguresFormOneFact) {
  const StoryText story = testing::MakeStory(testing::WithFiller(
      {
          {"Three people were killed on Tuesday night when the ferry Marit Holm collided with "
           "the Kestrel Bay.",
           "The ships met roughly 1,500 metres from the breakwater shortly after 9.40 p.m., a "
           "coastguard spokesman said."},
          {"Three people died and at least 300 people were injured, according to the hospital.",
           "The collision happened at 9:40 p.m., about 1.5 km off the northern breakwater."},
      },
      10));
  const std::vector<FactGroup> facts = AlignFacts(story, ScoreGarbling(story));
  auto fact_of = [&](SentenceRef r) {
    for (size_t i = 0; i < facts.size(); ++i) {
      const auto& m = facts[i].members;
      if (std::find(m.begin(), m.end(), r) != m.end()) return i;
    }
    return facts.size();
  };
  EXPECT_EQ(fact_of({0, 0}), fact_of({1, 0}));  // deaths
  EXPECT_EQ(fact_of({0, 1}), fact_of({1, 1}));  // time and place
  EXPECT_NE(fact_of({0, 0}), fact_of({0, 1}));
}

}  // namespace
}  // namespace chorus::align
