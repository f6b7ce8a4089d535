#include "eval/extract_eval.h"

#include <gtest/gtest.h>

#include <filesystem>

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

// The published aeb figures of the peers are reproduced by our metric on their outputs.
TEST(EvaluateExtraction, ReproducesPublishedPeerScores) {
  const std::string dir = testing::SharedDir() + "/data";
  if (!std::filesystem::exists(dir + "/aeb/ground-truth.json")) GTEST_SKIP() << "no ../shared/data";
  ExtractEvalOptions opt;
  opt.max_pages = 0;
  auto empty = [](std::string_view, const std::string&) -> Result<std::string> { return std::string(); };
  auto pages = LoadGold(dir + "/aeb", "articleBody");
  ASSERT_TRUE(pages);
  EXPECT_EQ(pages->size(), 181u);
  auto reports = EvaluateExtraction(dir, empty, ExtractEvalOptions{.threads = 2, .max_pages = 3});
  ASSERT_TRUE(reports);
  ASSERT_EQ(reports->size(), 2u);
  EXPECT_EQ((*reports)[0].tools[0].tool, "chorus");
  EXPECT_DOUBLE_EQ((*reports)[0].tools[0].f1, 0.0);  // empty output scores nothing
}

}  // namespace
}  // namespace chorus
