#include "eval/extract_eval.h"

#include <gtest/gtest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "tests/test_util.h"

namespace chorus {
namespace {

TEST(WordTokens, MatchesPythonWordRuns) {
  EXPECT_EQ(WordTokens("It's 3.5 km_long, naïve—Zürich!", false),
            (std::vector<std::string>{"It", "s", "3", "5", "km_long", "naïve", "Zürich"}));
  EXPECT_EQ(WordTokens("ÉCOLE Straße", true), (std::vector<std::string>{"école", "straße"}));
  EXPECT_TRUE(WordTokens(" -- ", false).empty());
}

TEST(AebShingleMatch, PerfectPartialAndEmpty) {
  const std::string gold = "one two three four five six";
  ShingleMatch m = AebShingleMatch(gold, gold);
  EXPECT_DOUBLE_EQ(m.tp, 1.0);
  EXPECT_DOUBLE_EQ(m.fp, 0.0);
  // Output has the first 5 tokens: shingles 1-2 match, 3 gold shingles... gold has 3, out 2.
  m = AebShingleMatch("one two three four five", gold);
  EXPECT_DOUBLE_EQ(m.tp, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(m.fn, 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(m.fp, 0.0);
  m = AebShingleMatch("", gold);
  EXPECT_DOUBLE_EQ(m.fn, 1.0);
  // Fewer than 4 tokens: the whole text is one shingle.
  m = AebShingleMatch("a b", "a b");
  EXPECT_DOUBLE_EQ(m.tp, 1.0);
}

TEST(BagOfWordsF1, CountsMultisetsCaseInsensitively) {
  EXPECT_DOUBLE_EQ(BagOfWordsF1("The cat", "the CAT"), 1.0);
  // pred {a,a,b}, gold {a,b,c}: overlap 2, P=2/3, R=2/3.
  EXPECT_NEAR(BagOfWordsF1("a a b", "a b c"), 2.0 / 3.0, 1e-12);
  EXPECT_DOUBLE_EQ(BagOfWordsF1("", "x"), 0.0);
}

// Our metric reproduces the published aeb figure of Readability.js from its outputs.
TEST(AebShingleMatch, ReproducesPublishedReadabilityScore) {
  const std::string dir = testing::SharedDir() + "/data/aeb";
  if (!std::filesystem::exists(dir + "/ground-truth.json")) GTEST_SKIP() << "no ../shared/data";
  auto pages = LoadGold(dir, "articleBody");
  ASSERT_TRUE(pages);
  ASSERT_EQ(pages->size(), 181u);
  const auto peers =
      nlohmann::json::parse(testing::ReadFileOrEmpty(dir + "/peers/readability_js.json"));
  const auto& out = peers.contains("output") ? peers["output"] : peers;
  double p = 0, r = 0;
  for (const GoldPage& g : *pages) {
    const std::string text = out.contains(g.id) ? out[g.id].value("articleBody", "") : "";
    const ShingleMatch m = AebShingleMatch(text, g.gold);
    p += m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : 0;
    r += m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : 0;
  }
  p /= pages->size();
  r /= pages->size();
  EXPECT_NEAR(2 * p * r / (p + r), 0.947, 0.0015);
}

TEST(EvaluateExtraction, ScoresAnExtractorAndListsPeers) {
  const std::string dir = testing::SharedDir() + "/data";
  if (!std::filesystem::exists(dir + "/aeb/ground-truth.json")) GTEST_SKIP() << "no ../shared/data";
  auto empty = [](std::string_view, const std::string&) -> Result<std::string> {
    return std::string();
  };
  auto reports = EvaluateExtraction(dir, empty, ExtractEvalOptions{.threads = 2, .max_pages = 3});
  ASSERT_TRUE(reports);
  ASSERT_EQ(reports->size(), 2u);
  EXPECT_EQ((*reports)[0].name, "aeb");
  EXPECT_EQ((*reports)[0].tools[0].tool, "chorus");
  EXPECT_DOUBLE_EQ((*reports)[0].tools[0].f1, 0.0);  // empty output scores nothing
  EXPECT_GE((*reports)[0].tools.size(), 9u);         // chorus and the 8 published tools
  const std::string md = ExtractReportMarkdown(*reports);
  EXPECT_NE(md.find("| trafilatura |"), std::string::npos);
  EXPECT_NE(md.find("rs-trafilatura (published)"), std::string::npos);
}

}  // namespace
}  // namespace chorus
