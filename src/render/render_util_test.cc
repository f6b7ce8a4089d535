#include "render/render_util.h"

#include <gtest/gtest.h>

#include "render/render_test_util.h"

namespace chorus::render {
namespace {

TEST(RenderUtilTest, ValidUtf8ReplacesEachBadByte) {
  EXPECT_EQ(ValidUtf8("caf\xC3\xA9"), "caf\xC3\xA9");
  EXPECT_EQ(ValidUtf8("caf\xE9!"), "caf\xEF\xBF\xBD!");
  EXPECT_EQ(ValidUtf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong
  EXPECT_EQ(ValidUtf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  EXPECT_EQ(ValidUtf8("a\xE2\x80"), "a\xEF\xBF\xBD\xEF\xBF\xBD");                // truncated
}

TEST(RenderUtilTest, OneLineDropsControlsAndCollapsesSpace) {
  EXPECT_EQ(OneLine("  a\r\n\tb \x1B[31mred\x7F  "), "a b [31mred");
  EXPECT_EQ(OneLine("x\xC2\x9B"
                    "y"),
            "x y");  // C1 control (CSI)
  EXPECT_EQ(OneLine("\n\n"), "");
}

TEST(RenderUtilTest, TruncateCountsCodePointsAndAddsEllipsis) {
  EXPECT_EQ(Truncate("short", 10), "short");
  const std::string cut = Truncate("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 3);
  EXPECT_EQ(cut, "\xC3\xA9\xC3\xA9\xE2\x80\xA6");
  EXPECT_EQ(Columns(cut), 3u);
  EXPECT_EQ(Truncate("alpha beta gamma delta", 15), "alpha beta\xE2\x80\xA6");
}

TEST(RenderUtilTest, WrapKeepsLinesWithinWidth) {
  const std::vector<std::string> lines = Wrap("one two three four five six seven", 10);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "one two");
  for (const std::string& l : lines) EXPECT_LE(Columns(l), 10u);
  EXPECT_EQ(Wrap("averyveryverylongword x", 5).front(), "averyveryverylongword");
}

TEST(RenderUtilTest, CitationsAreSortedUniqueSourceNumbers) {
  const SourceIndex index(testing::SampleBrief());
  EXPECT_EQ(index.Cite({"courier", "gazette", "courier"}), "[1,3]");
  EXPECT_EQ(index.Cite({"unknown"}), "");
  EXPECT_EQ(index.Label("wire"), "wire");  // no outlet: the id
  EXPECT_EQ(index.Label("courier"), "Coast Courier");
}

TEST(RenderUtilTest, SummarySplitsAtFactTexts) {
  const std::vector<SummaryPiece> pieces = SplitSummary(testing::SampleBrief());
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[0].text, "The ferry Linnea struck the north pier at 6 a.m.");
  EXPECT_EQ(pieces[0].sources, (std::vector<std::string>{"gazette", "courier"}));
  EXPECT_EQ(pieces[1].sources, (std::vector<std::string>{"wire"}));
}

TEST(RenderUtilTest, SummaryWithoutFactTextsIsOnePieceCitingAll) {
  Brief b = testing::SampleBrief();
  b.summary.text = "Something else entirely.";
  const std::vector<SummaryPiece> pieces = SplitSummary(b);
  ASSERT_EQ(pieces.size(), 1u);
  EXPECT_EQ(pieces[0].sources.size(), 3u);
}

TEST(RenderUtilTest, RemovalsGroupPerSourceWithCounts) {
  const std::vector<SourceRemovals> groups = GroupRemovals(testing::SampleBrief());
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].source, "gazette");
  EXPECT_EQ(groups[0].counts.size(), 2u);
  EXPECT_EQ(groups[1].source, "wire");
  EXPECT_EQ(groups[1].counts.front(), (std::pair<std::string, size_t>{"widget", 1}));
}

}  // namespace
}  // namespace chorus::render
