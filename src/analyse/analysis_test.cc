#include "analyse/analysis.h"

#include <gtest/gtest.h>

#include "analyse/test_story.h"

namespace chorus {
namespace {

TEST(AnalysisTest, Names) {
  EXPECT_EQ(QuoteKindName(QuoteKind::kPartial), "partial");
  EXPECT_EQ(EntityTypeName(EntityType::kPlace), "place");
  EXPECT_EQ(FigureKindName(FigureKind::kDuration), "duration");
}

TEST(AnalysisTest, EmptyAndMismatchedStoriesGiveNothing) {
  EXPECT_TRUE(AnalyseStory(StoryText{}).entities.empty());
  StoryText broken = testing::MakeStory({"Anna Berg said “hello there friends”.\n"});
  broken.sentences.clear();
  EXPECT_TRUE(AnalyseStory(broken).quotes.empty());
}

// Junk must not crash and every span must stay inside its document.
TEST(AnalysisTest, JunkInputStaysInBounds) {
  const StoryText s = testing::MakeStory(
      {"“\n”\n\"\"\"\n'\n‘’‘’\n“unclosed quote with Some Names In It\n",
       "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z.\n1 2 3 4 5 6 7 8 9 10 11 12\n",
       "— – - … ,,, ;;; (((( )))) //// |||| $ % 90- -minute hundreds of of of\n",
       "Ünïcödé Ñame Said “Ça va très bien, merci beaucoup,” Zoë Ölund said.\n",
       std::string("\xff\xfe bad \xc3 bytes “mixed” \xe2\x80 end\n")});
  const StoryAnalysis a = AnalyseStory(s);
  auto inside = [&](const SpanRef& r) {
    return r.doc < s.docs.size() && r.span.begin <= r.span.end &&
           r.span.end <= s.docs[r.doc].text.size();
  };
  for (const StoryEntity& e : a.entities) {
    EXPECT_FALSE(e.name.empty());
    for (const SpanRef& m : e.mentions) EXPECT_TRUE(inside(m));
  }
  for (const StoryQuote& q : a.quotes) {
    EXPECT_TRUE(inside(q.text));
    for (const QuoteVariantRef& v : q.variants) EXPECT_TRUE(inside(v.where));
  }
  for (const StoryFigure& f : a.figures) EXPECT_TRUE(inside(f.where));
  EXPECT_GE(testing::EntityWithVariant(a, "Zoë Ölund"), 0);
}

}  // namespace
}  // namespace chorus
