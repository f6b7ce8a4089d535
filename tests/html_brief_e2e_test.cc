// End to end on web pages: `chorus brief` over HTML lists what the extractor dropped
// (captions, credits, bylines, widgets) in `removed`, as exact bytes of the page files.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "brief/brief_builder.h"
#include "read/inputs.h"
#include "tests/test_util.h"

namespace chorus {
namespace {

std::string PagePath(const std::string& name) {
  return testing::RepoDir() + "/src/read/testdata/" + name;
}

TEST(HtmlBriefTest, ReaderRemovalsAreInTheBriefAsPageBytes) {
  ReadResult in = ReadInputs({PagePath("article.html"), PagePath("removals.html")});
  ASSERT_TRUE(in.errors.empty()) << in.errors.front().message;
  ASSERT_EQ(in.docs.size(), 2u);
  const Brief b = BuildBrief(std::move(in.docs), BriefOptions{});
  const std::string page = testing::ReadFileOrEmpty(PagePath("removals.html"));
  std::set<std::pair<std::string, std::string>> found;  // reason, text of "removals"
  for (const Removal& r : b.removed) {
    if (r.span.source != "removals" || r.span.end > page.size()) continue;
    if (page.substr(r.span.start, r.span.end - r.span.start) != r.span.text) continue;
    found.emplace(r.reason, r.span.text);
  }
  for (const auto& want : std::set<std::pair<std::string, std::string>>{
           {"caption", "The reading room after its renovation."},
           {"credit", "Photo: Lea Marsh"},
           {"byline", "By Tomas Brenner"},
           {"widget", "Swimming pool to close for repairs"},
           {"boilerplate", "Share on Facebook"},
           {"boilerplate", "This site uses cookies."}}) {
    EXPECT_TRUE(found.count(want)) << want.first << ": " << want.second;
  }
  // The article page's figure caption is there too, with its own source id.
  EXPECT_TRUE(std::any_of(b.removed.begin(), b.removed.end(), [](const Removal& r) {
    return r.span.source == "article" && r.reason == "caption" &&
           r.span.text == "The bridge at dawn on Tuesday. Photo: J. Lind";
  }));
}

// A feed file is a story of its items: each item with text is a source, titled by the item.
TEST(HtmlBriefTest, BriefOfAFeedHasOneSourcePerItem) {
  ReadResult in = ReadInputs({PagePath("feed.rss")});
  ASSERT_GE(in.docs.size(), 2u);
  const size_t items = in.docs.size();
  const Brief b = BuildBrief(std::move(in.docs), BriefOptions{});
  ASSERT_EQ(b.sources.size(), items);
  std::set<std::string> titles;
  for (const SourceInfo& s : b.sources) {
    if (s.title) titles.insert(*s.title);
  }
  EXPECT_TRUE(titles.count("Harbour bridge reopens after repairs"));
  EXPECT_TRUE(titles.count("Library extends opening hours"));
  EXPECT_FALSE(b.facts.empty());
  EXPECT_TRUE(titles.count(b.headline)) << b.headline;
}

}  // namespace
}  // namespace chorus
