#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <sstream>

#include "render/render.h"
#include "render/render_test_util.h"
#include "render/render_util.h"

namespace chorus {
namespace {

// The text of one "## Title" section (up to the next "## ").
std::string Section(const std::string& md, const std::string& title) {
  const size_t at = md.find("## " + title + "\n");
  if (at == std::string::npos) return "";
  const size_t end = md.find("\n## ", at + 3);
  return md.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

// Source list "[n] Label (id) path" -> id by number.
std::map<int, std::string> SourceNumbers(const std::string& md) {
  std::map<int, std::string> out;
  const std::string sources = Section(md, "Sources");
  const std::regex line(R"(^\[(\d+)\] .*?(\S+)\.txt$)");
  std::istringstream in(sources);
  for (std::string l; std::getline(in, l);) {
    std::smatch m;
    if (std::regex_match(l, m, line)) {
      const std::string path = m[2];
      out[std::stoi(m[1])] = path.substr(path.rfind('/') + 1);
    }
  }
  return out;
}

// Ids cited by "[1,3]" at the end of the line of md that contains text.
std::vector<std::string> CitedIds(const std::string& md, const std::string& text) {
  const std::map<int, std::string> ids = SourceNumbers(md);
  std::istringstream in(Section(md, "Summary"));
  for (std::string l; std::getline(in, l);) {
    if (l.find(text) == std::string::npos) continue;
    std::smatch m;
    if (!std::regex_search(l, m, std::regex(R"(\[([\d,]+)\]$)"))) return {};
    std::vector<std::string> out;
    std::istringstream nums(m[1].str());
    for (std::string n; std::getline(nums, n, ',');) out.push_back(ids.at(std::stoi(n)));
    return out;
  }
  return {};
}

TEST(MarkdownRendererTest, SummaryCitationsNameTheFactsSources) {
  const std::string md = RenderMarkdown(testing::SampleBrief());
  ASSERT_EQ(SourceNumbers(md).size(), 3u) << md;
  EXPECT_EQ(CitedIds(md, "struck the north pier"),
            (std::vector<std::string>{"gazette", "courier"}));
  EXPECT_EQ(CitedIds(md, "closed the port"), (std::vector<std::string>{"wire"}));
}

TEST(MarkdownRendererTest, CitationsFollowSourceOrder) {
  Brief b = testing::SampleBrief();
  std::swap(b.sources[0], b.sources[2]);  // courier is now [1], gazette [3]
  const std::string md = RenderMarkdown(b);
  EXPECT_NE(Section(md, "Summary").find("6 a.m. [1,3]"), std::string::npos) << md;
  EXPECT_NE(Section(md, "Summary").find("the port. [2]"), std::string::npos) << md;
  EXPECT_EQ(SourceNumbers(md).at(1), "courier");
}

TEST(MarkdownRendererTest, FitsEightyColumns) {
  Brief b = testing::SampleBrief();
  b.facts[0].text = std::string(30, 'x') + " " + std::string(400, 'y').replace(50, 1, " ");
  b.sources[0].outlet = "An Outlet With An Extremely Long Name That Goes On";
  b.sources[0].flags = {"garbled-names", "appended-article", "repeated-paragraph"};
  const std::string md = RenderMarkdown(b);
  std::istringstream in(md);
  for (std::string l; std::getline(in, l);) {
    if (l.find(std::string(81, 'y')) != std::string::npos) continue;  // one unbreakable word
    EXPECT_LE(render::Columns(l), 80u) << l;
  }
}

TEST(MarkdownRendererTest, ShowsSupportQuotesEntitiesConflictsAndRemovals) {
  const std::string md = RenderMarkdown(testing::SampleBrief());
  EXPECT_NE(Section(md, "Key facts").find("(2 outlets, 2 origins) [1,3]"), std::string::npos);
  EXPECT_NE(Section(md, "Key facts").find("(1 outlet, 1 origin) [2]"), std::string::npos);
  const std::string quotes = Section(md, "Quotes");
  EXPECT_NE(quotes.find("> We will reopen the port by Friday"), std::string::npos);
  EXPECT_NE(quotes.find("Ida Roth (3 outlets) [1,2,3]"), std::string::npos) << quotes;
  EXPECT_NE(quotes.find("verbatim [1]; partial [2]; translation [3]"), std::string::npos);
  const std::string who = Section(md, "People, organisations, places");
  EXPECT_NE(who.find("### People"), std::string::npos);
  EXPECT_NE(who.find("- Ida Roth (harbour master); also: I. Roth [1,2]"), std::string::npos);
  EXPECT_NE(who.find("### Places"), std::string::npos);
  EXPECT_NE(who.find("### Other"), std::string::npos);
  const std::string conflicts = Section(md, "Conflicting figures");
  EXPECT_NE(conflicts.find("\"dozens\" [2]"), std::string::npos);
  EXPECT_NE(conflicts.find("\"at least 40\" [1]"), std::string::npos);
  const std::string removed = Section(md, "Removed");
  EXPECT_NE(removed.find("[1] Aster Gazette: 1 caption, 1 byline"), std::string::npos);
  EXPECT_NE(removed.find("[2] wire: 1 widget"), std::string::npos);
  EXPECT_NE(removed.find("widget: \"Top Stories\""), std::string::npos);
}

TEST(MarkdownRendererTest, SourceTableHasQualityWordsUniqueAndFlags) {
  const std::string sources = Section(RenderMarkdown(testing::SampleBrief()), "Sources");
  EXPECT_NE(sources.find("| quality | words | unique |"), std::string::npos);
  EXPECT_TRUE(std::regex_search(sources, std::regex(R"(\|\s+1 \| Aster Gazette\s+\|\s+0\.912 \|)"
                                                    R"(\s+310 \|\s+1 \| -)")))
      << sources;
  EXPECT_TRUE(std::regex_search(sources, std::regex(R"(\| wire .*\|\s+1 \| garbled)")));
}

TEST(MarkdownRendererTest, SourceControlCharactersNeverReachTheTerminal) {
  Brief b = testing::SampleBrief();
  b.facts[0].text = "Evil \x1B]0;pwned\x07 title";
  b.removed[0].span.text = "\x1B[2J cleared";
  const std::string md = RenderMarkdown(b);
  EXPECT_EQ(md.find('\x1B'), std::string::npos);
  EXPECT_EQ(md.find('\x07'), std::string::npos);
  EXPECT_NE(md.find("Evil ]0;pwned title"), std::string::npos);
}

TEST(MarkdownRendererTest, LongRemovalsAreTruncatedExamples) {
  Brief b = testing::SampleBrief();
  b.removed[0].span.text = std::string(200, 'a');
  const std::string removed = Section(RenderMarkdown(b), "Removed");
  EXPECT_EQ(removed.find(std::string(100, 'a')), std::string::npos);
  EXPECT_NE(removed.find("a\xE2\x80\xA6\""), std::string::npos);
}

TEST(MarkdownRendererTest, EmptyBriefRendersEverySection) {
  const std::string md = RenderMarkdown(Brief{});
  for (const char* s :
       {"Summary", "Key facts", "Quotes", "Conflicting figures", "Sources", "Removed"}) {
    EXPECT_NE(md.find(std::string("## ") + s), std::string::npos) << s;
  }
}

}  // namespace
}  // namespace chorus
