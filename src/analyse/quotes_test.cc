// Quote marks, speaker attribution patterns and cross-outlet grouping on small cases.
#include "analyse/quotes.h"

#include <gtest/gtest.h>

#include "analyse/analysis.h"
#include "analyse/test_story.h"

namespace chorus {
namespace {

using testing::MakeStory;
using testing::Slice;

std::vector<std::string> QuoteTexts(const std::string& text) {
  const StoryText s = MakeStory({text});
  std::vector<std::string> out;
  for (const RawQuote& q : FindQuotes(s)) out.push_back(std::string(s.docs[0].Slice(q.inner)));
  return out;
}

TEST(FindQuotesTest, CurlyStraightNestedAndUnclosed) {
  EXPECT_EQ(QuoteTexts("“We agreed,” he said. \"No more,\" she said.\n"),
            (std::vector<std::string>{"We agreed", "No more"}));
  EXPECT_EQ(QuoteTexts("“He used my motto, ‘COMMON SENSE.’ We agree.”\n"),
            (std::vector<std::string>{"He used my motto, ‘COMMON SENSE.’ We agree."}));
  EXPECT_EQ(QuoteTexts("It’s the leaders’ view. ‘Single marks work too,’ he said.\n"),
            (std::vector<std::string>{"Single marks work too"}));
  EXPECT_EQ(QuoteTexts("“A quote that runs on to the next paragraph\n"),
            (std::vector<std::string>{"A quote that runs on to the next paragraph"}));
}

// The speaker name of the only quote of a one-report story.
std::string SpeakerOf(const std::string& text, size_t quote = 0) {
  const StoryText s = MakeStory({text});
  const StoryAnalysis a = AnalyseStory(s);
  std::vector<RawQuote> raw = FindQuotes(s);
  std::vector<const StoryQuote*> ordered;
  for (const RawQuote& r : raw) {
    if (r.words < kMinQuoteWords) continue;
    for (const StoryQuote& q : a.quotes) {
      for (const QuoteVariantRef& v : q.variants) {
        if (v.where.span == r.inner) ordered.push_back(&q);
      }
    }
  }
  if (quote >= ordered.size() || ordered[quote]->speaker < 0) return "";
  return a.entities[ordered[quote]->speaker].name;
}

TEST(AttributionTest, NameAfterTheQuote) {
  EXPECT_EQ(SpeakerOf("“We will win this war,” Anna Berg said on Monday.\n"), "Anna Berg");
  EXPECT_EQ(SpeakerOf("“We will win this war,” said Anna Berg.\n"), "Anna Berg");
  EXPECT_EQ(SpeakerOf("“We will win this war,” Olaf Brandt wrote in a social media post.\n"),
            "Olaf Brandt");
}

TEST(AttributionTest, NameBeforeTheQuote) {
  EXPECT_EQ(SpeakerOf("Anna Berg said, “We will win this war.”\n"), "Anna Berg");
  EXPECT_EQ(SpeakerOf("Anna Berg told reporters that the army would “win this war soon.”\n"),
            "Anna Berg");
  EXPECT_EQ(SpeakerOf("Anna Berg: “We will win this war.”\n"), "Anna Berg");
}

TEST(AttributionTest, PronounsTitlesAndContinuation) {
  const std::string text =
      "President Anna Berg met Olaf Brandt on Monday.\n"
      "“We will win this war,” she said. “And we will rebuild the country.”\n"
      "“Nobody doubts that at all,” the president added.\n";
  EXPECT_EQ(SpeakerOf(text, 0), "Anna Berg");
  EXPECT_EQ(SpeakerOf(text, 1), "Anna Berg");
  EXPECT_EQ(SpeakerOf(text, 2), "Anna Berg");
}

TEST(AttributionTest, QuoteOpeningAParagraphContinuesThePreviousSpeaker) {
  const std::string text =
      "“The talks went well,” Olaf Brandt said.\n"
      "“We will meet again in a month.”\n";
  EXPECT_EQ(SpeakerOf(text, 1), "Olaf Brandt");
}

TEST(AttributionTest, AgencyQuotingSomeoneGivesThePersonQuoted) {
  EXPECT_EQ(SpeakerOf("“The deal is close now,” XYZ quoted spokesman Olaf Brandt as saying.\n"),
            "Olaf Brandt");
}

TEST(CompareQuotesTest, Kinds) {
  QuoteKind kind;
  ASSERT_TRUE(CompareQuotes("We want peace now.", "we want peace now", &kind));
  EXPECT_EQ(kind, QuoteKind::kVerbatim);
  ASSERT_TRUE(CompareQuotes("We want peace now, and we will get it.", "we will get it", &kind));
  EXPECT_EQ(kind, QuoteKind::kPartial);
  ASSERT_TRUE(CompareQuotes("But first we want to stop the deaths taking place in the war.",
                            "But first we want to stop the deaths happening in the war.", &kind));
  EXPECT_EQ(kind, QuoteKind::kTranslation);
  EXPECT_FALSE(CompareQuotes("We want peace now.", "The weather is fine today.", &kind));
}

TEST(GroupQuotesTest, SameStatementAcrossOutletsIsOneQuote) {
  const StoryText s = MakeStory(
      {"“The sides agreed on a ceasefire and an exchange of prisoners,” Olaf Brandt said.\n",
       "“agreed on a ceasefire and an exchange of prisoners,” Brandt said.\n",
       "Olaf Brandt said the sides “agreed to a ceasefire and to an exchange of the prisoners.”\n",
       "“The weather will be fine tomorrow,” Anna Berg said.\n"});
  const StoryAnalysis a = AnalyseStory(s);
  ASSERT_EQ(a.quotes.size(), 2u);
  const StoryQuote& q = a.quotes[0];
  EXPECT_EQ(q.variants.size(), 3u);
  EXPECT_EQ(Slice(s, q.text), "The sides agreed on a ceasefire and an exchange of prisoners");
  ASSERT_GE(q.speaker, 0);
  EXPECT_EQ(a.entities[q.speaker].name, "Olaf Brandt");
  EXPECT_EQ(q.variants[1].kind, QuoteKind::kPartial);
  EXPECT_EQ(q.variants[2].kind, QuoteKind::kTranslation);
}

}  // namespace
}  // namespace chorus
