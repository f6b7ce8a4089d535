#include "clean/cleaner.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

#include "clean/clean_test_util.h"
#include "read/inputs.h"
#include "read/text_reader.h"
#include "tests/test_util.h"
#include "util/text_util.h"

namespace chorus {
namespace {

using testing::Fate;

// Kept and removed are ordered, disjoint, trimmed and cover every non-space body byte.
void ExpectPartition(const Document& doc, const CleanDocument& c) {
  std::vector<int> owner(doc.text.size(), 0);
  uint32_t last = 0;
  for (const TextSpan& k : c.kept) {
    EXPECT_GE(k.begin, last);
    last = k.end;
    EXPECT_EQ(TrimSpan(doc.text, k), k);
    for (uint32_t i = k.begin; i < k.end; ++i) ++owner[i];
  }
  last = 0;
  for (const TextRemoval& r : c.removed) {
    EXPECT_GE(r.span.begin, last);
    last = r.span.end;
    for (uint32_t i = r.span.begin; i < r.span.end; ++i) ++owner[i];
  }
  for (uint32_t i = doc.body.begin; i < doc.body.end; ++i) {
    const bool space =
        doc.text[i] == ' ' || doc.text[i] == '\n' || doc.text[i] == '\r' || doc.text[i] == '\t';
    if (!space) {
      ASSERT_EQ(owner[i], 1) << doc.id << " byte " << i;
    }
    ASSERT_LE(owner[i], 1);
  }
}

void Dump(const Document& doc, const CleanDocument& c) {
  if (std::getenv("CHORUS_CLEAN_DUMP") == nullptr) return;
  for (const TextRemoval& r : c.removed) {
    std::cout << doc.id << " [" << RemovalReasonName(r.reason) << "] "
              << doc.Slice(r.span).substr(0, 100) << "\n";
  }
}

TEST(CleanerTest, ReasonNames) {
  EXPECT_EQ(RemovalReasonName(RemovalReason::kOffTopic), "off-topic");
  EXPECT_EQ(RemovalReasonName(RemovalReason::kCaption), "caption");
}

class SeedsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ReadResult r = ReadInputs({testing::SeedsDir()});
    ASSERT_EQ(r.docs.size(), 5u) << "seeds missing under " << testing::SeedsDir();
    docs_ = std::move(r.docs);
    cleaned_ = CleanStory(docs_);
    ASSERT_EQ(cleaned_.size(), docs_.size());
    for (size_t d = 0; d < docs_.size(); ++d) Dump(docs_[d], cleaned_[d]);
  }
  std::string Fate(size_t d, std::string_view needle) const {
    return chorus::Fate(docs_[d], cleaned_[d], needle);
  }
  std::vector<Document> docs_;
  std::vector<CleanDocument> cleaned_;
};

TEST_F(SeedsTest, PartitionCoversBodies) {
  for (size_t d = 0; d < docs_.size(); ++d) ExpectPartition(docs_[d], cleaned_[d]);
}

TEST_F(SeedsTest, CaptionsInSeed0) {
  EXPECT_EQ(Fate(0, "Prokofyev/Pool/AFP via Getty Images)"), "credit");
  EXPECT_EQ(Fate(0, "(Julia Bonavita/Fox News Digital)"), "credit");
  EXPECT_EQ(Fate(0, "Released American schoolteacher Marc Fogel reacts"), "caption");
  EXPECT_EQ(Fate(0, "release, as well as the phone call to discuss negotiations. (Aleksey"),
            "split");
  // The body sentences the captions repeat stay.
  EXPECT_EQ(Fate(0, "said he had a \xE2\x80\x9Clengthy\xE2\x80\x9D call with Vladimir"), "kept");
  EXPECT_EQ(Fate(0, "post on Wednesday for Fogel\xE2\x80\x99s release"), "kept");
  EXPECT_EQ(Fate(0, "said he had a \"lengthy\" call"), "caption");
}

