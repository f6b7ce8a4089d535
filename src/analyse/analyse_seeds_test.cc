// The analyse stage on the five real seed reports (../shared/seeds), read at run time.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <set>

#include "analyse/analysis.h"
#include "brief/brief_builder.h"
#include "read/inputs.h"
#include "tests/test_util.h"

namespace chorus {
namespace {

class SeedsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ReadResult in = ReadInputs({testing::SeedsDir()});
    story_ = new StoryText(PrepareStory(std::move(in.docs)));
    analysis_ = new StoryAnalysis(AnalyseStory(*story_));
  }
  static void TearDownTestSuite() {
    delete analysis_;
    delete story_;
  }
  static StoryText* story_;
  static StoryAnalysis* analysis_;
};
StoryText* SeedsTest::story_ = nullptr;
StoryAnalysis* SeedsTest::analysis_ = nullptr;

TEST_F(SeedsTest, Dump) {
  ASSERT_EQ(story_->docs.size(), 5u);
  for (const StoryEntity& e : analysis_->entities) {
    std::set<uint32_t> docs;
    for (const SpanRef& m : e.mentions) docs.insert(m.doc);
    std::cout << EntityTypeName(e.type) << " | " << e.name << " | docs=" << docs.size() << " | ";
    for (const auto& v : e.variants) std::cout << v << "; ";
    std::cout << " | roles: ";
    for (const auto& r : e.roles) std::cout << r << "; ";
    std::cout << "\n";
  }
  for (const StoryQuote& q : analysis_->quotes) {
    std::cout << "Q [" << (q.speaker >= 0 ? analysis_->entities[q.speaker].name : "?") << "] "
              << story_->docs[q.text.doc].Slice(q.text.span) << "\n";
    for (const auto& v : q.variants) {
      std::cout << "    " << v.where.doc << " " << QuoteKindName(v.kind) << ": "
                << story_->docs[v.where.doc].Slice(v.where.span).substr(0, 70) << "\n";
    }
  }
  for (const StoryFigure& f : analysis_->figures) {
    std::cout << "F " << f.where.doc << " " << FigureKindName(f.kind) << " ["
              << f.low << ", " << f.high << "] " << f.measures << " sp=" << f.speaker << " : "
              << story_->docs[f.where.doc].Slice(f.where.span) << "\n";
  }
  for (const StoryConflict& c : analysis_->conflicts) {
    std::cout << "C " << c.about << "\n";
    for (const auto& cl : c.claims) std::cout << "   " << cl.value << " x" << cl.evidence.size() << "\n";
  }
}

}  // namespace
}  // namespace chorus
