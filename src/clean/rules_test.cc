// Small synthetic cases for each rule family of the clean stage.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/captions.h"
#include "clean/clean_test_util.h"
#include "clean/cleaner.h"
#include "clean/line_features.h"
#include "clean/widgets.h"
#include "read/text_reader.h"

namespace chorus {
namespace {

Document Doc(const std::string& id, const std::string& text) {
  auto doc = DocumentFromBytes(id, id + ".txt", text);
  EXPECT_TRUE(doc.has_value());
  Document d = doc ? *doc : Document{};
  d.title.reset();  // these cases have no headline: the whole text is the body
  d.body = {0, static_cast<uint32_t>(d.text.size())};
  return d;
}

using testing::Fate;

std::string FateOne(const std::string& text, std::string_view needle) {
  const Document d = Doc("a", text);
  return Fate(d, CleanStory({d})[0], needle);
}

const char kLede[] =
    "The city council voted on Tuesday to close the old bridge after engineers found deep "
    "cracks in two of its piers.\n";

TEST(CreditTest, ShapeNotAgencyList) {
  EXPECT_TRUE(clean::FindTrailingCredit("A man waves. (Jane Roe/Wire Service)"));
  EXPECT_TRUE(clean::FindTrailingCredit("Crowds gather. (Ann Lee, Daily Post, City Pool Photo)"));
  EXPECT_TRUE(clean::FindTrailingCredit("Smoke rises. (Bo Kim via Picture Desk)"));
  // Parentheses holding a sentence, an acronym or a figure are not credits.
  EXPECT_FALSE(clean::FindTrailingCredit("Deaths rose. (It is estimated that many died.)"));
  EXPECT_FALSE(clean::FindTrailingCredit("the agency said (NASA)"));
  EXPECT_FALSE(clean::FindTrailingCredit("the vote (Smith/Jones 2019)"));
  EXPECT_FALSE(clean::FindTrailingCredit("the (VIDEO: explosive interviews)"));
}

TEST(CaptionTest, CaptionAndCreditRemovedSentenceKept) {
  const std::string text = std::string(kLede) +
                           "Engineers inspect a pier of the old bridge on Monday. (Jane Roe/Wire "
                           "Service)\nThe bridge carried 12,000 cars a day, officials said.\n";
  const Document d = Doc("a", text);
  const CleanDocument c = CleanStory({d})[0];
  EXPECT_EQ(Fate(d, c, "Engineers inspect a pier"), "caption");
  EXPECT_EQ(Fate(d, c, "(Jane Roe/Wire Service)"), "credit");
  EXPECT_EQ(Fate(d, c, "The bridge carried 12,000 cars"), "kept");
}

TEST(WidgetTest, GluedTitleRunIsCutSentenceKept) {
  const std::string text =
      std::string(kLede) + "Top Stories\xE2\x80\x9CWe had no choice,\xE2\x80\x9D the mayor said.\n";
  EXPECT_EQ(FateOne(text, "Top Stories"), "widget");
  EXPECT_EQ(FateOne(text, "We had no choice"), "kept");
  // Camel-case glue, but names like McKellen stay whole.
  EXPECT_EQ(FateOne(std::string(kLede) + "Latest NewsThe mayor said the bridge was unsafe.\n",
                    "The mayor said"),
            "kept");
  EXPECT_EQ(FateOne(std::string(kLede) + "Sir Ian McKellen said the bridge was lovely.\n",
                    "Sir Ian McKellen said"),
            "kept");
  // A closing straight quote after a word is not glue.
  EXPECT_EQ(clean::GluedWidgetPrefix("Although \"The Tonight Show\" won, ratings fell.", 0), 0u);
}

TEST(WidgetTest, ShortFurnitureLines) {
  const std::string text = std::string(kLede) +
                           "Related Coverage\n\xE2\x97\x8B\n3 mins read\nAdvertisement\n"
                           "The repairs will take two years, the council said.\n";
  const Document d = Doc("a", text);
  const CleanDocument c = CleanStory({d})[0];
  EXPECT_EQ(Fate(d, c, "Related Coverage"), "boilerplate");
  EXPECT_EQ(Fate(d, c, "\xE2\x97\x8B"), "widget");
  EXPECT_EQ(Fate(d, c, "3 mins read"), "widget");
  EXPECT_EQ(Fate(d, c, "Advertisement"), "boilerplate");
  EXPECT_EQ(Fate(d, c, "The repairs will take two years"), "kept");
}

TEST(WidgetTest, PromptsTeasersAndNotices) {
  const std::string text = std::string(kLede) +
                           "Follow City Desk on Facebook and Twitter!\n"
                           "VIDEO: Bridge piers crumble\n"
                           "Printer-friendly \xC2\xBB\n"
                           "Copyright \xC2\xA9 2024 Some Paper. All rights reserved.\n"
                           "Deadline pressure\n"
                           "Share prices of the builder rose after the vote, traders said.\n"
                           "Consider the following points:\n";
  const Document d = Doc("a", text);
  const CleanDocument c = CleanStory({d})[0];
  EXPECT_EQ(Fate(d, c, "Follow City Desk"), "boilerplate");
  EXPECT_EQ(Fate(d, c, "VIDEO: Bridge piers"), "widget");
  EXPECT_EQ(Fate(d, c, "Printer-friendly"), "widget");
  EXPECT_EQ(Fate(d, c, "All rights reserved."), "boilerplate");
  EXPECT_EQ(Fate(d, c, "Deadline pressure"), "widget");
  EXPECT_EQ(Fate(d, c, "Share prices of the builder"), "kept");
  EXPECT_EQ(Fate(d, c, "Consider the following points:"), "kept");
}

TEST(WidgetTest, RelatedLinkListsButNotSingleUnpunctuatedLines) {
  const std::string text = std::string(kLede) +
                           "Engineers warn other bridges in the county may need repairs soon\n"
                           "The mayor said the closure was the hardest call of her term.\n"
                           "Ferry operator adds late sailings for stranded commuters\n"
                           "How the old bridge was built in 1931\n"
                           "Council to vote on new crossing next spring\n";
  const Document d = Doc("a", text);
  const CleanDocument c = CleanStory({d})[0];
  EXPECT_EQ(Fate(d, c, "Engineers warn other bridges"), "kept");  // one line is not a list
  EXPECT_EQ(Fate(d, c, "The mayor said the closure"), "kept");
  EXPECT_EQ(Fate(d, c, "Ferry operator adds late sailings"), "widget");
  EXPECT_EQ(Fate(d, c, "How the old bridge was built"), "widget");
  EXPECT_EQ(Fate(d, c, "Council to vote on new crossing"), "widget");
}

TEST(BylineTest, EdgesOnly) {
  const std::string text = "By Jane Roe and Tom Poe\n" + std::string(kLede) +
                           "Jo Ng contributed reporting.\n"
                           "The mayor said the bridge will reopen in 2027.\n"
                           "Reporting by Ann Lee; Editing by Bo Kim\n";
  const Document d = Doc("a", text);
  const CleanDocument c = CleanStory({d})[0];
  EXPECT_EQ(Fate(d, c, "By Jane Roe"), "byline");
  EXPECT_EQ(Fate(d, c, "Reporting by Ann Lee"), "byline");
  EXPECT_EQ(Fate(d, c, "The mayor said the bridge"), "kept");
  EXPECT_EQ(Fate(d, c, "The city council voted"), "kept");
}

TEST(BylineTest, ReportingVerbInSentenceIsNotByline) {
  EXPECT_EQ(FateOne(std::string(kLede) + "The Daily Post reported that the ferry will run "
                                         "again, and the council agreed.\n",
                    "reported that the ferry"),
            "kept");
}

TEST(DuplicateTest, LaterRepeatRemoved) {
  const std::string para =
      "Officials said the closure would add twenty minutes to the commute for most drivers.\n";
  const std::string text = std::string(kLede) + para + "Buses will use the ring road.\n" + para;
  const Document d = Doc("a", text);
  const CleanDocument c = CleanStory({d})[0];
  ASSERT_EQ(c.removed.size(), 1u);
  EXPECT_EQ(c.removed[0].reason, RemovalReason::kDuplicate);
  EXPECT_GT(c.removed[0].span.begin, d.text.find("Buses"));
  // Template lines that differ in their subject are not duplicates.
  const std::string gallery = std::string(kLede) +
                              "Anne Hathaway arrived at the 86th Academy Awards on March 2.\n"
                              "Kerry Washington arrived at the 86th Academy Awards on March 2.\n";
  EXPECT_EQ(FateOne(gallery, "Kerry Washington arrived"), "kept");
}

TEST(DuplicateTest, CaptionBeforeTheParagraphItRepeats) {
  const std::string text = std::string(kLede) +
                           "Workers repair the damaged pier of the old bridge on Monday.\n"
                           "Workers repair the damaged pier of the old bridge on Monday. They "
                           "expect to finish the first stage by spring.\n";
  const Document d = Doc("a", text);
  const CleanDocument c = CleanStory({d})[0];
  ASSERT_EQ(c.removed.size(), 1u);
  EXPECT_EQ(c.removed[0].reason, RemovalReason::kCaption);
  EXPECT_LT(c.removed[0].span.end, d.text.find("They expect"));
  EXPECT_EQ(Fate(d, c, "They expect to finish"), "kept");
}

TEST(OffTopicTest, AppendedArticleAfterSeparatorRemoved) {
  const std::string body =
      "The council closed the river bridge on Tuesday after engineers found cracks in two "
      "piers.\nEngineers said the cracked piers could fail under heavy traffic, and the council "
      "agreed.\nDrivers must detour over the ring road while the bridge stays closed, the "
      "council said.\nRepairs to the piers will cost about 40 million, engineers told the "
      "council.\nThe mayor apologised to drivers and promised the bridge would reopen next "
      "year.\n";
  const std::string appended =
      "Orchestra season opens with violin concerto\nThe orchestra opened its season with a "
      "violin concerto and a symphony by a young composer.\nCritics praised the soloist, whose "
      "violin sang over the strings in the slow movement.\n";
  const Document other =
      Doc("b",
          "Engineers found cracks in two piers of the river bridge, and the council closed it on "
          "Tuesday.\nDrivers face a detour over the ring road, the council said, and repairs will "
          "cost millions.\nThe mayor said the bridge would reopen next year.\n");
  const Document a = Doc("a", body + "\xE2\x97\x8B\n4 mins read\n" + appended);
  const std::vector<CleanDocument> c = CleanStory({a, other});
  EXPECT_EQ(Fate(a, c[0], "The orchestra opened its season"), "off-topic");
  EXPECT_EQ(Fate(a, c[0], "Critics praised the soloist"), "off-topic");
  EXPECT_EQ(Fate(a, c[0], "The mayor apologised to drivers"), "kept");
  EXPECT_EQ(Fate(a, c[0], "Repairs to the piers"), "kept");
  EXPECT_TRUE(c[1].removed.empty());
  // Without the separator lines the short tail is left alone (too little evidence).
  const Document plain = Doc("p", body + appended);
  EXPECT_TRUE(CleanStory({plain, other})[0].removed.empty());
  // One-report story: the separator plus a tail sharing nothing with the body suffice.
  EXPECT_EQ(Fate(a, CleanStory({a})[0], "Critics praised the soloist"), "off-topic");
}

TEST(FeaturesTest, SentenceEndings) {
  EXPECT_TRUE(clean::EndsLikeSentence("He left.\xE2\x80\x9D"));
  EXPECT_TRUE(clean::EndsLikeSentence("Really?)"));
  EXPECT_FALSE(clean::EndsLikeSentence("Impact Shorts"));
  EXPECT_FALSE(clean::EndsLikeSentence("Watch the video below:"));
}

}  // namespace
}  // namespace chorus