TEST_F(SeedsTest, AppendedTailInSeed0) {
  EXPECT_EQ(Fate(0, "The diplomatic tango between Washington"), "off-topic");
  EXPECT_EQ(Fate(0, "The great flaw in ex-president"), "off-topic");
  EXPECT_NE(Fate(0, "5 mins read"), "kept");
  EXPECT_NE(Fate(0, "New memoir unintentionally"), "kept");
  // Every paragraph about the call and Fogel stays.
  EXPECT_EQ(Fate(0, "Director of the CIA John Ratcliffe"), "kept");
  EXPECT_EQ(Fate(0, "follows the return of Marc Fogel"), "kept");
  EXPECT_EQ(Fate(0, "Millions of people have died in a War"), "kept");
  EXPECT_EQ(Fate(0, "negotiated an exchange"), "kept");
}

TEST_F(SeedsTest, WidgetsAndCreditsInSeed4) {
  EXPECT_EQ(Fate(4, "Impact Shorts"), "widget");
  EXPECT_EQ(Fate(4, "More Shorts"), "widget");
  EXPECT_EQ(Fate(4, "We agreed to work together, very closely"), "kept");
  EXPECT_EQ(Fate(4, "With inputs from agencies"), "byline");
}

TEST_F(SeedsTest, ContributorsLineInSeed1) {
  EXPECT_EQ(Fate(1, "contributed the report"), "byline");
  EXPECT_EQ(Fate(1, "It is estimated that hundreds of thousands"), "kept");
}

TEST_F(SeedsTest, SeedAloneStillLosesItsTailButNoReporting) {
  const std::vector<CleanDocument> alone = CleanStory({docs_[0]});
  EXPECT_EQ(chorus::Fate(docs_[0], alone[0], "The great flaw in ex-president"), "off-topic");
  EXPECT_EQ(chorus::Fate(docs_[0], alone[0], "follows the return of Marc Fogel"), "kept");
  EXPECT_EQ(chorus::Fate(docs_[0], alone[0], "(Kevin Lamarque/Reuters)"), "credit");
  ExpectPartition(docs_[0], alone[0]);
}

TEST_F(SeedsTest, OrderOfReportsDoesNotMatter) {
  std::vector<Document> reversed(docs_.rbegin(), docs_.rend());
  const std::vector<CleanDocument> c = CleanStory(reversed);
  for (size_t d = 0; d < docs_.size(); ++d) {
    const CleanDocument& a = cleaned_[d];
    const CleanDocument& b = c[docs_.size() - 1 - d];
    EXPECT_EQ(a.kept, b.kept) << docs_[d].id;
    EXPECT_EQ(a.removed.size(), b.removed.size()) << docs_[d].id;
  }
}

TEST(CleanerEdgeTest, EmptyAndOddInputs) {
  EXPECT_TRUE(CleanStory({}).empty());
  Document empty;
  Document spaces;
  spaces.text = " \r\n\t\n";
  spaces.body = {0, static_cast<uint32_t>(spaces.text.size())};
  Document crlf;
  crlf.text = "Title\r\nThe council voted on Tuesday.\r\n\r\nAdvertisement\r\n";
  crlf.body = {7, static_cast<uint32_t>(crlf.text.size())};
  const std::vector<CleanDocument> c = CleanStory({empty, spaces, crlf});
  ASSERT_EQ(c.size(), 3u);
  EXPECT_TRUE(c[0].kept.empty() && c[0].removed.empty());
  EXPECT_TRUE(c[1].kept.empty() && c[1].removed.empty());
  ASSERT_EQ(c[2].kept.size(), 1u);
  EXPECT_EQ(crlf.Slice(c[2].kept[0]), "The council voted on Tuesday.");
  ASSERT_EQ(c[2].removed.size(), 1u);
  EXPECT_EQ(crlf.Slice(c[2].removed[0].span), "Advertisement");
  ExpectPartition(crlf, c[2]);
}

TEST_F(SeedsTest, CleanReportsKeepEverything) {
  EXPECT_TRUE(cleaned_[3].removed.empty());
  EXPECT_EQ(cleaned_[3].kept_bytes(), docs_[3].body.size() - 11);  // 12 lines, 11 breaks
  uint32_t removed2 = 0;
  for (const TextRemoval& r : cleaned_[2].removed) removed2 += r.span.size();
  EXPECT_LT(removed2, docs_[2].body.size() / 20);
}

}  // namespace
}  // namespace chorus
