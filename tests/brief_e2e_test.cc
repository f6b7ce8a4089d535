// End to end on the five seed reports (../shared/seeds): the brief's promises from issue 2.
#include <gtest/gtest.h>

#include <algorithm>

#include "brief/brief_builder.h"
#include "read/inputs.h"
#include "tests/brief_checks.h"
#include "tests/test_util.h"
#include "util/text_util.h"

namespace chorus {
namespace {

class SeedBriefTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ReadResult in = ReadInputs({testing::SeedsDir()});
    ASSERT_TRUE(in.errors.empty()) << in.errors.front().message;
    ASSERT_EQ(in.docs.size(), 5u) << "expected the five seed reports in " << testing::SeedsDir();
    brief_ = new Brief(BuildBrief(std::move(in.docs), BriefOptions{}));
  }
  static void TearDownTestSuite() {
    delete brief_;
    brief_ = nullptr;
  }
  static const Brief& B() { return *brief_; }
  static const SourceInfo& Source(std::string_view prefix) {
    for (const SourceInfo& s : B().sources) {
      if (s.id.rfind(prefix, 0) == 0) return s;
    }
    ADD_FAILURE() << "no source " << prefix;
    return B().sources.front();
  }
  static Brief* brief_;
};
Brief* SeedBriefTest::brief_ = nullptr;

TEST_F(SeedBriefTest, SourcesAreTheFiveReports) {
  ASSERT_EQ(B().sources.size(), 5u);
  EXPECT_EQ(B().sources[0].id, "000_73be45914a879ca2");
  for (const SourceInfo& s : B().sources) {
    EXPECT_GT(s.words, 200) << s.id;
    EXPECT_GE(s.quality, 0.0);
    EXPECT_LE(s.quality, 1.0);
  }
}

TEST_F(SeedBriefTest, EverySpanIsByteExact) { testing::ExpectAllSpansExact(B()); }

TEST_F(SeedBriefTest, FactsAndSummaryAreGrounded) { testing::ExpectFactsGrounded(B()); }

// Junk the seeds carry: none of it may be shown as story text, all of it must be removed.
TEST_F(SeedBriefTest, JunkIsRemovedNotShown) {
  const std::string shown = testing::ShownText(B());
  const std::string removed = testing::RemovedText(B());
  for (const char* junk :
       {"Getty Images", "Associated Press", "Julia Bonavita", "Kremlin Pool Photo",
        "Kevin Lamarque", "More Shorts", "Impact Shorts", "5 mins read", "contributed the report",
        "With inputs from agencies", "Borizzkman", "Failed Diplomat", "Gorbachev"}) {
    EXPECT_EQ(shown.find(junk), std::string::npos) << "shown: " << junk;
    EXPECT_NE(removed.find(junk), std::string::npos) << "not in removed: " << junk;
  }
  std::set<std::string> reasons;
  for (const Removal& r : B().removed) reasons.insert(r.reason);
  for (const char* reason : {"caption", "widget", "off-topic"}) {
    EXPECT_TRUE(reasons.count(reason)) << "no removal with reason " << reason;
  }
}

TEST_F(SeedBriefTest, NegotiatingTeamFactHasTheFourOutletsThatReportIt) {
  const Fact* team = nullptr;
  for (const Fact& f : B().facts) {
    if (f.text.find("Ratcliffe") != std::string::npos &&
        f.text.find("Rubio") != std::string::npos &&
        (!team || f.sources.size() > team->sources.size())) {
      team = &f;
    }
  }
  ASSERT_NE(team, nullptr) << "no fact names the negotiating team";
  std::vector<std::string> prefixes;
  for (const std::string& s : team->sources) prefixes.push_back(s.substr(0, 3));
  EXPECT_EQ(prefixes, (std::vector<std::string>{"000", "001", "002", "004"}));
}

TEST_F(SeedBriefTest, MachineTranslatedReportHasTheLowestQuality) {
  const SourceInfo& mt = Source("001");
  for (const SourceInfo& s : B().sources) {
    if (s.id != mt.id) {
      EXPECT_LT(mt.quality, s.quality) << s.id;
    }
  }
  EXPECT_FALSE(mt.flags.empty());
}

TEST_F(SeedBriefTest, SummaryIsShortBuiltFromFactsAndNotGarbled) {
  const int words = CountWords(B().summary.text);
  EXPECT_GE(words, 40);
  EXPECT_LE(words, 160);
  EXPECT_FALSE(B().summary.facts.empty());
  for (const char* garbled : {"Volodymie", "Hegses ", "Witkov ", "Mark Vogel", "I made it clear",
                              "I proposed", "It emphasizes", "I came on the same day"}) {
    EXPECT_EQ(B().summary.text.find(garbled), std::string::npos) << garbled;
  }
}

TEST_F(SeedBriefTest, HeadlineIsSourceText) {
  ASSERT_FALSE(B().headline.empty());
  bool found = false;
  for (const SourceInfo& s : B().sources) {
    found = found || testing::ReadFileOrEmpty(s.path).find(B().headline) != std::string::npos;
  }
  EXPECT_TRUE(found) << B().headline;
}

TEST_F(SeedBriefTest, UniqueListsOnlySingleSourceFacts) {
  EXPECT_EQ(B().unique.size(), 5u);
  for (const auto& [source, ids] : B().unique) {
    for (const std::string& id : ids) {
      auto it = std::find_if(B().facts.begin(), B().facts.end(),
                             [&](const Fact& f) { return f.id == id; });
      ASSERT_NE(it, B().facts.end());
      EXPECT_EQ(it->sources, std::vector<std::string>{source});
    }
  }
}

}  // namespace
}  // namespace chorus
