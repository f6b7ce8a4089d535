#include "render/render.h"

#include <gtest/gtest.h>

#include "render/render_test_util.h"

namespace chorus {
namespace {

TEST(RenderTest, ParsesFormats) {
  EXPECT_EQ(ParseOutputFormat("md"), OutputFormat::kMarkdown);
  EXPECT_EQ(ParseOutputFormat("markdown"), OutputFormat::kMarkdown);
  EXPECT_EQ(ParseOutputFormat("json"), OutputFormat::kJson);
  EXPECT_EQ(ParseOutputFormat("html"), OutputFormat::kHtml);
  EXPECT_EQ(ParseOutputFormat("text"), OutputFormat::kText);
  EXPECT_FALSE(ParseOutputFormat("pdf"));
  EXPECT_FALSE(ParseOutputFormat(""));
}

TEST(RenderTest, TextIsExactlyTheSummaryAndANewline) {
  const Brief b = testing::SampleBrief();
  EXPECT_EQ(RenderText(b), b.summary.text + "\n");
  EXPECT_EQ(Render(b, OutputFormat::kText), b.summary.text + "\n");
}

TEST(RenderTest, TextOfAnEmptyBriefIsOneNewline) { EXPECT_EQ(RenderText(Brief{}), "\n"); }

TEST(RenderTest, RenderDispatchesToEachFormat) {
  const Brief b = testing::SampleBrief();
  EXPECT_EQ(Render(b, OutputFormat::kMarkdown), RenderMarkdown(b));
  EXPECT_EQ(Render(b, OutputFormat::kJson), RenderJson(b));
  EXPECT_EQ(Render(b, OutputFormat::kHtml), RenderHtml(b));
  EXPECT_EQ(Render(b, OutputFormat::kJson).front(), '{');
  EXPECT_EQ(Render(b, OutputFormat::kHtml).rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(Render(b, OutputFormat::kMarkdown).rfind("# Ferry strikes pier", 0), 0u);
}

TEST(EscapeHtml, EscapesMarkupQuotesAndBrokenBytes) {
  EXPECT_EQ(EscapeHtml("<img src=x onerror=\"a('b')\">&"),
            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;");
  EXPECT_EQ(EscapeHtml(std::string_view("a\0b\xff", 4)),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
}

}  // namespace
}  // namespace chorus
