// End to end on the bundled example story (examples/story, our own writing; see
// examples/README.md for what each file shows and what a correct brief contains).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "brief/brief_builder.h"
#include "read/inputs.h"
#include "tests/brief_checks.h"
#include "tests/test_util.h"
#include "util/text_util.h"

namespace chorus {
namespace {

class ExampleBriefTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ReadResult in = ReadInputs({testing::ExampleDir()});
    ASSERT_TRUE(in.errors.empty()) << in.errors.front().message;
    brief_ = new Brief(BuildBrief(std::move(in.docs), BriefOptions{}));
  }
  static void TearDownTestSuite() {
    delete brief_;
    brief_ = nullptr;
  }
  static const Brief& B() { return *brief_; }
  static const SourceInfo* Source(std::string_view id) {
    for (const SourceInfo& s : B().sources) {
      if (s.id == id) return &s;
    }
    return nullptr;
  }
  static std::string RemovedFrom(std::string_view id, std::string_view reason = {}) {
    std::string all;
    for (const Removal& r : B().removed) {
      if (r.span.source == id && (reason.empty() || r.reason == reason)) all += r.span.text + "\n";
    }
    return all;
  }
  static Brief* brief_;
};
Brief* ExampleBriefTest::brief_ = nullptr;

TEST_F(ExampleBriefTest, ReadsAllSixReportsIncludingWindows1252) {
  ASSERT_EQ(B().sources.size(), 6u);
  const SourceInfo* coastline = Source("coastline-daily");
  ASSERT_NE(coastline, nullptr);
  EXPECT_GT(coastline->words, 100);
}

TEST_F(ExampleBriefTest, EverySpanIsExact) { testing::ExpectAllSpansExact(B()); }

TEST_F(ExampleBriefTest, FactsAndSummaryAreGrounded) { testing::ExpectFactsGrounded(B()); }

TEST_F(ExampleBriefTest, JunkIsRemovedNotShown) {
  const std::string shown = testing::ShownText(B());
  const std::string removed = testing::RemovedText(B());
  for (const char* junk :
       {"By Nora Quill", "Anders Vik", "Mira Solheim", "Daniel Orr", "3 mins read", "Top Stories",
        "More Videos", "Ingrid Sole", "With inputs from agencies", "Reporting by Ada Lenz",
        "Simon Achterberg", "640 million crowns", "Opinion:"}) {
    EXPECT_EQ(shown.find(junk), std::string::npos) << "shown: " << junk;
    EXPECT_NE(removed.find(junk), std::string::npos) << "not in removed: " << junk;
  }
  EXPECT_NE(RemovedFrom("capital-ledger", "off-topic").find("640 million crowns"),
            std::string::npos);
  EXPECT_FALSE(RemovedFrom("coastline-daily", "duplicate").empty());
  EXPECT_TRUE(RemovedFrom("eastbank-observer").empty()) << RemovedFrom("eastbank-observer");
}

TEST_F(ExampleBriefTest, InquiryPanelFactHasItsFourOutlets) {
  const Fact* panel = nullptr;
  for (const Fact& f : B().facts) {
    if (f.text.find("Helena Marsh") != std::string::npos &&
        f.text.find("Oskar Brandt") != std::string::npos &&
        (!panel || f.sources.size() > panel->sources.size())) {
      panel = &f;
    }
  }
  ASSERT_NE(panel, nullptr);
  EXPECT_EQ(panel->sources, (std::vector<std::string>{"capital-ledger", "coastline-daily",
                                                      "halvard-herald", "meridian-wire"}));
  EXPECT_EQ(panel->origins, 4);
}

TEST_F(ExampleBriefTest, MachineTranslatedReportHasTheLowestQuality) {
  const SourceInfo* mt = Source("eastbank-observer");
  ASSERT_NE(mt, nullptr);
  for (const SourceInfo& s : B().sources) {
    if (s.id != mt->id) {
      EXPECT_LT(mt->quality, s.quality) << s.id;
    }
  }
  EXPECT_NE(std::find(mt->flags.begin(), mt->flags.end(), "garbled"), mt->flags.end());
}

TEST_F(ExampleBriefTest, SummaryIsShortAndNotGarbled) {
  const int words = CountWords(B().summary.text);
  EXPECT_GE(words, 40);
  EXPECT_LE(words, 160);
  for (const char* garbled :
       {"Lint", "Cestrel", "Domas", "Alexandre Corin", "Pieter Valk", "I made it clear"}) {
    EXPECT_EQ(B().summary.text.find(garbled), std::string::npos) << garbled;
  }
}

TEST_F(ExampleBriefTest, GarbledReportNeverGivesAFactItsTextWhenOthersAgree) {
  for (const Fact& f : B().facts) {
    if (f.sources.size() < 2) continue;
    for (const SourceSpan& e : f.evidence) {
      if (e.source == "eastbank-observer") {
        EXPECT_NE(e.text, f.text) << f.id << " uses the garbled report's wording";
      }
    }
  }
}

TEST_F(ExampleBriefTest, HeadlineIsATitleButNotTheGarbledOne) {
  ASSERT_FALSE(B().headline.empty());
  const std::string garbled =
      testing::ReadFileOrEmpty(testing::ExampleDir() + "/eastbank-observer.txt");
  EXPECT_EQ(garbled.find(B().headline), std::string::npos);
}

TEST_F(ExampleBriefTest, PlacesAreTypedByHowTheStoryUsesThem) {
  // "off/outside/in Port Halvard", "from Skellan Island": place heads used locatively. The
  // ships carry place heads too ("Kestrel Bay") but are used with articles: not places.
  auto type_of = [](std::string_view name) -> std::string {
    for (const Entity& e : B().entities) {
      if (e.name == name) return e.type;
    }
    return "missing";
  };
  EXPECT_EQ(type_of("Port Halvard"), "place");
  EXPECT_EQ(type_of("Skellan Island"), "place");
  EXPECT_EQ(type_of("Estlund"), "place");
  EXPECT_EQ(type_of("Kestrel Bay"), "other");
  EXPECT_EQ(type_of("Marit Holm"), "other");
  EXPECT_EQ(type_of("Northsound Lines"), "organization");
}

}  // namespace
}  // namespace chorus
